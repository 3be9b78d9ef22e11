package org.accord.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when the UI's bundles drift apart (spring-petclinic's i18n sync test is the model): every language
 * has exactly the English keys, nothing is blank, placeholders match, apostrophes are written for MessageFormat, every
 * key the views use exists, and views do not hard-code visible text.
 */
class I18nBundlesTest {

    static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    static final Path VIEWS = Path.of("src", "main", "java", "org", "accord", "ui");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    static final Pattern USED_KEY = Pattern.compile("(?:\\bt|getTranslation)\\(\\s*\"([a-z0-9][a-z0-9_.-]*)\"");
    static final Pattern MENU = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    /** Constructors and setters that put text on screen, given a literal that starts with a letter. */
    static final Pattern HARD_CODED = Pattern.compile(
            "(?:new (?:Button|H1|H2|H3|H4|Paragraph|Checkbox|Details|RouterLink|Tab)\\(\\s*\"\\p{L}"
                    + "|\\.set(?:Label|Placeholder|HelperText|AriaLabel|TooltipText|Header|Title)\\(\\s*\"\\p{L}"
                    + "|(?:notify|show)\\(\\s*\"\\p{L})");

    static Properties load(String area, Locale locale) throws IOException {
        String suffix = locale.equals(AccordI18n.ENGLISH) ? "" : "_" + locale.getLanguage();
        Path file = BUNDLES.resolve(area + suffix + ".properties");
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    static Map<String, String> english() throws IOException {
        Map<String, String> all = new HashMap<>();
        for (String area : AccordI18n.AREAS) {
            load(area, AccordI18n.ENGLISH).forEach((k, v) -> {
                assertThat(all.put((String) k, (String) v)).as("key %s defined in two areas", k).isNull();
            });
        }
        return all;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysWithTextAndMatchingPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : AccordI18n.AREAS) {
            Properties en = load(area, AccordI18n.ENGLISH);
            for (Locale locale : AccordI18n.LOCALES) {
                Properties p = load(area, locale);
                Set<String> missing = new TreeSet<>(en.stringPropertyNames());
                missing.removeAll(p.stringPropertyNames());
                Set<String> extra = new TreeSet<>(p.stringPropertyNames());
                extra.removeAll(en.stringPropertyNames());
                if (!missing.isEmpty()) {
                    problems.add(area + "_" + locale.getLanguage() + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(area + "_" + locale.getLanguage() + " has keys English lacks " + extra);
                }
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    if (value.isBlank()) {
                        problems.add(area + "_" + locale.getLanguage() + " " + key + " is blank");
                        continue;
                    }
                    if (LONE_APOSTROPHE.matcher(value).find()) {
                        problems.add(area + "_" + locale.getLanguage() + " " + key + " has a single apostrophe (write '')");
                    }
                    try {
                        new MessageFormat(value, locale);
                    } catch (IllegalArgumentException e) {
                        problems.add(area + "_" + locale.getLanguage() + " " + key + " is not a valid pattern: " + e.getMessage());
                    }
                    if (en.containsKey(key) && !placeholders(value).equals(placeholders(en.getProperty(key)))) {
                        problems.add(area + "_" + locale.getLanguage() + " " + key + " placeholders " + placeholders(value)
                                + " differ from English " + placeholders(en.getProperty(key)));
                    }
                }
            }
        }
        assertThat(problems).as("bundle problems").isEmpty();
    }

    @Test
    void everyKeyTheViewsUseExistsInEnglish() throws IOException {
        Map<String, String> en = english();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = USED_KEY.matcher(source);
                while (m.find()) {
                    if (!en.containsKey(m.group(1)) && !m.group(1).endsWith(".")) {
                        unknown.add(f.getFileName() + ": " + m.group(1));
                    }
                }
                Matcher menu = MENU.matcher(source);
                while (menu.find()) {
                    String key = "menu." + menu.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                    if (!en.containsKey(key)) {
                        unknown.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(unknown).as("keys used but not in the English bundles").isEmpty();
    }

    /** Views still being moved to bundles; the list must only shrink. */
    static final Path NOT_YET = Path.of("src", "test", "resources", "i18n-not-yet-translated.txt");

    @Test
    void viewsDoNotHardCodeVisibleText() throws IOException {
        Set<String> pending = new TreeSet<>(Files.readAllLines(NOT_YET).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (pending.contains(f.getFileName().toString())) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (HARD_CODED.matcher(lines.get(i)).find() && !lines.get(i).contains("\"Accord\"")) { // the name is not translated
                        found.add(f.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("visible text written in Java instead of a bundle").isEmpty();
    }

    /** The backend's problems bundle, on the classpath from the backend module. */
    static final Pattern PROBLEM_KEY = Pattern.compile("new (?:InvalidInputException|NotAllowedException)\\(\\s*\"([^\"]*)\"");

    @Test
    void viewsShowBackendProblemsInThePagesLanguage() throws IOException {
        Properties problems = new Properties();
        try (Reader r = new java.io.InputStreamReader(I18nBundlesTest.class.getResourceAsStream("/i18n/problems.properties"),
                StandardCharsets.UTF_8)) {
            problems.load(r);
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(f);
                Matcher m = PROBLEM_KEY.matcher(source);
                while (m.find()) {
                    if (!problems.containsKey(m.group(1))) {
                        found.add(f.getFileName() + ": " + m.group(1) + " is not a key of problems.properties");
                    }
                }
                // UiText.problem(e) renders a problem for the page; only it (and the plain-HTML reader, which has no
                // UI, with its request's language) may fall back to an exception's own message.
                long raw = source.lines().filter(l -> l.contains(".getMessage()")).count();
                String name = f.getFileName().toString();
                if (raw > (name.equals("UiText.java") || name.equals("LiteReader.java") ? 1 : 0)) {
                    found.add(name + " shows getMessage() instead of UiText.problem(…)");
                }
            }
        }
        assertThat(found).as("backend problems shown without their translation").isEmpty();
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
