package org.accord.drafting.io;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.TermView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.accord.drafting.ClauseKind.*;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRoundTripTest {

    private final MarkdownExporter exporter = new MarkdownExporter();
    private final MarkdownImporter importer = new MarkdownImporter();

    private static DraftSummary summary(String title, String reference, String language) {
        return new DraftSummary(UUID.randomUUID(), UUID.randomUUID(), "WG 3", reference, title, language, "20.00",
                "WD", "Working draft", 12, Instant.parse("2026-01-15T10:00:00Z"));
    }

    private static ClauseNode node(String number, org.accord.drafting.ClauseKind kind, String title, String text,
                                   ClauseNode... children) {
        return new ClauseNode(UUID.randomUUID(), number, kind, null, title, text, 1, List.of(), List.of(children));
    }

    private static ClauseNode annex(String letter, AnnexType type, String title, String text, ClauseNode... children) {
        return new ClauseNode(UUID.randomUUID(), letter, ANNEX, type, title, text, 1, List.of(), List.of(children));
    }

    private static TermView term(String number, String term, List<String> admitted, String definition, String note,
                                 String source) {
        return new TermView(UUID.randomUUID(), number, term, admitted, definition, note, source);
    }

    private static List<ClauseNode> handBuiltTree() {
        ClauseNode terms = new ClauseNode(UUID.randomUUID(), "3", TERMS, null, "Terms and definitions",
                "For the purposes of this document, the following terms and definitions apply.", 1,
                List.of(term("3.1", "AI system", List.of("artificial intelligence system", "AI"),
                                "engineered system that generates outputs such as content, forecasts,"
                                        + " recommendations or decisions",
                                "The engineered system can use various techniques.", "ISO/IEC 22989:2022, 3.1.4"),
                        term("3.2", "risk", List.of(), "effect of uncertainty on objectives", null, null),
                        term("3.3", "stakeholder", List.of("interested party"),
                                "person or organization that can affect or be affected by a decision",
                                null, "ISO 31000:2018, 3.3")),
                List.of());
        return List.of(
                node("1", INFORMATIVE, "Introduction", "Organizations face new risks.\n\nThis document helps."),
                node("2", NORMATIVE, "Scope", "This document specifies requirements for:\n\n- identification;\n"
                                + "- treatment.",
                        node("NOTE", NOTE, null, "The requirements are generic.")),
                terms,
                node("4", NORMATIVE, "Risk management process", "The organization shall:\n\n1. establish the context;\n"
                                + "2. assess risks.",
                        node("NOTE 1", NOTE, "", "First note."),
                        node("NOTE 2", NOTE, "", "Second note with <b>HTML</b>."),
                        node("EXAMPLE", EXAMPLE, "", "A recruitment system."),
                        node("4.1", NORMATIVE, "Risk identification", "Identify risks.",
                                node("4.1.1", NORMATIVE, "Data", "| Source | Example |\n| --- | --- |\n| Data | Bias |"),
                                node("4.1.2", NORMATIVE, "Models", "Model risks.")),
                        node("4.2", NORMATIVE, "Risk treatment", "")),
                annex("A", AnnexType.INFORMATIVE, "Stakeholder engagement", "Engage early.",
                        node("A.1", INFORMATIVE, "General", "General text.",
                                node("EXAMPLE", EXAMPLE, "", "A workshop.")),
                        node("A.2", INFORMATIVE, "Methods", "Surveys.")),
                annex("B", AnnexType.NORMATIVE, "Conformity checklist", "Check each item."));
    }

    @Test
    void exportsTheDocumentedFormat() {
        List<ClauseNode> tree = List.of(
                node("1", NORMATIVE, "Scope", "Body paragraph.", node("NOTE", NOTE, "", "Text of a note.")),
                new ClauseNode(UUID.randomUUID(), "2", TERMS, null, "Terms and definitions", "Intro paragraph.", 1,
                        List.of(term("2.1", "AI system", List.of("artificial intelligence system", "AI"),
                                "engineered system", "Note text.", "ISO/IEC 22989:2022, 3.1.4")), List.of()),
                annex("A", AnnexType.INFORMATIVE, "Stakeholder engagement", "",
                        node("A.1", INFORMATIVE, "General", "Text.")));

        String markdown = exporter.export(summary("Artificial intelligence — Risk management", "ACC WD 42101", "en"),
                tree);

        assertThat(markdown).isEqualTo("""
                # Artificial intelligence — Risk management
                Reference: ACC WD 42101
                Language: en

                ## 1 Scope
                Body paragraph.

                NOTE  Text of a note.

                ## 2 Terms and definitions
                Intro paragraph.

                ### 2.1 AI system
                Admitted: artificial intelligence system; AI
                engineered system
                Note 1 to entry: Note text.
                [SOURCE: ISO/IEC 22989:2022, 3.1.4]

                ## Annex A (informative) Stakeholder engagement

                ### A.1 General
                Text.
                """);
    }

    @Test
    void aHandBuiltTreeSurvivesExportAndImport() {
        List<ClauseNode> tree = handBuiltTree();
        DraftSummary draft = summary("Artificial intelligence — Risk management", "ACC WD 42101", "en");

        ImportedDraft back = importer.parse(exporter.export(draft, tree));

        assertThat(back.title()).isEqualTo(draft.title());
        assertThat(back.reference()).isEqualTo(draft.reference());
        assertThat(back.language()).isEqualTo(draft.language());
        assertThat(back.clauses()).isEqualTo(Trees.imported(tree));
    }

    @Test
    void markdownImportExportImportIsStable() throws Exception {
        ImportedDraft first = importer.parse(MarkdownImporterTest.fixture());

        ImportedDraft second = reimport(first);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void stsImportSurvivesMarkdownExportAndImport() throws Exception {
        ImportedDraft first = StsImporterTest.fixture();

        ImportedDraft second = reimport(first);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void draftsWithoutMetadataExportWithoutHeaderLines() {
        String markdown = exporter.export(summary(null, null, null),
                List.of(node("1", NORMATIVE, "Scope", "Text.\r\nMore.\r\n\r\n")));

        assertThat(markdown).isEqualTo("## 1 Scope\nText.\nMore.\n");
        assertThat(importer.parse(markdown)).isEqualTo(new ImportedDraft(null, null, null, List.of(
                new ImportedClause(NORMATIVE, null, "Scope", "Text.\nMore.", List.of(), List.of()))));
    }

    /** Import → store (ids and derived numbers, as the service does) → export → import. */
    private ImportedDraft reimport(ImportedDraft imported) {
        List<ClauseNode> stored = Trees.numbered(imported.clauses());
        String markdown = exporter.export(summary(imported.title(), imported.reference(), imported.language()),
                stored);
        return importer.parse(markdown);
    }
}
