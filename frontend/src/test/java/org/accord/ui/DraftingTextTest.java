package org.accord.ui;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.Stage;
import org.accord.drafting.TermView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The drafting words built from codes and enums exist in every language, and English reads as before. */
class DraftingTextTest {

    static final AccordI18n I18N = new AccordI18n();
    static final int[] STAGES = {0, 10, 20, 30, 40, 50, 60, 90, 95};
    static final int[] SUB_STAGES = {0, 20, 60, 92, 93, 98, 99};

    static DraftingText.Translator in(Locale locale) {
        return (key, params) -> I18N.getTranslation(key, locale, params);
    }

    @Test
    void everyStageKindAndAnnexTypeHasWordsInEveryLanguage() {
        for (Locale locale : AccordI18n.LOCALES) {
            DraftingText.Translator tx = in(locale);
            for (int s : STAGES) {
                for (int sub : SUB_STAGES) {
                    String code = "%02d.%02d".formatted(s, sub);
                    assertThat(DraftingText.stage(code, null, tx)).as(locale + " " + code).doesNotContain("drafting.");
                }
            }
            for (ClauseKind kind : ClauseKind.values()) {
                assertThat(DraftingText.kind(kind, tx)).as(locale + " " + kind).doesNotContain("drafting.");
            }
            for (AnnexType type : AnnexType.values()) {
                assertThat(DraftingText.annexType(type, tx)).as(locale + " " + type).doesNotContain("drafting.");
            }
        }
    }

    @Test
    void englishWordsAreTheDraftingModulesOwn() {
        for (int s : STAGES) {
            for (int sub : SUB_STAGES) {
                Stage stage = new Stage(s, sub);
                assertThat(DraftingText.stage(stage.code(), null, DraftingText.ENGLISH)).isEqualTo(stage.label());
            }
        }
        ClauseNode annex = new ClauseNode(UUID.randomUUID(), "A", ClauseKind.ANNEX, AnnexType.INFORMATIVE, "Stakeholder engagement",
                "", 1, List.of(), List.of());
        assertThat(DraftingText.heading(annex, DraftingText.ENGLISH)).isEqualTo(annex.heading());
        ClauseNode note = new ClauseNode(UUID.randomUUID(), "NOTE 2", ClauseKind.NOTE, null, null, "x", 1, List.of(), List.of());
        assertThat(DraftingText.heading(note, DraftingText.ENGLISH)).isEqualTo("NOTE 2");
        assertThat(DraftingText.heading(note, in(Locale.forLanguageTag("es")))).isEqualTo("NOTA 2");
        assertThat(DraftingText.stage("not a code", "as stored", DraftingText.ENGLISH)).isEqualTo("as stored");
    }

    @Test
    void clauseTextTakesItsOwnDirectionAndNumbersStayLeftToRight() {
        TermView term = new TermView(UUID.randomUUID(), "3.1", "نظام ذكاء اصطناعي", List.of(), "نظام هندسي (AI system)", "ملاحظة", "ISO/IEC 22989");
        ClauseNode clause = new ClauseNode(UUID.randomUUID(), "6.2", ClauseKind.TERMS, null, "تحديد المخاطر",
                "يجب على المورّد تطبيق [[نظام ذكاء اصطناعي]] وفق NIST IR 8477.\n\n- بند أول", 1, List.of(term), List.of());
        String html = ClauseHtml.inner(clause, 1, Map.of(), true, true, new ClauseHtml.Affordances(true, 2, true, 1),
                in(Locale.forLanguageTag("ar")));
        assertThat(html).contains("class=\"clause-heading\" dir=\"auto\"", "<bdi class=\"clause-number\" dir=\"ltr\">6.2</bdi> تحديد المخاطر",
                "<div class=\"clause-body\" dir=\"auto\">", "<p dir=\"auto\">", "<li dir=\"auto\">", "term-definition\" dir=\"auto\"",
                ">تحرير<", ">السجل<", "التعليقات (2)", "(مصطلح غير معرّف)", "المصدر:");
        assertThat(html).doesNotContain(">Edit<", ">History<", "term not defined");
        String english = ClauseHtml.inner(clause, 1, Map.of(), true, false, new ClauseHtml.Affordances(true, 2, true, 1));
        assertThat(english).contains(">Edit<", ">History<", "Comments (2)", "Crosswalk (1)", "aria-label=\"Edit 6.2 تحديد المخاطر\"",
                "(term not defined)", "[SOURCE: <bdi>ISO/IEC 22989</bdi>]", "Note 1 to entry: <bdi>ملاحظة</bdi>");
        String outline = ClauseHtml.outline(List.of(clause), Map.of(clause.id(), 2L), in(Locale.FRENCH));
        assertThat(outline).contains("<bdi><bdi class=\"clause-number\" dir=\"ltr\">6.2</bdi> تحديد المخاطر</bdi>", "aria-label=\"2 commentaires\"");
    }
}
