package org.accord.drafting.io;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseText;
import org.accord.drafting.NewTerm;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.accord.drafting.ClauseKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownImporterTest {

    private final MarkdownImporter importer = new MarkdownImporter();

    static String fixture() throws Exception {
        try (InputStream in = MarkdownImporterTest.class.getResourceAsStream("/drafting/io/all-constructs.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ImportedClause clause(ClauseKind kind, String title, String body, ImportedClause... children) {
        return new ImportedClause(kind, null, title, body, List.of(), List.of(children));
    }

    private static ImportedClause labelled(ClauseKind kind, String body) {
        return new ImportedClause(kind, null, "", body, List.of(), List.of());
    }

    private DraftImportException failure(String markdown) {
        try {
            importer.parse(markdown);
        } catch (DraftImportException e) {
            return e;
        }
        throw new AssertionError("expected a DraftImportException");
    }

    @Test
    void importsADocumentWithAllConstructs() throws Exception {
        ImportedDraft draft = importer.parse(fixture());

        assertThat(draft.title()).isEqualTo("Artificial intelligence — Risk management");
        assertThat(draft.reference()).isEqualTo("ACC WD 42101");
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.clauses()).containsExactly(
                clause(INFORMATIVE, "Introduction", "This document helps organizations manage AI risk."),
                clause(NORMATIVE, "Scope", "This document specifies requirements for:\n\n- risk identification;\n"
                                + "- risk treatment.",
                        labelled(NOTE, "The requirements are generic."),
                        labelled(EXAMPLE, "A bank using credit scoring.")),
                new ImportedClause(TERMS, null, "Terms and definitions",
                        "For the purposes of this document, the following terms and definitions apply.",
                        List.of(new NewTerm("AI system", List.of("artificial intelligence system", "AI"),
                                        "engineered system that generates outputs such as content, forecasts,"
                                                + " recommendations or decisions",
                                        "The engineered system can use various techniques.", "ISO/IEC 22989:2022, 3.1.4"),
                                new NewTerm("risk", List.of(), "effect of uncertainty on objectives", null, null)),
                        List.of()),
                clause(NORMATIVE, "Risk management", "The organization shall:\n\n1. establish the context;\n"
                                + "2. assess risks.",
                        labelled(NOTE, "First note."),
                        labelled(NOTE, "Second note,\non two lines."),
                        clause(NORMATIVE, "Risk identification", "| Source | Example |\n| --- | --- |\n| Data | Bias |",
                                clause(NORMATIVE, "Data sources",
                                        "Text with <b>HTML</b> and <script>alert(1)</script> kept.")),
                        clause(NORMATIVE, "Risk treatment", "Treat risks.")),
                new ImportedClause(ANNEX, AnnexType.INFORMATIVE, "Stakeholder engagement", "Annex intro.", List.of(),
                        List.of(clause(INFORMATIVE, "General", "General text."))),
                new ImportedClause(ANNEX, AnnexType.NORMATIVE, "Checklist", "", List.of(),
                        List.of(clause(NORMATIVE, "Items", "Items."))));
    }

    @Test
    void aSkippedSubClauseNumberIsReportedWithItsExactLine() {
        String md = """
                # Title

                ## 1 Scope
                Text.

                ## 2 Process
                ### 2.1 Identification
                Text.

                ### 2.3 Treatment
                Text.
                """;

        DraftImportException e = failure(md);

        assertThat(e.line()).isEqualTo(10);
        assertThat(e.where()).isEqualTo("2.3 Treatment");
        assertThat(e).hasMessage("Markdown import failed at line 10 (2.3 Treatment): expected 2.2, found 2.3."
                + " Nothing was imported.");
    }

    @Test
    void misnestedAndSkippedNumbersAreReported() {
        assertThat(failure("## 1 A\n## 3 C\n").getMessage()).contains("line 2 (3 C): expected 2, found 3");
        assertThat(failure("## 1 A\n## 1.1 B\n").getMessage()).contains("line 2 (1.1 B): expected 2, found 1.1");
        assertThat(failure("## 1 A\n### 2.1 B\n").getMessage()).contains("expected 1.1, found 2.1");
        assertThat(failure("## 1 A\n#### 1.1.1 B\n").getMessage())
                .contains("line 2 (1.1.1 B): heading level 4 is nested too deeply");
        assertThat(failure("# 1 A\n").getMessage()).contains("line 1 (1 A)").contains("level 2");
        assertThat(failure("## 1 A\n## Annex B (informative) X\n").getMessage())
                .contains("expected Annex A, found Annex B");
        assertThat(failure("## 1 A\n## Annex A X\n## 2 B\n").getMessage())
                .contains("line 3 (2 B): expected Annex B, found 2");
        assertThat(failure("## 1 A\n### Annex A X\n").getMessage()).contains("level-2 heading");
        assertThat(failure("## 1 Terms and definitions\n### 1.1 a\ndef\n#### 1.1.1 b\n").getMessage())
                .contains("line 4").contains("term entries have no sub-clauses");
        assertThat(failure("## 1 Terms and definitions\n### 1.2 a\ndef\n").getMessage())
                .contains("expected 1.1, found 1.2");
    }

    @Test
    void textBeforeTheFirstClauseIsRefused() {
        DraftImportException e = failure("# Title\nReference: X\n\nSome stray introduction.\n\n## 1 Scope\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.where()).isEqualTo("Some stray introduction.");

        assertThat(failure("# Title\n## Introduction\n## 1 Scope\n").line()).isEqualTo(2);
    }

    @Test
    void emptyInputAndDocumentsWithoutClausesAreRefused() {
        assertThat(failure("").getMessage()).isEqualTo("Markdown import failed at line 1 (document): the file is"
                + " empty. Nothing was imported.");
        assertThat(failure(" \n\n").getMessage()).contains("empty");
        assertThat(failure("# Only a title\n").getMessage()).contains("no numbered clause headings");
    }

    @Test
    void htmlAndOddMarkdownAreKeptAsTextInTheBody() {
        String md = """
                ## 1 Scope
                <div class="x">Raw <em>HTML</em></div>

                <!-- a comment -->

                ### An unnumbered heading
                Setext heading
                ==============

                > a quote

                ```
                # not a heading
                ## 2 not a clause

                NOTE not a note
                ```

                ## 2 Next
                """;

        ImportedDraft draft = importer.parse(md);

        assertThat(draft.title()).isNull();
        assertThat(draft.reference()).isNull();
        assertThat(draft.clauses()).hasSize(2);
        ImportedClause scope = draft.clauses().getFirst();
        assertThat(scope.children()).isEmpty();
        assertThat(scope.body()).isEqualTo("""
                <div class="x">Raw <em>HTML</em></div>

                <!-- a comment -->

                ### An unnumbered heading
                Setext heading
                ==============

                > a quote

                ```
                # not a heading
                ## 2 not a clause

                NOTE not a note
                ```""");
    }

    @Test
    void anUnclosedCodeFenceIsReported() {
        DraftImportException e = failure("## 1 A\n~~~\ncode\n## 2 B\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void aTermWithoutDefinitionIsReported() {
        DraftImportException e = failure("## 1 Terms and definitions\n\n### 1.1 risk\nAdmitted: hazard\n\n## 2 Next\n");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.where()).isEqualTo("1.1 risk");
        assertThat(e.getMessage()).contains("term 1.1 \"risk\" has no definition");
    }

    @Test
    void aBodyOverTheLimitIsReportedNamingTheClause() {
        String big = "x".repeat(ClauseText.MAX_BODY_CHARS + 1);
        DraftImportException e = failure("## 1 Scope\nok\n\n## 2 Huge clause\n" + big + "\n\n## 3 After\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.where()).isEqualTo("2 Huge clause");
        assertThat(e.getMessage()).contains("more than the limit of 200000");
    }

    @Test
    void termEntriesMayUseBlankLinesAndSeveralNotes() {
        String md = """
                ## 1 Terms and definitions

                ### 1.1 risk

                Admitted: hazard ;  peril

                effect of uncertainty

                on objectives

                Note 1 to entry: An effect is a deviation.
                Continued.

                Note 2 to entry: Objectives can have aspects.

                [SOURCE: ISO 31000:2018, 3.1]
                """;

        NewTerm term = importer.parse(md).clauses().getFirst().terms().getFirst();

        assertThat(term).isEqualTo(new NewTerm("risk", List.of("hazard", "peril"),
                "effect of uncertainty\n\non objectives",
                "An effect is a deviation.\nContinued.\n\nNote 2 to entry: Objectives can have aspects.",
                "ISO 31000:2018, 3.1"));
    }

    @Test
    void windowsLineEndsAndTrailingHashesAreAccepted() {
        ImportedDraft draft = importer.parse("\uFEFF# T #\r\nLanguage: fr\r\n\r\n## 1. Domaine ##\r\nTexte.\r\n");

        assertThat(draft.title()).isEqualTo("T");
        assertThat(draft.language()).isEqualTo("fr");
        assertThat(draft.clauses()).containsExactly(clause(NORMATIVE, "Domaine", "Texte."));
    }
}
