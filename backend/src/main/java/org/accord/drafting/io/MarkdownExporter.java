package org.accord.drafting.io;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.TermView;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a draft as Markdown in the format {@link MarkdownImporter} reads:
 * <pre>
 * # Title
 * Reference: ACC WD 42101
 * Language: en
 *
 * ## 1 Scope
 * Body …
 *
 * NOTE  Text of a note.
 *
 * ## 3 Terms and definitions
 * Intro paragraph.
 *
 * ### 3.1 AI system
 * Admitted: artificial intelligence system; AI
 * engineered system that …
 * Note 1 to entry: …
 * [SOURCE: ISO/IEC 22989:2022, 3.1.4]
 *
 * ## Annex A (informative) Stakeholder engagement
 * ### A.1 General
 * </pre>
 * A clause's notes and examples are written right after its body, before its sub-clauses, so that
 * they stay with their clause when read back. A note is one paragraph: blank lines inside a note
 * are written as line breaks.
 */
public final class MarkdownExporter {

    public String export(DraftSummary draft, List<ClauseNode> tree) {
        Out out = new Out();
        if (draft != null) {
            List<String> head = new ArrayList<>();
            if (!isBlank(draft.title())) {
                head.add("# " + oneLine(draft.title()));
            }
            if (!isBlank(draft.reference())) {
                head.add("Reference: " + oneLine(draft.reference()));
            }
            if (!isBlank(draft.language())) {
                head.add("Language: " + oneLine(draft.language()));
            }
            if (!head.isEmpty()) {
                out.block(String.join("\n", head));
            }
        }
        for (ClauseNode node : tree == null ? List.<ClauseNode>of() : tree) {
            if (node.kind().isNumberedSection()) {
                writeClause(out, node, 1);
            } else {
                writeLabelled(out, node);
            }
        }
        return out.toString();
    }

    private void writeClause(Out out, ClauseNode node, int depth) {
        String heading = "#".repeat(depth + 1) + " " + oneLine(node.heading());
        String body = normalize(node.text());
        out.block(body.isBlank() ? heading : heading + "\n" + body);
        List<ClauseNode> children = node.children() == null ? List.of() : node.children();
        for (ClauseNode child : children) {
            if (!child.kind().isNumberedSection()) {
                writeLabelled(out, child);
            }
        }
        if (node.kind() == ClauseKind.TERMS && node.terms() != null) {
            int k = 0;
            for (TermView term : node.terms()) {
                k++;
                String number = isBlank(term.number()) ? node.number() + "." + k : term.number();
                writeTerm(out, term, number, depth + 1);
            }
        }
        for (ClauseNode child : children) {
            if (child.kind().isNumberedSection()) {
                writeClause(out, child, depth + 1);
            }
        }
    }

    private void writeLabelled(Out out, ClauseNode node) {
        String label = isBlank(node.number()) ? node.kind().name() : node.number().strip();
        String text = normalize(node.text()).replaceAll("\n[ \t]*\n+", "\n");
        out.block(text.isBlank() ? label : label + "  " + text);
    }

    private void writeTerm(Out out, TermView term, String number, int depth) {
        List<String> lines = new ArrayList<>();
        lines.add("#".repeat(depth + 1) + " " + number + " " + oneLine(term.term()));
        List<String> admitted = term.admittedTerms() == null ? List.of()
                : term.admittedTerms().stream().filter(a -> !isBlank(a)).map(MarkdownExporter::oneLine).toList();
        if (!admitted.isEmpty()) {
            lines.add("Admitted: " + String.join("; ", admitted));
        }
        if (!isBlank(term.definition())) {
            lines.add(normalize(term.definition()));
        }
        if (!isBlank(term.note())) {
            lines.add("Note 1 to entry: " + normalize(term.note()));
        }
        if (!isBlank(term.source())) {
            lines.add("[SOURCE: " + oneLine(term.source()) + "]");
        }
        out.block(String.join("\n", lines));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Unix line ends, no leading or trailing blank lines. */
    private static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        t = t.replaceAll("^(?:[ \t]*\n)+", "");
        return t.stripTrailing();
    }

    /** Blocks separated by one blank line, ending with a newline. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder();

        void block(String text) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(text);
        }

        @Override
        public String toString() {
            return sb.isEmpty() ? "" : sb + "\n";
        }
    }
}
