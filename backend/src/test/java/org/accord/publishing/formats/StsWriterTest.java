package org.accord.publishing.formats;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseNumbering;
import org.accord.drafting.NewTerm;
import org.accord.drafting.TermView;
import org.accord.drafting.io.ImportedClause;
import org.accord.drafting.io.ImportedDraft;
import org.accord.drafting.io.StsImporter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StsWriterTest {

    @Test
    void writesTheNisoStsRootFrontMatterAndStableIds() {
        PublicationText text = Publications.rich();
        String xml = new String(StsWriter.write(text), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<standard xmlns:tbx=\"urn:iso:std:iso:30042:ed-1\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:mml=\"http://www.w3.org/1998/Math/MathML\""
                + " dtd-version=\"1.2\" xml:lang=\"en\">\n  <front>\n    <std-meta>\n");
        assertThat(xml).contains("<main>Artificial intelligence — Risk management</main>",
                "<doc-number>42101</doc-number>", "<edition>1</edition>",
                "<std-ref type=\"undated\">ACC 42101</std-ref>", "<std-ref type=\"dated\">ACC 42101:2026</std-ref>",
                "<release-date date-type=\"published\" iso-8601-date=\"2026-03-02\">2026-03-02</release-date>",
                "<meta-name>urn</meta-name>", "<meta-value>urn:accord:std:acc-wd-42101:ed-1:en</meta-value>");
        for (ClauseNode c : Publications.flatten(text.clauses())) {
            assertThat(xml).contains("id=\"c-" + c.id() + "\"");
        }
        assertThat(xml).contains("<sec id=\"c-" + text.clauses().get(2).id() + "\" sec-type=\"terms\">")
                .contains("<app id=\"c-" + text.clauses().get(4).id() + "\" content-type=\"norm-annex\">")
                .contains("<annex-type>(informative)</annex-type>")
                .contains("<list list-type=\"order\">", "<table-wrap>", "<th>Risk</th>", "<td>Drift &amp; decay</td>")
                .contains("<bold>risks</bold> and <italic>impacts</italic>")
                .contains("treatment of AI system risks.")
                .contains("<title>Risk &lt;script&gt;alert(1)&lt;/script&gt; treatment</title>")
                .contains("<tbx:normativeAuthorization value=\"admittedTerm\"/>")
                .doesNotContain("<script>", "[[");
    }

    @Test
    void outputIsDeterministic() {
        PublicationText text = Publications.rich();
        assertThat(StsWriter.write(text)).isEqualTo(StsWriter.write(text));
    }

    @Test
    void roundTripsThroughTheStsImporter() {
        PublicationText text = Publications.rich();

        ImportedDraft draft = new StsImporter().parse(new ByteArrayInputStream(StsWriter.write(text)));

        assertThat(draft.title()).isEqualTo(text.title());
        assertThat(draft.reference()).isEqualTo(text.reference());
        assertThat(draft.language()).isEqualTo("en");
        List<ClauseNode> expected = Publications.flatten(text.clauses());
        List<Read> actual = numbered(draft.clauses());
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ClauseNode e = expected.get(i);
            Read a = actual.get(i);
            assertThat(a.number()).as("number of %s", e.number()).isEqualTo(e.number());
            assertThat(a.clause().kind()).as("kind of %s", e.number()).isEqualTo(e.kind());
            assertThat(a.clause().annexType()).as("annex type of %s", e.number()).isEqualTo(e.annexType());
            assertThat(a.clause().title()).as("title of %s", e.number()).isEqualTo(e.title());
            // term references are written as the plain term
            assertThat(a.clause().body()).as("text of %s", e.number()).isEqualTo(e.text().replaceAll("\\[\\[(.*?)]]", "$1"));
        }
        List<NewTerm> terms = actual.stream().flatMap(r -> r.clause().terms().stream()).toList();
        List<TermView> written = text.clauses().get(2).terms();
        assertThat(terms).extracting(NewTerm::term).containsExactly("AI system", "risk", "stakeholder");
        for (int i = 0; i < written.size(); i++) {
            TermView w = written.get(i);
            assertThat(terms.get(i)).isEqualTo(new NewTerm(w.term(), w.admittedTerms(), w.definition(), w.note(), w.source()));
        }
    }

    private record Read(String number, ImportedClause clause) {
    }

    /** Imported clauses in document order with the numbers the drafting service would derive. */
    private static List<Read> numbered(List<ImportedClause> clauses) {
        Map<ImportedClause, UUID> ids = new IdentityHashMap<>();
        List<ClauseNumbering.Node> nodes = new ArrayList<>();
        List<ImportedClause> order = new ArrayList<>();
        collect(clauses, null, ids, nodes, order);
        Map<UUID, String> numbers = ClauseNumbering.number(nodes);
        return order.stream().map(c -> new Read(numbers.get(ids.get(c)), c)).toList();
    }

    private static void collect(List<ImportedClause> clauses, UUID parent, Map<ImportedClause, UUID> ids,
                                List<ClauseNumbering.Node> nodes, List<ImportedClause> order) {
        int position = 0;
        for (ImportedClause c : clauses) {
            UUID id = UUID.randomUUID();
            ids.put(c, id);
            order.add(c);
            nodes.add(new ClauseNumbering.Node(id, parent, ++position, c.kind()));
            collect(c.children(), id, ids, nodes, order);
        }
    }

    @Test
    void docNumberIsTheNumericPartOfTheReference() {
        assertThat(StsWriter.docNumber("ACC 42101")).isEqualTo("42101");
        assertThat(StsWriter.docNumber("ACC/TS 5259-2")).isEqualTo("5259-2");
        assertThat(StsWriter.docNumber("ACC Guide")).isEqualTo("ACC Guide");
    }

    @Test
    void emptyAndKindOnlyClausesStillWriteValidXml() {
        PublicationText text = Publications.publication(List.of(
                Publications.clause("1", ClauseKind.NORMATIVE, "Scope", null,
                        Publications.labelled("NOTE", ClauseKind.NOTE, ""))), "published");
        assertThat(StsSchema.validate(StsWriter.write(text))).isEmpty();
    }
}
