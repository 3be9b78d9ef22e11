package org.accord.publishing.formats;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.TermView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.accord.drafting.ClauseKind.*;

/** Test publications built directly from clause records, as the drafting module hands them over. */
final class Publications {

    private Publications() {
    }

    static ClauseNode clause(String number, ClauseKind kind, String title, String text, ClauseNode... children) {
        return new ClauseNode(UUID.randomUUID(), number, kind, null, title, text, 1, List.of(), List.of(children));
    }

    static ClauseNode labelled(String label, ClauseKind kind, String text) {
        return new ClauseNode(UUID.randomUUID(), label, kind, null, "", text, 1, List.of(), List.of());
    }

    static ClauseNode annex(String letter, AnnexType type, String title, String text, ClauseNode... children) {
        return new ClauseNode(UUID.randomUUID(), letter, ANNEX, type, title, text, 1, List.of(), List.of(children));
    }

    static TermView term(String number, String term, List<String> admitted, String definition, String note,
                         String source) {
        return new TermView(UUID.randomUUID(), number, term, admitted, definition, note, source);
    }

    /** Every construct the formats support: terms, notes, examples, lists, tables, annexes, unicode, markup-like text. */
    static List<ClauseNode> richClauses() {
        ClauseNode terms = new ClauseNode(UUID.randomUUID(), "3", TERMS, null, "Terms and definitions",
                "For the purposes of this document, the following terms and definitions apply.", 1,
                List.of(term("3.1", "AI system", List.of("artificial intelligence system"),
                                "engineered system that generates outputs such as content, forecasts or decisions",
                                "The engineered system can use various techniques.\n\nNote 2 to entry: Also < & >.",
                                "ISO/IEC 22989:2022, 3.1.4"),
                        term("3.2", "risk", List.of(), "effect of uncertainty on objectives", null, null),
                        term("3.3", "stakeholder", List.of("interested party", "concerned party"),
                                "person or organization that can affect or be affected by a decision", null,
                                "ISO 31000:2018, 3.3")),
                List.of());
        return List.of(
                clause("1", INFORMATIVE, "Introduction",
                        "Organizations face new risks — «données», Größe, 日本語, emoji \uD83D\uDE80.\n\nThis document helps."),
                clause("2", NORMATIVE, "Scope", "This document specifies requirements for:\n\n- identification;\n"
                                + "- treatment of [[AI system]] risks.",
                        labelled("NOTE", NOTE, "The requirements are generic & apply to <all> organizations.")),
                terms,
                clause("4", NORMATIVE, "Risk management process",
                        "The organization shall:\n\n1. establish the context;\n2. assess **risks** and *impacts*.",
                        labelled("NOTE 1", NOTE, "First note."),
                        labelled("NOTE 2", NOTE, "Second note about [[stakeholder]] needs."),
                        clause("4.1", NORMATIVE, "Risk identification",
                                "Risks are recorded:\n\n| Risk | Owner |\n| --- | --- |\n| Bias | Data team |\n"
                                        + "| Drift & decay | Operations |",
                                labelled("EXAMPLE", EXAMPLE, "A recruitment system that ranks candidates."),
                                clause("4.1.1", NORMATIVE, "Sources of risk", "Consider data, models and use.")),
                        clause("4.2", NORMATIVE, "Risk <script>alert(1)</script> treatment",
                                "Use <b>tags</b> & ampersands <script>alert('x')</script> carefully.")),
                annex("A", AnnexType.NORMATIVE, "Checklist", "The checklist is normative.",
                        clause("A.1", NORMATIVE, "General", "Each item shall be answered.")),
                annex("B", AnnexType.INFORMATIVE, "Stakeholder engagement", "Engage early.",
                        clause("B.1", INFORMATIVE, "Workshops", "Workshops help.")));
    }

    static PublicationText publication(List<ClauseNode> clauses, String status) {
        return new PublicationText("urn:accord:std:acc-wd-42101:ed-1:en", "ACC 42101",
                "Artificial intelligence — Risk management", "en", 1, LocalDate.of(2026, 3, 2),
                "ACC/TC 1 Artificial intelligence", "WG 3 Trustworthiness", "FDIS 1", status, clauses,
                "https://accord.example/standards/42101");
    }

    static PublicationText rich() {
        return publication(richClauses(), "published");
    }

    /** {@code topLevel} clauses with {@code perClause - 1} sub-clauses each, every body about {@code words} words. */
    static PublicationText generated(int topLevel, int perClause, int words) {
        List<ClauseNode> clauses = new ArrayList<>();
        for (int i = 1; i <= topLevel; i++) {
            List<ClauseNode> children = new ArrayList<>();
            for (int j = 1; j < perClause; j++) {
                children.add(clause(i + "." + j, NORMATIVE, "Requirement " + i + "." + j, body(words, i * 100 + j)));
            }
            clauses.add(clause(Integer.toString(i), NORMATIVE, "Topic " + i, body(words, i),
                    children.toArray(ClauseNode[]::new)));
        }
        return publication(clauses, "published");
    }

    private static String body(int words, int seed) {
        String[] vocabulary = {"the", "organization", "shall", "identify", "assess", "and", "treat", "risks",
                "arising", "from", "artificial", "intelligence", "systems", "including", "data", "quality", "bias",
                "transparency", "accountability", "of", "stakeholders", "throughout", "lifecycle"};
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(w % 50 == 0 ? ".\n\n" : " ");
            }
            sb.append(vocabulary[(w * 7 + seed) % vocabulary.length]);
        }
        return sb.append('.').toString();
    }

    static List<ClauseNode> flatten(List<ClauseNode> nodes) {
        List<ClauseNode> out = new ArrayList<>();
        for (ClauseNode n : nodes) {
            out.add(n);
            out.addAll(flatten(n.children()));
        }
        return out;
    }
}
