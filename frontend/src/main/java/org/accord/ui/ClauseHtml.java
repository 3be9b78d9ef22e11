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
        com.vaadin.flow.component.html.Div div = new com.vaadin.flow.component.html.Div();
        div.setId("c-" + n.id());
        div.addClassNames("clause-block", "depth-" + Math.min(depth, 5), "kind-" + n.kind().name().toLowerCase());
        if (changedSinceVisit) {
            div.addClassName("changed-since-visit");
        }
        div.getElement().setAttribute("tabindex", "-1");
        div.getElement().setAttribute("data-clause", n.id().toString());
        div.getElement().setProperty("innerHTML", inner(n, depth, terms, editable, changedSinceVisit, comments));
        return div;
    }

    static String inner(ClauseNode n, int depth, Map<String, TermView> terms, boolean editable, boolean changedSinceVisit,
                        Affordances comments) {
        StringBuilder h = new StringBuilder();
        String kind = n.kind().name().toLowerCase();
        if (!n.kind().isNumberedSection()) {
            h.append("<div class=\"labelled ").append(kind).append("\"><span class=\"label\">").append(escape(n.number()))
                    .append("</span>").append(body(n.text(), terms)).append("</div>");
        } else {
            int level = Math.min(depth + 2, 6);
            h.append("<h").append(level).append(" class=\"clause-heading\">").append(escape(n.heading()));
            if (changedSinceVisit) {
                h.append(" <span class=\"badge changed\">changed since your last visit</span>");
            }
            h.append("</h").append(level).append(">");
            h.append(body(n.text(), terms));
            for (TermView t : n.terms()) {
                h.append(term(t));
            }
        }
        String heading = escape(n.heading());
        h.append("<div class=\"clause-actions\">");
        if (comments.count() > 0) {
            h.append("<button type=\"button\" class=\"comments-clause\" data-comments=\"").append(n.id())
                    .append("\" aria-label=\"").append(comments.count()).append(" comments on ").append(heading).append("\">Comments (")
                    .append(comments.count()).append(")</button>");
        }
        if (comments.canComment()) {
            h.append("<button type=\"button\" class=\"comment-clause\" data-comment=\"").append(n.id())
                    .append("\" aria-label=\"Comment on ").append(heading).append("\">Comment</button>");
        }
        if (editable) {
            h.append("<button type=\"button\" class=\"edit-clause\" data-edit=\"").append(n.id())
                    .append("\" aria-label=\"Edit ").append(heading).append("\">Edit</button>");
        }
        if (comments.crosswalk() && n.kind().isNumberedSection()) {
            h.append("<button type=\"button\" class=\"crosswalk-clause\" data-crosswalk=\"").append(n.id())
                    .append("\" aria-label=\"Crosswalk of ").append(heading).append("\">Crosswalk")
                    .append(comments.mappings() > 0 ? " (" + comments.mappings() + ")" : "").append("</button>");
        }
        h.append("<button type=\"button\" class=\"history-clause\" data-history=\"").append(n.id())
                .append("\" aria-label=\"History of ").append(heading).append("\">History</button></div>");
        return h.toString();
    }

    private static String body(String markdown, Map<String, TermView> terms) {
        String html = ClauseText.toSafeHtml(markdown, terms);
        return html.isEmpty() ? "" : "<div class=\"clause-body\">" + html + "</div>";
    }

    private static String term(TermView t) {
        StringBuilder h = new StringBuilder("<div class=\"term-entry\" id=\"t-").append(t.id()).append("\">");
        h.append("<p class=\"term-number\">").append(escape(t.number())).append("</p>");
        h.append("<p class=\"term-preferred\">").append(escape(t.term())).append("</p>");
        t.admittedTerms().forEach(a -> h.append("<p class=\"term-admitted\">").append(escape(a)).append("</p>"));
        h.append("<p class=\"term-definition\">").append(escape(t.definition())).append("</p>");
        if (t.note() != null && !t.note().isBlank()) {
            h.append("<p class=\"term-note\">Note 1 to entry: ").append(escape(t.note())).append("</p>");
        }
        if (t.source() != null && !t.source().isBlank()) {
            h.append("<p class=\"term-source\">[SOURCE: ").append(escape(t.source())).append("]</p>");
        }
        return h.append("</div>").toString();
    }

    /** The outline: numbered clauses only, nested lists of in-page links. */
    static String outline(List<ClauseNode> nodes, Map<java.util.UUID, Long> commentCounts) {
        StringBuilder h = new StringBuilder("<div class=\"outline-tree\">");
        list(nodes, h, commentCounts);
        return h.append("</div>").toString();
    }

    private static void list(List<ClauseNode> nodes, StringBuilder h, Map<java.util.UUID, Long> counts) {
        h.append("<ul>");
        for (ClauseNode n : nodes) {
            if (n.kind() == ClauseKind.NOTE || n.kind() == ClauseKind.EXAMPLE) {
                continue;
            }
            h.append("<li><a router-ignore href=\"#c-").append(n.id()).append("\">").append(escape(n.heading()));
            long count = counts.getOrDefault(n.id(), 0L);
            if (count > 0) {
                h.append(" <span class=\"comment-count\" aria-label=\"").append(count).append(" comments\">").append(count).append("</span>");
            }
            h.append("</a>");
            if (n.children().stream().anyMatch(c -> c.kind().isNumberedSection())) {
                list(n.children(), h, counts);
            }
            h.append("</li>");
        }
        h.append("</ul>");
    }
}
