package org.accord.publishing.formats;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.TermView;
import org.accord.hostile.HostileCorpus;
import org.accord.hostile.HostileAssertions;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile payload in every text a publication carries (title, committee, working group, clause titles and
 * bodies, notes, terms with admitted terms, definitions, notes and sources, annexes): the HTML shows it as text,
 * the NISO STS XML is well-formed, passes the schema and gives the text back, the PDF renders.
 */
class HostileFormatsTest {

    private static PublicationText publication(String p, List<ClauseNode> clauses) {
        return new PublicationText("urn:accord:std:x:ed-1:en", "ACC " + p, p, "en", 1, LocalDate.of(2026, 1, 2),
                p, p, "FDIS 1", "published", clauses, "https://accord.example/standards/1");
    }

    private static List<ClauseNode> clauses(String p) {
        TermView term = new TermView(UUID.randomUUID(), "2.1", p, List.of(p, "other " + p), p, p, p);
        ClauseNode note = new ClauseNode(UUID.randomUUID(), "NOTE", ClauseKind.NOTE, null, "", p, 1, List.of(), List.of());
        return List.of(
                new ClauseNode(UUID.randomUUID(), "1", ClauseKind.NORMATIVE, null, p, p + "\n\n- " + p + "\n\n[[" + p + "]]",
                        1, List.of(), List.of(note)),
                new ClauseNode(UUID.randomUUID(), "2", ClauseKind.TERMS, null, "Terms", p, 1, List.of(term), List.of()),
                new ClauseNode(UUID.randomUUID(), "A", ClauseKind.ANNEX, AnnexType.INFORMATIVE, p, p, 1, List.of(),
                        List.of()));
    }

    @Test
    void htmlShowsEveryPayloadAsText() {
        for (String p : HostileCorpus.xss()) {
            String html = PublicationHtml.render(publication(p, clauses(p)));
            HostileAssertions.assertInert(html, "published HTML of " + p);
            String visible = HostileAssertions.text(html);
            String kept = HostileAssertions.collapse(Xml.clean(p));
            assertThat(visible).as("title shown as typed: %s", p).contains(kept);
        }
    }

    @Test
    void stsIsWellFormedValidAndKeepsTheText() throws Exception {
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (String p : HostileCorpus.xss()) {
            byte[] xml = StsWriter.write(publication(p, clauses(p)));
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)); // well-formed or throws
            assertThat(StsSchema.validate(xml)).as("schema errors for %s", p).isEmpty();
            String title = doc.getElementsByTagName("main").item(0).getTextContent();
            assertThat(title.strip()).as("STS title of %s", p).isEqualTo(Xml.clean(p).replace("\r\n", "\n").replace('\r', '\n').strip());
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        }
    }

    @Test
    void pdfRendersEveryPayload() {
        List<ClauseNode> all = new ArrayList<>();
        for (String p : HostileCorpus.xss()) {
            all.addAll(clauses(p));
        }
        byte[] pdf = PublicationPdf.render(publication("<script>alert(1)</script>", all));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
