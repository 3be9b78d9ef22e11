package org.accord.ui;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.Stage;
import org.accord.notification.DigestRhythm;
import org.accord.notification.EmailMode;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.security.WorkingGroupRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees when a translation is missing, and the keys views build at run time from enum values. */
class AccordI18nTest {

    private final AccordI18n sample = new AccordI18n("i18n-sample/", List.of("sample"));

    @Test
    void aKeyMissingOrBlankInALanguageShowsTheEnglishText() {
        assertThat(sample.getTranslation("sample.greeting", Locale.FRENCH)).isEqualTo("Bonjour");
        assertThat(sample.getTranslation("sample.farewell", Locale.FRENCH, "Amina")).isEqualTo("Goodbye, Amina");
        assertThat(sample.getTranslation("sample.thanks", Locale.FRENCH)).isEqualTo("Thank you");
        assertThat(sample.getTranslation("sample.farewell", Locale.forLanguageTag("ar"), "Amina")).isEqualTo("Goodbye, Amina");
    }

    @Test
    void aKeyWithNoTextAnywhereShowsWordsNeverTheKey() {
        String shown = sample.getTranslation("audit.kind.SEAT_PLAN_CHANGED", Locale.FRENCH);
        assertThat(shown).isEqualTo("Seat plan changed").isNotBlank().doesNotContain("audit.kind");
        assertThat(AccordI18n.fallback("notifications.mode.weekly-digest")).isEqualTo("Weekly digest");
        assertThat(AccordI18n.fallback("")).isNotBlank();
    }

    /** Keys made of a prefix and a value: every value has text in every language. */
    @Test
    void everyKeyBuiltFromAnEnumOrCodeHasTextInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (AuditKind k : AuditKind.values()) {
            keys.add("audit.kind." + k.name());
        }
        auditSubjectTypes().forEach(t -> keys.add("audit.subject." + t));
        for (WorkingGroupRole r : WorkingGroupRole.values()) {
            keys.add("role." + r.name().toLowerCase(Locale.ROOT));
        }
        for (ClauseKind k : ClauseKind.values()) {
            keys.add("drafting.kind." + k.name().toLowerCase(Locale.ROOT));
        }
        for (AnnexType t : AnnexType.values()) {
            keys.add("drafting.annex-type." + t.name().toLowerCase(Locale.ROOT));
        }
        for (EmailMode m : EmailMode.values()) {
            keys.add("notifications.mode." + m.name().toLowerCase(Locale.ROOT));
        }
        for (DigestRhythm r : DigestRhythm.values()) {
            keys.add("notifications.rhythm." + r.name().toLowerCase(Locale.ROOT));
        }
        for (int stage = 0; stage < 100; stage++) {
            for (int sub = 0; sub < 100; sub++) {
                try {
                    new Stage(stage, sub);
                    keys.add("drafting.stage.%02d".formatted(stage));
                    keys.add("drafting.substage.%02d".formatted(sub));
                } catch (IllegalArgumentException notAStage) {
                    // not a harmonized stage code
                }
            }
        }
        assertThat(keys).contains("audit.subject.seat-plan", "drafting.stage.20", "drafting.substage.99");
        List<String> missing = new ArrayList<>();
        for (Locale locale : AccordI18n.LOCALES) {
            Properties all = new Properties();
            for (String area : AccordI18n.AREAS) {
                all.putAll(I18nBundlesTest.load(area, locale));
            }
            keys.stream().filter(k -> all.getProperty(k, "").isBlank()).forEach(k -> missing.add(locale.getLanguage() + ": " + k));
        }
        assertThat(missing).as("run-time keys without text").isEmpty();
    }

    /** The subject types the services record ({@code AuditEntry.of(AuditKind.X, "seat-plan", …)}). */
    private static Set<String> auditSubjectTypes() throws IOException {
        Pattern of = Pattern.compile("AuditEntry\\.of\\(\\s*AuditKind\\.\\w+,\\s*\"([a-z-]+)\"");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "backend", "src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = of.matcher(Files.readString(f));
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        }
        assertThat(types).as("subject types found in the services").hasSizeGreaterThan(10);
        return types;
    }
}
