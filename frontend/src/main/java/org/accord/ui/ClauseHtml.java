package org.accord.ui;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseText;
import org.accord.drafting.TermView;

import java.util.List;
import java.util.Map;

import static org.accord.drafting.ClauseText.escape;

/**
 * One clause as HTML: heading, body (Markdown subset, escaped, term references linked), term
 * entries, notes. Built as one string so a long draft costs one component per clause, not dozens.
 */
final class ClauseHtml {

    private ClauseHtml() {
    }

    /** What the reader may do with comments on a clause: file one, and how many there are. */
    /** What a reader can do beside a clause: comment (and how many comments exist), open its crosswalk. */
    record Affordances(boolean canComment, long count, boolean crosswalk, long mappings) {
        static final Affordances NONE = new Affordances(false, 0, false, 0);
    }

    /**
     * A numbered clause (heading + body + terms), or a labelled note/example, with its buttons, as
     * one element whose inner HTML is set directly (no server-side HTML parsing per clause).
     */
    static com.vaadin.flow.component.html.Div component(ClauseNode n, int depth, Map<String, TermView> terms, boolean editable,
                                                        boolean changedSinceVisit, Affordances comments) {
        return component(n, depth, terms, editable, changedSinceVisit, comments, null);
    }

    /** As above, the draft's text marked as written in {@code language} (its buttons stay in the page's language). */
    static com.vaadin.flow.component.html.Div component(ClauseNode n, int depth, Map<String, TermView> terms, boolean editable,
                                                        boolean changedSinceVisit, Affordances comments, String language) {
        com.vaadin.flow.component.html.Div div = new com.vaadin.flow.component.html.Div();
        div.setId("c-" + n.id());
        div.addClassNames("clause-block", "depth-" + Math.min(depth, 5), "kind-" + n.kind().name().toLowerCase());
        if (changedSinceVisit) {
            div.addClassName("changed-since-visit");
        }
        div.getElement().setAttribute("tabindex", "-1");
        div.getElement().setAttribute("data-clause", n.id().toString());
        div.getElement().setProperty("innerHTML", inner(n, depth, terms, editable, changedSinceVisit, comments, DraftingText.current(), language));
        return div;
    }

    /** As {@link #inner(ClauseNode, int, Map, boolean, boolean, Affordances, DraftingText.Translator)}, in the page's language (English outside a page). */
    static String inner(ClauseNode n, int depth, Map<String, TermView> terms, boolean editable, boolean changedSinceVisit,
                        Affordances comments) {
        return inner(n, depth, terms, editable, changedSinceVisit, comments, DraftingText.current(), null);
    }

    static String inner(ClauseNode n, int depth, Map<String, TermView> terms, boolean editable, boolean changedSinceVisit,
                        Affordances comments, DraftingText.Translator tx) {
        return inner(n, depth, terms, editable, changedSinceVisit, comments, tx, null);
    }

    /**
     * The clause's HTML with the platform's words from {@code tx}. The draft's own text (titles, bodies, terms) gets
     * {@code dir="auto"} so that Arabic with English terms, or English in an Arabic page, reads in the right order;
     * clause numbers are isolated left-to-right so "6.2" stays "6.2" beside an Arabic title. Only that text carries
     * {@code lang=language} (when given): labels, badges and buttons are the interface's and keep the page's language.
     */
    static String inner(ClauseNode n, int depth, Map<String, TermView> terms, boolean editable, boolean changedSinceVisit,
                        Affordances comments, DraftingText.Translator tx, String language) {
        String lang = language == null || language.isBlank() ? "" : " lang=\"" + escape(language) + "\"";
        StringBuilder h = new StringBuilder();
        String kind = n.kind().name().toLowerCase();
        if (!n.kind().isNumberedSection()) {
            h.append("<div class=\"labelled ").append(kind).append("\"><span class=\"label\">")
                    .append(escape(DraftingText.label(n, tx))).append("</span>").append(body(n.text(), terms, tx, lang)).append("</div>");
        } else {
            int level = Math.min(depth + 2, 6);
            h.append("<h").append(level).append(" class=\"clause-heading\" dir=\"auto\">").append(headingHtml(n, tx, lang));
            if (changedSinceVisit) {
                h.append(" <span class=\"badge changed\">").append(escape(tx.t("drafting.clause.changed-since-visit"))).append("</span>");
            }
            h.append("</h").append(level).append(">");
            h.append(body(n.text(), terms, tx, lang));
            for (TermView t : n.terms()) {
                h.append(term(t, tx, lang));
            }
        }
        String heading = DraftingText.heading(n, tx);
        h.append("<div class=\"clause-actions\">");
        if (comments.count() > 0) {
            h.append("<button type=\"button\" class=\"comments-clause\" data-comments=\"").append(n.id())
                    .append("\" aria-label=\"").append(escape(tx.t("drafting.clause.comments.aria", comments.count(), heading))).append("\">")
                    .append(escape(tx.t("drafting.clause.comments", comments.count()))).append("</button>");
        }
        if (comments.canComment()) {
            h.append("<button type=\"button\" class=\"comment-clause\" data-comment=\"").append(n.id())
                    .append("\" aria-label=\"").append(escape(tx.t("drafting.clause.comment.aria", heading))).append("\">")
                    .append(escape(tx.t("drafting.clause.comment"))).append("</button>");
        }
        if (editable) {
            h.append("<button type=\"button\" class=\"edit-clause\" data-edit=\"").append(n.id())
                    .append("\" aria-label=\"").append(escape(tx.t("drafting.clause.edit.aria", heading))).append("\">")
                    .append(escape(tx.t("drafting.clause.edit"))).append("</button>");
        }
        if (comments.crosswalk() && n.kind().isNumberedSection()) {
            h.append("<button type=\"button\" class=\"crosswalk-clause\" data-crosswalk=\"").append(n.id())
                    .append("\" aria-label=\"").append(escape(tx.t("drafting.clause.crosswalk.aria", heading))).append("\">")
                    .append(escape(comments.mappings() > 0 ? tx.t("drafting.clause.crosswalk.count", comments.mappings())
                            : tx.t("drafting.clause.crosswalk"))).append("</button>");
        }
        h.append("<button type=\"button\" class=\"history-clause\" data-history=\"").append(n.id())
                .append("\" aria-label=\"").append(escape(tx.t("drafting.clause.history.aria", heading))).append("\">")
                .append(escape(tx.t("drafting.clause.history"))).append("</button></div>");
        return h.toString();
    }

    /** "<bdi>6.2</bdi> Title": the number isolated left-to-right, the title the draft's own. */
    private static String headingHtml(ClauseNode n, DraftingText.Translator tx, String lang) {
        if (n.kind() == ClauseKind.ANNEX && !n.number().contains(".")) {
            return escape(DraftingText.heading(n, tx));
        }
        String number = "<bdi class=\"clause-number\" dir=\"ltr\">" + escape(n.number()) + "</bdi>";
        if (n.title() == null || n.title().isBlank()) {
            return number;
        }
        return lang.isEmpty() ? number + " " + escape(n.title())
                : number + " <span class=\"clause-title\"" + lang + ">" + escape(n.title()) + "</span>";
    }

    /** Block elements of rendered Markdown, each of which takes its direction from its own first letter. */
    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile("<(p|li|td|th|blockquote)(?=[ >])");
    private static final String MISSING_TITLE = "title=\"No such term is defined in this draft\"";
    private static final String MISSING_FLAG = "<span class=\"flag\">(term not defined)</span>";

    private static String body(String markdown, Map<String, TermView> terms, DraftingText.Translator tx, String lang) {
        String html = ClauseText.toSafeHtml(markdown, terms);
        if (html.isEmpty()) {
            return "";
        }
        // The renderer escapes everything the author typed, so these tags can only be its own.
        html = BLOCK.matcher(html).replaceAll("<$1 dir=\"auto\"");
        if (html.contains(MISSING_FLAG)) {
            html = html.replace(MISSING_TITLE, "title=\"" + escape(tx.t("drafting.term.missing.title")) + "\"")
                    .replace(MISSING_FLAG, "<span class=\"flag\">" + escape(tx.t("drafting.term.missing.flag")) + "</span>");
        }
        return "<div class=\"clause-body\"" + lang + " dir=\"auto\">" + html + "</div>";
    }

    private static String term(TermView t, DraftingText.Translator tx, String lang) {
        StringBuilder h = new StringBuilder("<div class=\"term-entry\" id=\"t-").append(t.id()).append("\">");
        h.append("<p class=\"term-number\" dir=\"ltr\">").append(escape(t.number())).append("</p>");
        h.append("<p class=\"term-preferred\"" + lang + " dir=\"auto\">").append(escape(t.term())).append("</p>");
        t.admittedTerms().forEach(a -> h.append("<p class=\"term-admitted\"" + lang + " dir=\"auto\">").append(escape(a)).append("</p>"));
        h.append("<p class=\"term-definition\"" + lang + " dir=\"auto\">").append(escape(t.definition())).append("</p>");
        if (t.note() != null && !t.note().isBlank()) {
            h.append("<p class=\"term-note\">").append(escape(tx.t("drafting.term.note-to-entry"))).append(" <bdi").append(lang).append(">")
                    .append(escape(t.note())).append("</bdi></p>");
        }
        if (t.source() != null && !t.source().isBlank()) {
            h.append("<p class=\"term-source\">[").append(escape(tx.t("drafting.term.source"))).append(" <bdi").append(lang).append(">")
                    .append(escape(t.source())).append("</bdi>]</p>");
        }
        return h.append("</div>").toString();
    }

    /** The outline: numbered clauses only, nested lists of in-page links. */
    static String outline(List<ClauseNode> nodes, Map<java.util.UUID, Long> commentCounts) {
        return outline(nodes, commentCounts, DraftingText.current());
    }

    static String outline(List<ClauseNode> nodes, Map<java.util.UUID, Long> commentCounts, DraftingText.Translator tx) {
        StringBuilder h = new StringBuilder("<div class=\"outline-tree\">");
        list(nodes, h, commentCounts, tx);
        return h.append("</div>").toString();
    }

    private static void list(List<ClauseNode> nodes, StringBuilder h, Map<java.util.UUID, Long> counts, DraftingText.Translator tx) {
        h.append("<ul>");
        for (ClauseNode n : nodes) {
            if (n.kind() == ClauseKind.NOTE || n.kind() == ClauseKind.EXAMPLE) {
                continue;
            }
            h.append("<li><a router-ignore href=\"#c-").append(n.id()).append("\"><bdi>").append(headingHtml(n, tx, "")).append("</bdi>");
            long count = counts.getOrDefault(n.id(), 0L);
            if (count > 0) {
                h.append(" <span class=\"comment-count\" aria-label=\"").append(escape(tx.t("drafting.outline.comment-count", count)))
                        .append("\">").append(count).append("</span>");
            }
            h.append("</a>");
            if (n.children().stream().anyMatch(c -> c.kind().isNumberedSection())) {
                list(n.children(), h, counts, tx);
            }
            h.append("</li>");
        }
        h.append("</ul>");
    }
}
