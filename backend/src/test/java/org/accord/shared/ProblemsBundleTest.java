package org.accord.shared;

import org.accord.balloting.tally.TallyResult;
import org.accord.crosswalk.AdoptionDecision;
import org.accord.crosswalk.BindingNature;
import org.accord.drafting.ClauseKind;
import org.accord.shared.security.WorkingGroupRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a message a person can read is not in all four problems bundles: the bundles have the same
 * keys, valid patterns and matching placeholders; every key the code names exists; and no English sentence is thrown
 * straight from the code any more.
 */
class ProblemsBundleTest {

    static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    static final Path SOURCES = Path.of("src", "main", "java");
    static final List<String> LANGUAGES = List.of("fr", "es", "ar");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    static final String AREAS = "shared|identity|drafting|commenting|balloting|crosswalk|membership|publishing|notification|audit|notFound|role";
    /** A key written in the code: a literal such as "drafting.version.exists" ("drafting.kind." is a prefix, checked below). */
    static final Pattern KEY_LITERAL = Pattern.compile("\"((?:" + AREAS + ")\\.[a-z0-9_.-]*[a-z0-9_-])\"");
    static final Pattern NOT_FOUND = Pattern.compile("new (?:[a-z]+\\.)*NotFoundException\\(\\s*\"([^\"]+)\"");
    static final Pattern THROWN = Pattern.compile("new (?:[a-z]+\\.)*(InvalidInputException|InvalidValueException|NotAllowedException|TemplateRejectedException"
            + "|AccessDeniedException|Refused)\\(");
    static final Pattern SIMPLE_KEY = Pattern.compile("\"[a-z][a-zA-Z0-9_.-]*\"");

    static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("problems" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysWithValidPatterns() throws IOException {
        Properties en = load("");
        List<String> problems = new ArrayList<>(check("en", en, en));
        for (String language : LANGUAGES) {
            Properties p = load("_" + language);
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(p.stringPropertyNames());
            Set<String> extra = new TreeSet<>(p.stringPropertyNames());
            extra.removeAll(en.stringPropertyNames());
            if (!missing.isEmpty()) {
                problems.add("problems_" + language + " lacks " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add("problems_" + language + " has keys English lacks " + extra);
            }
            problems.addAll(check(language, p, en));
        }
        assertThat(problems).as("problems bundle faults").isEmpty();
    }

    private static List<String> check(String language, Properties p, Properties en) {
        List<String> problems = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            String where = "problems_" + language + " " + key;
            if (value.isBlank()) {
                problems.add(where + " is blank");
                continue;
            }
            if (LONE_APOSTROPHE.matcher(value).find()) {
                problems.add(where + " has a single apostrophe (write '')");
            }
            try {
                new MessageFormat(value, Locale.forLanguageTag(language));
            } catch (IllegalArgumentException e) {
                problems.add(where + " is not a valid pattern: " + e.getMessage());
            }
            if (en.containsKey(key) && !placeholders(value).equals(placeholders(en.getProperty(key)))) {
                problems.add(where + " placeholders " + placeholders(value) + " differ from English "
                        + placeholders(en.getProperty(key)));
            }
        }
        return problems;
    }

    @Test
    void everyKeyTheCodeNamesIsInEnglish() throws IOException {
        Properties en = load("");
        List<String> unknown = new ArrayList<>();
        for (Path f : sources()) {
            String source = Files.readString(f);
            Matcher m = KEY_LITERAL.matcher(source);
            while (m.find()) {
                boolean fileName = m.group(1).matches(".*\\.(csv|json|xml|html|pdf|md|txt)");
                if (!en.containsKey(m.group(1)) && !fileName && looksLikeProblemKey(source, m.start())) {
                    unknown.add(f.getFileName() + ": " + m.group(1));
                }
            }
            Matcher nf = NOT_FOUND.matcher(source);
            while (nf.find()) {
                if (!en.containsKey(NotFoundException.key(nf.group(1)))) {
                    unknown.add(f.getFileName() + ": " + NotFoundException.key(nf.group(1)));
                }
            }
        }
        // keys built from a prefix and a value of the domain
        expect(en, unknown, "drafting.kind.", Arrays.stream(ClauseKind.values()).map(Enum::name));
        expect(en, unknown, "role.", Arrays.stream(WorkingGroupRole.values()).map(Enum::name));
        expect(en, unknown, "crosswalk.adoption.", Arrays.stream(AdoptionDecision.values()).map(Enum::name));
        expect(en, unknown, "crosswalk.binding.", Arrays.stream(BindingNature.values()).map(Enum::name));
        expect(en, unknown, "balloting.outcome.", Stream.concat(Arrays.stream(TallyResult.Outcome.values()).map(Enum::name), Stream.of("null")));
        expect(en, unknown, "membership.allocation.status.", Stream.of("PROPOSED", "CONFIRMED", "DISCARDED", "SUPERSEDED"));
        expect(en, unknown, "commenting.field.", Stream.of("line-number", "paragraph-figure-table"));
        assertThat(unknown).as("problem keys used in code but not in problems.properties").isEmpty();
    }

    /** Literal keys passed to Problem.of, the exceptions or a helper: not audit field names or config keys. */
    private static boolean looksLikeProblemKey(String source, int at) {
        String before = source.substring(Math.max(0, at - 160), at);
        return before.matches("(?s).*(Problem\\.of\\(|Exception\\(|Refused\\(|rejected\\(|\\? |: )\\s*$");
    }

    private static void expect(Properties en, List<String> unknown, String prefix, Stream<String> values) {
        values.map(v -> prefix + v.toLowerCase(Locale.ROOT)).filter(k -> !en.containsKey(k)).forEach(unknown::add);
    }

    @Test
    void noEnglishSentenceIsThrownStraightFromTheCode() throws IOException {
        List<String> literal = new ArrayList<>();
        int asGiven = 0;
        for (Path f : sources()) {
            String source = Files.readString(f);
            Matcher m = THROWN.matcher(source);
            while (m.find()) {
                String first = firstArgument(source, m.end());
                boolean keyed = SIMPLE_KEY.matcher(first).matches() || first.contains("Problem.of(")
                        || first.equals("e.problem()") || first.equals("why") || first.equals("key")
                        || first.equals("problem") || first.contains("instanceof Problem") || first.contains("errors.getFirst()")
                        || f.getFileName().toString().matches("(NotAllowed|InvalidValue)Exception.java");
                if (!keyed || m.group(1).equals("AccessDeniedException")) {
                    literal.add(f.getFileName() + ": new " + m.group(1) + "(" + first + " …");
                }
            }
            asGiven += count(source, "\"shared.as-given\"");
        }
        assertThat(literal).as("messages thrown without a key in problems.properties").isEmpty();
        // Words from elsewhere (parsers, engines) shown as given; the list must only shrink.
        assertThat(asGiven).as("uses of shared.as-given").isLessThanOrEqualTo(4);
    }

    private static String firstArgument(String s, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return s.substring(from, i).strip();
            }
        }
        return s.substring(from).strip();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
