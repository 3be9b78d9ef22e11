package org.accord.drafting.io;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.NewTerm;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.accord.drafting.ClauseKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StsImporterTest {

    private final StsImporter importer = new StsImporter();

    static ImportedDraft fixture() throws Exception {
        try (InputStream in = StsImporterTest.class.getResourceAsStream("/drafting/io/risk-management-sts.xml")) {
            return new StsImporter().parse(in);
        }
    }

    private ImportedDraft parse(String xml) {
        return importer.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ImportedClause clause(ClauseKind kind, String title, String body, ImportedClause... children) {
        return new ImportedClause(kind, null, title, body, List.of(), List.of(children));
    }

    private static ImportedClause note(ClauseKind kind, String body) {
        return new ImportedClause(kind, null, "", body, List.of(), List.of());
    }

    @Test
    void parsesARealisticStandardIntoTheExpectedTree() throws Exception {
        ImportedDraft draft = fixture();

        assertThat(draft.title()).isEqualTo("Artificial intelligence — Risk management");
        assertThat(draft.reference()).isEqualTo("ACC WD 42101");
        assertThat(draft.language()).isEqualTo("en");

        ImportedClause terms = new ImportedClause(TERMS, null, "Terms and definitions",
                "For the purposes of this document, the following terms and definitions apply.",
                List.of(new NewTerm("AI system", List.of("artificial intelligence system"),
                                "engineered system that generates outputs such as content, forecasts, recommendations"
                                        + " or decisions for a given set of human-defined objectives",
                                "The engineered system can use various techniques and approaches related to"
                                        + " artificial intelligence.",
                                "ISO/IEC 22989:2022, 3.1.4"),
                        new NewTerm("stakeholder", List.of("interested party"),
                                "person or organization that can affect, be affected by, or perceive themselves to be"
                                        + " affected by a decision or activity", null, "ISO 31000:2018, 3.3"),
                        new NewTerm("risk", List.of(), "effect of uncertainty on objectives", null, null)),
                List.of());
        ImportedClause annex = new ImportedClause(ANNEX, AnnexType.INFORMATIVE, "Stakeholder engagement",
                "This annex gives examples of stakeholder engagement.", List.of(),
                List.of(clause(INFORMATIVE, "General", "Stakeholders should be engaged early.")));

        assertThat(draft.clauses()).containsExactly(
                clause(INFORMATIVE, "Introduction", "Organizations that develop or use AI systems face risks that"
                        + " differ from those of traditional software."),
                clause(NORMATIVE, "Scope", "This document provides guidance on how organizations that develop,"
                        + " deploy or use *artificial intelligence* (AI) systems can manage risk specifically related"
                        + " to AI.\n\nThis document is applicable to **any organization**, regardless of size, type"
                        + " and nature."),
                terms,
                clause(NORMATIVE, "Principles", "Risk management should be integrated, structured and inclusive."),
                clause(NORMATIVE, "Risk management process",
                        "The organization shall establish, implement and maintain a risk management process.",
                        note(NOTE, "The process can be integrated with existing management systems."),
                        clause(NORMATIVE, "Risk identification", """
                                        The organization shall identify risks, considering:

                                        - the intended use of the AI system;
                                        - reasonably foreseeable misuse.""",
                                note(EXAMPLE, "A recruitment system that ranks candidates by predicted performance.")),
                        clause(NORMATIVE, "Risk treatment", """
                                Treatment options shall be selected in this order:

                                1. avoid the risk;
                                2. reduce its likelihood or consequence.

                                Treatment options

                                | Option | Example |
                                | --- | --- |
                                | Avoid | Do not deploy the system |
                                | Reduce | Add human oversight |""")),
                annex);
    }

    @Test
    void refusesXxeWithoutReadingTheFile() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE standard [
                  <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                <standard>
                  <front><std-meta><title-wrap><main>&xxe;</main></title-wrap></std-meta></front>
                  <body><sec><title>Scope</title><p>&xxe;</p></sec></body>
                </standard>
                """;

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> parse(xxe))
                        .isInstanceOf(DraftImportException.class)
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageStartingWith("NISO STS import failed at line 4 (DOCTYPE): ")
                        .hasMessageContaining("DOCTYPE")
                        .hasMessageEndingWith("Nothing was imported.")
                        .hasMessageNotContaining("root:"));
    }

    @Test
    void refusesParameterEntityXxe() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE standard [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>
                <standard><body><sec><title>x</title></sec></body></standard>
                """;

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> parse(xxe))
                        .isInstanceOf(DraftImportException.class)
                        .hasMessageNotContaining("root:"));
    }

    @Test
    void refusesBillionLaughsQuickly() {
        String lol = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <standard>
                  <front><std-meta><title-wrap><main>&lol9;</main></title-wrap></std-meta></front>
                  <body><sec><title>&lol9;</title></sec></body>
                </standard>
                """;

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> parse(lol))
                        .isInstanceOf(DraftImportException.class)
                        .hasMessageContaining("DOCTYPE")
                        .hasMessageNotContaining("lollol"));
    }

    @Test
    void aDoctypeWithOnlyAnExternalIdIsNeverFetched() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE standard SYSTEM "file:///etc/passwd">
                <standard>
                  <front><std-meta><title-wrap><main>Title</main></title-wrap></std-meta></front>
                  <body><sec><title>Scope</title><p>Text &amp; more &#8212; done.</p></sec></body>
                </standard>
                """;

        ImportedDraft draft = parse(xml);

        assertThat(draft.toString()).doesNotContain("root:");
        assertThat(draft.clauses().getFirst().body()).isEqualTo("Text & more — done.");
    }

    @Test
    void undeclaredEntitiesAreRefusedWithTheirLine() {
        String xml = "<standard>\n<body>\n<sec><title>A</title>\n<p>&nbsp;</p></sec></body></standard>";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.where()).isEqualTo("/standard/body/sec/p");
                });
    }

    @Test
    void aSectionWithoutTitleIsReportedWithItsPathAndLine() {
        String xml = """
                <standard>
                  <front><std-meta><title-wrap><main>T</main></title-wrap></std-meta></front>
                  <body>
                    <sec><title>One</title><p>a</p></sec>
                    <sec>
                      <p>no title</p>
                    </sec>
                  </body>
                </standard>
                """;

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.where()).isEqualTo("/standard/body/sec[2]");
                })
                .hasMessage("NISO STS import failed at line 5 (/standard/body/sec[2]): <sec> has no <title>."
                        + " Nothing was imported.");
    }

    @Test
    void aNestedSectionWithoutTitleIsReported() {
        String xml = """
                <standard>
                  <front><std-meta><title-wrap><main>T</main></title-wrap></std-meta></front>
                  <body>
                    <sec><title>One</title>
                      <sec><title>  </title></sec>
                    </sec>
                  </body>
                </standard>
                """;

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.where()).isEqualTo("/standard/body/sec/sec");
                });
    }

    @Test
    void theRootMustBeStandard() {
        String xml = "<?xml version=\"1.0\"?>\n<article><body/></article>";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.where()).isEqualTo("/article");
                })
                .hasMessageContaining("expected <standard>");
    }

    @Test
    void aBodyIsRequired() {
        String xml = """
                <standard xml:lang="en">
                  <front><std-meta><title-wrap><main>T</main></title-wrap></std-meta></front>
                </standard>
                """;

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.where()).isEqualTo("/standard");
                })
                .hasMessageContaining("no <body>");
    }

    @Test
    void aTitleIsRequired() {
        String xml = "<standard>\n<front>\n<std-meta><std-ref>X</std-ref></std-meta></front>\n"
                + "<body><sec><title>A</title></sec></body></standard>";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.where()).isEqualTo("/standard/front/std-meta");
                });
    }

    @Test
    void aTermSecWithoutDefinitionOrTermIsReported() {
        String noDefinition = """
                <standard xmlns:tbx="urn:iso:std:iso:30042:ed-1">
                  <front><std-meta><title-wrap><main>T</main></title-wrap></std-meta></front>
                  <body>
                    <sec sec-type="terms"><title>Terms and definitions</title>
                      <term-sec><tbx:termEntry><tbx:langSet xml:lang="en">
                        <tbx:definition>d</tbx:definition>
                        <tbx:tig><tbx:term>first</tbx:term></tbx:tig></tbx:langSet></tbx:termEntry></term-sec>
                      <term-sec>
                        <tbx:termEntry><tbx:langSet xml:lang="en">
                          <tbx:tig><tbx:term>orphan</tbx:term></tbx:tig>
                        </tbx:langSet></tbx:termEntry>
                      </term-sec>
                    </sec>
                  </body>
                </standard>
                """;
        String noTerm = noDefinition.replace("<tbx:tig><tbx:term>orphan</tbx:term></tbx:tig>",
                "<tbx:definition>def</tbx:definition>");

        assertThatThrownBy(() -> parse(noDefinition))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(8);
                    assertThat(e.where()).isEqualTo("/standard/body/sec/term-sec[2]");
                })
                .hasMessageContaining("\"orphan\" has no <tbx:definition>");
        assertThatThrownBy(() -> parse(noTerm))
                .isInstanceOfSatisfying(DraftImportException.class, e -> assertThat(e.line()).isEqualTo(8))
                .hasMessageContaining("no <tbx:term>");
    }

    @Test
    void malformedXmlNamesTheLine() {
        String xml = "<standard>\n<body>\n<sec><title>A</title>\n<p>unclosed</sec>\n</body></standard>";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("not well-formed");
    }

    @Test
    void emptyAndOversizedInputsAreRefused() {
        assertThatThrownBy(() -> parse("  \n")).isInstanceOf(DraftImportException.class)
                .hasMessageContaining("empty");

        InputStream huge = new InputStream() {
            private long left = StsImporter.MAX_BYTES + 10L;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> importer.parse(huge)).isInstanceOf(DraftImportException.class)
                .hasMessageContaining("larger than 20 MB");
    }

    @Test
    void acceptsUnnamespacedTbxIsoMetaAndNormativeAnnexes() {
        String xml = """
                <standard>
                  <front>
                    <iso-meta>
                      <title-wrap xml:lang="de"><full>Titel — Voll</full></title-wrap>
                      <std-ref type="undated">ISO 99999</std-ref>
                    </iso-meta>
                    <sec sec-type="foreword"><title>Foreword</title><p>ISO is a federation.</p></sec>
                  </front>
                  <body>
                    <sec sec-type="intro"><title>Background</title><sec><title>Context</title></sec></sec>
                    <sec sec-type="terms"><title>Begriffe</title>
                      <term-sec><termEntry><langSet xml:lang="de">
                        <tig><term>Risiko</term><normativeAuthorization value="preferredTerm"/></tig>
                        <tig><term>Gefahr</term></tig>
                        <definition>Auswirkung von Unsicherheit</definition>
                        <note>Eins.</note><note>Zwei.</note>
                      </langSet></termEntry></term-sec>
                    </sec>
                  </body>
                  <back><app-group>
                    <app><annex-type>(normative)</annex-type><title>Tests</title><sec><title>Setup</title></sec></app>
                  </app-group></back>
                </standard>
                """;

        ImportedDraft draft = parse(xml);

        assertThat(draft.title()).isEqualTo("Titel — Voll");
        assertThat(draft.reference()).isEqualTo("ISO 99999");
        assertThat(draft.language()).isEqualTo("de");
        assertThat(draft.clauses()).extracting(ImportedClause::kind, ImportedClause::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(INFORMATIVE, "Foreword"),
                org.assertj.core.groups.Tuple.tuple(INFORMATIVE, "Background"),
                org.assertj.core.groups.Tuple.tuple(TERMS, "Begriffe"),
                org.assertj.core.groups.Tuple.tuple(ANNEX, "Tests"));
        assertThat(draft.clauses().get(1).children().getFirst().kind()).isEqualTo(INFORMATIVE);
        assertThat(draft.clauses().get(2).terms()).containsExactly(new NewTerm("Risiko", List.of("Gefahr"),
                "Auswirkung von Unsicherheit", "Eins.\n\nNote 2 to entry: Zwei.", null));
        ImportedClause annex = draft.clauses().get(3);
        assertThat(annex.annexType()).isEqualTo(AnnexType.NORMATIVE);
        assertThat(annex.children().getFirst().kind()).isEqualTo(NORMATIVE);
    }

    @Test
    void markdownSyntaxInTextIsEscapedAndUnknownInlineElementsGiveTheirText() {
        String xml = """
                <standard xmlns:mml="http://www.w3.org/1998/Math/MathML">
                  <front><std-meta><title-wrap><main>T</main></title-wrap></std-meta></front>
                  <body><sec><title>A</title>
                    <p>Use a_b * c with <monospace>x</monospace>, <sup>2</sup> and <mml:math><mml:mi>y</mml:mi></mml:math>.</p>
                    <p>1. not a list</p>
                    <p>- not a bullet</p>
                    <p>Cell text <bold> bold </bold>end.</p>
                    <p>Items:<list><list-item><p>one</p><list list-type="order"><list-item><p>nested</p></list-item></list></list-item></list></p>
                  </sec></body>
                </standard>
                """;

        String body = parse(xml).clauses().getFirst().body();

        assertThat(body).isEqualTo("""
                Use a\\_b \\* c with x, 2 and y.

                1\\. not a list

                \\- not a bullet

                Cell text **bold** end.

                Items:

                - one
                  1. nested""");
    }

    @Test
    void contentOutsideASectionIsRefused() {
        String xml = "<standard><front><std-meta><title-wrap><main>T</main></title-wrap></std-meta></front>\n"
                + "<body>\n<p>stray</p><sec><title>A</title></sec></body></standard>";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(DraftImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.where()).isEqualTo("/standard/body/p");
                });
    }
}
