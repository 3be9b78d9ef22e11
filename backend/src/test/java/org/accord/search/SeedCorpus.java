package org.accord.search;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNumbering;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed draft, instruments and human mappings, read straight from the seed-data module's YAML (tests run with the
 * backend module as working directory). Ids are derived from codes and numbers so that runs are repeatable.
 */
final class SeedCorpus {

    static final Path SEED = Path.of("..", "seed-data", "src", "main", "resources", "seed");

    /**
     * @param headingPath the titles of the clause's ancestors and its own, outermost first ("Risk assessment", "General")
     */
    record Clause(String number, String title, String body, List<String> headingPath) {
    }

    /** A provision as the search module indexes it: the title carries the instrument label, number and heading. */
    record Provision(UUID id, String instrumentLabel, String number, String heading, String text, String language) {
        SearchDocument document() {
            return new SearchDocument("provision:" + id, SearchKind.PROVISION,
                    instrumentLabel + " " + number + (heading == null ? "" : " " + heading),
                    text == null || text.isBlank() ? heading : text, language, null, null, null, null, null,
                    java.util.Set.of("public"), null, null);
        }
    }

    record Mapping(String clause, String instrument, String provision, String relationship) {
        String provisionKey() {
            return key(instrument, provision);
        }
    }

    private SeedCorpus() {
    }

    static String key(String instrumentCode, String provisionNumber) {
        return instrumentCode + " " + provisionNumber;
    }

    static UUID provisionId(String instrumentCode, String provisionNumber) {
        return UUID.nameUUIDFromBytes(("provision:" + key(instrumentCode, provisionNumber)).getBytes(StandardCharsets.UTF_8));
    }

    /** Every provision (children too) keyed "CODE number", heading plus summary as text. */
    static Map<String, Provision> provisions() throws IOException {
        Map<String, Object> root = load("instruments.yaml");
        Map<String, Provision> out = new LinkedHashMap<>();
        for (Map<String, Object> instrument : list(root.get("instruments"))) {
            String code = (String) instrument.get("code");
            String label = instrument.get("shortTitle") == null ? code : (String) instrument.get("shortTitle");
            String language = instrument.get("language") == null ? "en" : (String) instrument.get("language");
            addProvisions(code, label, language, list(instrument.get("provisions")), out);
        }
        return out;
    }

    private static void addProvisions(String code, String label, String language, List<Map<String, Object>> provisions,
                                      Map<String, Provision> out) {
        for (Map<String, Object> p : provisions) {
            String number = String.valueOf(p.get("number"));
            String summary = p.get("summary") == null ? null : ((String) p.get("summary")).strip();
            out.put(key(code, number), new Provision(provisionId(code, number), label, number,
                    (String) p.get("heading"), summary, language));
            addProvisions(code, label, language, list(p.get("children")), out);
        }
    }

    /** The WG 1 draft's clauses by derived number, numbered by the platform's own {@link ClauseNumbering}. */
    static Map<String, Clause> draftClauses() throws IOException {
        Map<String, Object> draft = map(load("draft-wd-ai-risk.yaml").get("draft"));
        List<ClauseNumbering.Node> nodes = new ArrayList<>();
        Map<UUID, Map<String, Object>> byId = new LinkedHashMap<>();
        Map<UUID, List<String>> paths = new HashMap<>();
        collect(null, List.of(), list(draft.get("clauses")), nodes, byId, paths);
        Map<UUID, String> numbers = ClauseNumbering.number(nodes);
        Map<String, Clause> out = new LinkedHashMap<>();
        byId.forEach((id, c) -> out.put(numbers.get(id),
                new Clause(numbers.get(id), (String) c.get("title"), (String) c.get("body"), paths.get(id))));
        return out;
    }

    private static void collect(UUID parent, List<String> parentPath, List<Map<String, Object>> clauses,
                                List<ClauseNumbering.Node> nodes, Map<UUID, Map<String, Object>> byId,
                                Map<UUID, List<String>> paths) {
        int position = 0;
        for (Map<String, Object> c : clauses) {
            UUID id = UUID.randomUUID();
            nodes.add(new ClauseNumbering.Node(id, parent, position++, ClauseKind.valueOf((String) c.get("kind"))));
            byId.put(id, c);
            List<String> path = new ArrayList<>(parentPath);
            path.add((String) c.get("title"));
            paths.put(id, List.copyOf(path));
            collect(id, path, list(c.get("children")), nodes, byId, paths);
        }
    }

    static List<Mapping> mappings() throws IOException {
        List<Mapping> out = new ArrayList<>();
        for (Map<String, Object> m : list(load("mappings.yaml").get("mappings"))) {
            out.add(new Mapping(String.valueOf(m.get("clause")), (String) m.get("instrument"),
                    String.valueOf(m.get("provision")), (String) m.get("relationship")));
        }
        return out;
    }

    private static Map<String, Object> load(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(SEED.resolve(file), StandardCharsets.UTF_8)) {
            return new Yaml().load(r);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }
}
