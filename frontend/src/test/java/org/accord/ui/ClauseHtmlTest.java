package org.accord.ui;

import org.accord.drafting.*;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything a person typed reaches the page as text: titles, bodies, terms, notes, button labels. */
class ClauseHtmlTest {

    static final String XSS = "<img src=x onerror=alert(1)>\"'";

    @Test
    void hostileTextIsEscapedEverywhere() {
        TermView term = new TermView(UUID.randomUUID(), "3.1", XSS, List.of(XSS), XSS, XSS, XSS);
        ClauseNode clause = new ClauseNode(UUID.randomUUID(), "3", ClauseKind.TERMS, null, XSS, XSS + " [[" + XSS + "]]", 1,
                List.of(term), List.of());
        String html = ClauseHtml.inner(clause, 0, TermReferences.index(List.of(term)), true, true,
                new ClauseHtml.Affordances(true, 2, false, 0));
        assertThat(html).doesNotContain("<img", "onerror=alert(1)>").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).doesNotContainPattern("aria-label=\"[^\"]*<");
        String outline = ClauseHtml.outline(List.of(clause), Map.of(clause.id(), 2L));
        assertThat(outline).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void actionsMatchWhatTheReaderMayDo() {
        ClauseNode clause = new ClauseNode(UUID.randomUUID(), "1", ClauseKind.NORMATIVE, null, "Scope", "Text", 1, List.of(), List.of());
        String reader = ClauseHtml.inner(clause, 0, Map.of(), false, false, ClauseHtml.Affordances.NONE);
        assertThat(reader).contains("data-history").doesNotContain("data-edit", "data-comment=");
        String editor = ClauseHtml.inner(clause, 0, Map.of(), true, false, new ClauseHtml.Affordances(true, 3, true, 1));
        assertThat(editor).contains("data-edit", "data-comment=", "Comments (3)");
    }

    @Test
    void theDraftsLanguageMarksItsTextNotTheButtons() {
        TermView term = new TermView(UUID.randomUUID(), "3.1", "نظام الذكاء الاصطناعي", List.of(), "تعريف", "ملاحظة", "ISO");
        ClauseNode clause = new ClauseNode(UUID.randomUUID(), "3", ClauseKind.TERMS, null, "المصطلحات", "نص AI system", 1,
                List.of(term), List.of());
        String html = ClauseHtml.inner(clause, 0, Map.of(), true, false, new ClauseHtml.Affordances(true, 1, true, 0),
                DraftingText.current(), "ar");
        assertThat(html).contains("<span class=\"clause-title\" lang=\"ar\">المصطلحات</span>",
                "<div class=\"clause-body\" lang=\"ar\" dir=\"auto\">",
                "<p class=\"term-preferred\" lang=\"ar\" dir=\"auto\">", "<p class=\"term-definition\" lang=\"ar\" dir=\"auto\">");
        String actions = html.substring(html.indexOf("<div class=\"clause-actions\">"));
        assertThat(actions).contains("data-edit").doesNotContain("lang=");
        assertThat(html.substring(0, html.indexOf('>') + 1)).as("the heading element itself").doesNotContain("lang=");
    }
}
