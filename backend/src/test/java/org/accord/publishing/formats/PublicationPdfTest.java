package org.accord.publishing.formats;

import org.accord.drafting.ClauseNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationPdfTest {

    private static List<String> titles(Iterable<PDOutlineItem> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.getTitle()));
        return out;
    }

    @Test
    void containsEveryClauseNumberAndAnOutlineNestedLikeTheClauses() throws Exception {
        PublicationText text = Publications.rich();
        byte[] pdf = PublicationPdf.render(text);

        try (PDDocument doc = PDDocument.load(pdf)) {
            String content = new PDFTextStripper().getText(doc);
            for (ClauseNode c : Publications.flatten(text.clauses())) {
                assertThat(content).as("clause %s", c.number()).contains(c.number());
            }
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("ACC 42101 — Artificial intelligence — Risk management");

            List<PDOutlineItem> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertThat(titles(top)).containsExactly("1 Introduction", "2 Scope", "3 Terms and definitions",
                    "4 Risk management process", "Annex A (normative) Checklist",
                    "Annex B (informative) Stakeholder engagement");
            PDOutlineItem clause4 = top.get(3);
            assertThat(titles(clause4.children())).containsExactly("4.1 Risk identification",
                    "4.2 Risk <script>alert(1)</script> treatment");
            assertThat(titles(clause4.getFirstChild().children())).containsExactly("4.1.1 Sources of risk");
            assertThat(titles(top.get(4).children())).containsExactly("A.1 General");
        }
    }

    @Test
    void rendersA500ClauseStandardAndPrintsHowLongItTakes() throws Exception {
        PublicationText text = Publications.generated(50, 10, 150);
        assertThat(Publications.flatten(text.clauses())).hasSize(500);
        PublicationPdf.render(Publications.generated(3, 3, 20)); // warm up fonts and CSS parsing

        long start = System.nanoTime();
        byte[] pdf = PublicationPdf.render(text);
        long millis = (System.nanoTime() - start) / 1_000_000;

        try (PDDocument doc = PDDocument.load(pdf)) {
            System.out.printf("PublicationPdf: 500 clauses x ~150 words -> %d pages, %d KB, rendered in %d ms%n",
                    doc.getNumberOfPages(), pdf.length / 1024, millis);
            List<PDOutlineItem> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertThat(top).hasSize(50);
            assertThat(titles(top.getLast().children())).hasSize(9).last().isEqualTo("50.9 Requirement 50.9");
        }
    }
}
