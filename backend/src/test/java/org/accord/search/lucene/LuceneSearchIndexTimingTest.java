package org.accord.search.lucene;

import org.accord.search.SearchDocument;
import org.accord.search.SearchKind;
import org.accord.search.SearchQuery;
import org.accord.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long a full (re)index of 100,000 documents and 500 typical searches take on an on-disk index; asserts
 * only correctness, never time. Run with {@code -Daccord.benchmarks=true}. Documents come from a fixed vocabulary with
 * a fixed seed and a skewed word distribution (frequent words stay frequent), so runs are comparable.
 */
@EnabledIfSystemProperty(named = "accord.benchmarks", matches = "true")
public class LuceneSearchIndexTimingTest {

    static final int DOCUMENTS = 100_000;
    static final int BATCH = 1_000;
    static final int WARM_UP = 200;
    static final int QUERIES = 500;
    static final int WORKING_GROUPS = 60;
    static final int ORGANISATIONS = 400;

    static final List<String> WORDS = List.of(("""
            system systems risk risks management manage managed assessment assess impact impacts organisation
            organization data dataset datasets model models training trained testing test validation verify verified
            transparency transparent explainability explanation accountability accountable oversight human humans
            monitoring monitor incident incidents reporting report reports documentation document documented record
            records logging log logs security secure robustness robust accuracy accurate bias biased fairness fair
            discrimination privacy personal consent lifecycle deployment deployer deployers provider providers user
            users stakeholder stakeholders affected communities rights fundamental safety harm harms hazard hazards
            mitigation mitigate control controls measure measures metric metrics threshold performance evaluation
            evaluate audit audits auditor conformity certification standard standards requirement requirements
            obligation obligations policy policies procedure procedures process processes governance board leadership
            responsibility responsibilities role roles competence awareness communication information notice notify
            supplier suppliers third party procurement contract contracts change changes review reviews improvement
            continual corrective action actions nonconformity objective objectives scope context interested parties
            legal regulatory compliance law laws regulation jurisdiction authority authorities market surveillance
            high general purpose foundation generative content synthetic watermark disclosure labelling label labels
            intended use misuse foreseeable reasonably operation operating environment conditions input inputs output
            outputs decision decisions automated automation recommendation recommendations ranking scoring credit
            employment education health medical biometric identification categorisation emotion recognition critical
            infrastructure energy transport finance insurance public sector services access essential benefits
            children vulnerable groups accessibility inclusion diversity language languages translation quality
            provenance lineage annotation labelling sampling representativeness completeness relevance retention
            deletion storage encryption access-control authentication cybersecurity attack adversarial poisoning
            evasion extraction inversion red-teaming resilience fallback redundancy fail-safe shutdown override
            intervention escalation complaint complaints redress remedy appeal contestability feedback consultation
            engagement participation transparency-report register inventory catalogue classification category
            tier tiers proportionate proportionality significant material serious widespread irreversible likelihood
            severity probability exposure residual acceptable tolerance appetite criteria criterion benchmark baseline
            """).strip().split("\\s+"));
    static final List<String> FRENCH = List.of("système", "systèmes", "risque", "risques", "gestion", "données",
            "modèle", "transparence", "responsabilité", "surveillance", "humaine", "sécurité", "évaluation",
            "organisme", "documenter", "exigences", "conformité", "protection", "droits", "fournisseur");
    static final List<String> SPANISH = List.of("sistema", "sistemas", "riesgo", "riesgos", "gestión", "datos",
            "modelo", "transparencia", "responsabilidad", "supervisión", "humana", "seguridad", "evaluación",
            "organización", "documentar", "requisitos", "conformidad", "protección", "derechos", "proveedor");
    static final List<String> ARABIC = List.of("نظام", "الأنظمة", "المخاطر", "إدارة", "البيانات", "النموذج",
            "الشفافية", "المساءلة", "الرقابة", "البشرية", "الأمن", "التقييم", "المنظمة", "توثيق", "المتطلبات",
            "الامتثال", "الحماية", "الحقوق", "المورد", "السلامة");
    static final List<String> JURISDICTIONS = List.of("EU", "US", "UK", "SG", "CA", "JP", "CN", "BR", "IN", "AU");
    static final List<String> NATURES = List.of("BINDING_LAW", "SOFT_LAW", "STANDARD", "GUIDANCE");
    static final List<String> STAGES = List.of("10.99", "20.20", "30.20", "40.20", "50.20", "60.60");

    @TempDir
    Path dir;

    @Test
    void indexAndSearchOneHundredThousandDocuments() {
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir.resolve("search"))) {
            measure(index, "LuceneSearchIndex on disk");
        }
    }

    /** The same documents and queries for any adapter (the Elasticsearch timing test reuses it). */
    public static void measure(org.accord.search.SearchIndex index, String label) {
        Random random = new Random(42);
        List<UUID> groups = uuids(WORKING_GROUPS, random);
        List<UUID> organisations = uuids(ORGANISATIONS, random);
        List<SearchDocument> documents = generate(groups, organisations, random);
        {
            long t0 = System.nanoTime();
            upsertInBatches(index, documents);
            long indexNanos = System.nanoTime() - t0;
            assertThat(index.count()).isEqualTo(DOCUMENTS);

            // The index side of a rebuild only: the documents are already in memory (not read from the database).
            long t1 = System.nanoTime();
            index.deleteAll();
            upsertInBatches(index, documents);
            long reindexNanos = System.nanoTime() - t1;
            assertThat(index.count()).isEqualTo(DOCUMENTS);

            List<SearchQuery> queries = queries(groups, organisations, new Random(7));
            for (int i = 0; i < WARM_UP; i++) {
                index.search(queries.get(i % queries.size()));
            }
            double[] ms = new double[QUERIES];
            long[] totals = new long[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                long s = System.nanoTime();
                SearchResult r = index.search(queries.get(i));
                ms[i] = (System.nanoTime() - s) / 1e6;
                totals[i] = r.total();
            }
            assertThat(Arrays.stream(totals).filter(t -> t > 0).count()).isGreaterThan(QUERIES / 2);
            Arrays.sort(ms);
            Arrays.sort(totals);
            System.out.printf(Locale.ROOT, label + ": %,d documents indexed in %,d ms (batches of %,d), "
                            + "re-index of in-memory documents (deleteAll + upsert) in %,d ms; %d searches (top 20, facets, snippets): "
                            + "median %.2f ms, p95 %.2f ms, max %.2f ms; matches per search: median %,d, p95 %,d%n",
                    DOCUMENTS, indexNanos / 1_000_000, BATCH, reindexNanos / 1_000_000, QUERIES, ms[QUERIES / 2],
                    ms[(int) Math.ceil(QUERIES * 0.95) - 1], ms[QUERIES - 1], totals[QUERIES / 2],
                    totals[(int) Math.ceil(QUERIES * 0.95) - 1]);
        }
    }

    private static void upsertInBatches(org.accord.search.SearchIndex index, List<SearchDocument> documents) {
        for (int from = 0; from < documents.size(); from += BATCH) {
            index.upsert(documents.subList(from, Math.min(from + BATCH, documents.size())));
        }
    }

    private static List<SearchDocument> generate(List<UUID> groups, List<UUID> organisations, Random random) {
        Instant updated = Instant.parse("2026-11-24T10:00:00Z");
        List<SearchDocument> out = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            int roll = random.nextInt(100);
            SearchKind kind = roll < 45 ? SearchKind.CLAUSE : roll < 85 ? SearchKind.COMMENT : SearchKind.PROVISION;
            int lang = random.nextInt(100);
            String language = lang < 85 ? "en" : lang < 91 ? "fr" : lang < 97 ? "es" : "ar";
            String title = words(language, 3 + random.nextInt(6), random);
            String text = words(language, 45 + random.nextInt(31), random);
            UUID group = groups.get(random.nextInt(groups.size()));
            Set<String> readers = new LinkedHashSet<>();
            String committee = null;
            String jurisdiction = null;
            String nature = null;
            switch (kind) {
                case PROVISION -> {
                    readers.add("public");
                    jurisdiction = JURISDICTIONS.get(random.nextInt(JURISDICTIONS.size()));
                    nature = NATURES.get(random.nextInt(NATURES.size()));
                    group = null;
                }
                case CLAUSE -> {
                    committee = "TC " + (1 + random.nextInt(12));
                    readers.add("wg:" + group);
                    readers.add("staff");
                    if (random.nextInt(5) == 0) {
                        readers.add("public"); // published
                    }
                }
                default -> {
                    committee = "TC " + (1 + random.nextInt(12));
                    if (random.nextInt(10) < 3) { // an organisation's unsubmitted draft comment
                        readers.add("org:" + organisations.get(random.nextInt(organisations.size())));
                    } else {
                        readers.add("wg:" + group);
                        readers.add("staff");
                    }
                }
            }
            out.add(new SearchDocument("d" + i, kind, title, text, language, committee, group, jurisdiction, nature,
                    kind == SearchKind.PROVISION ? null : STAGES.get(random.nextInt(STAGES.size())), readers,
                    "/x/d" + i, updated));
        }
        return out;
    }

    /** 1–3 words; a quarter filtered, some prefixes and phrases; readers are a member's tags. */
    private static List<SearchQuery> queries(List<UUID> groups, List<UUID> organisations, Random random) {
        List<SearchQuery> out = new ArrayList<>();
        for (int i = 0; i < WARM_UP + QUERIES; i++) {
            int n = 1 + random.nextInt(3);
            String text = words("en", n, random);
            int style = random.nextInt(20);
            if (style == 0) {
                text = text.substring(0, Math.min(5, text.length())) + "*";
            } else if (style == 1 && n > 1) {
                text = "\"" + text + "\"";
            } else if (style == 2) {
                text = words(random.nextBoolean() ? "fr" : "es", n, random);
            }
            Set<String> readers = new LinkedHashSet<>();
            readers.add("public");
            for (int g = 1 + random.nextInt(3); g > 0; g--) {
                readers.add("wg:" + groups.get(random.nextInt(groups.size())));
            }
            readers.add("org:" + organisations.get(random.nextInt(organisations.size())));
            Map<String, Set<String>> filters = switch (random.nextInt(8)) {
                case 0 -> Map.of("kind", Set.of("CLAUSE"));
                case 1 -> Map.of("kind", Set.of("PROVISION"), "jurisdiction", Set.of("EU", "UK"));
                default -> Map.of();
            };
            out.add(new SearchQuery(text, filters, readers, 20));
        }
        return out;
    }

    /** Words skewed towards the start of the list, as real text is towards common words. */
    private static String words(String language, int count, Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            List<String> vocabulary = switch (language) {
                case "fr" -> random.nextBoolean() ? FRENCH : WORDS;
                case "es" -> random.nextBoolean() ? SPANISH : WORDS;
                case "ar" -> ARABIC;
                default -> WORDS;
            };
            int at = (int) (vocabulary.size() * Math.pow(random.nextDouble(), 2));
            s.append(i == 0 ? "" : " ").append(vocabulary.get(at));
        }
        return s.toString();
    }

    private static List<UUID> uuids(int n, Random random) {
        List<UUID> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return out;
    }
}
