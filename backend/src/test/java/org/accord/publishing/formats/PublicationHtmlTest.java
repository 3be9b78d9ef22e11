package org.accord.publishing.formats;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.TermView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationHtmlTest {

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static XPath xpath() {
        return XPathFactory.newDefaultInstance().newXPath();
    }

    private static String text(Document doc, String expression) throws Exception {
        return xpath().evaluate(expression, doc);
    }

    private static int count(Document doc, String expression) throws Exception {
        return ((NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET)).getLength();
    }

    @Test
    void isWellFormedXhtmlWithLanguageTitleAndInlineStyleOnly() throws Exception {
        String html = PublicationHtml.render(Publications.rich());
        Document doc = parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"");
        assertThat(text(doc, "/*[local-name()='html']/@lang")).isEqualTo("en");
        assertThat(text(doc, "//*[local-name()='title']")).isEqualTo("ACC 42101 — Artificial intelligence — Risk management");
        assertThat(text(doc, "//*[local-name()='style']")).contains("@media print", "@page", "@bottom-center",
                "content: counter(page)");
        // nothing is fetched: no scripts, external stylesheets, images or fonts
        assertThat(count(doc, "//*[local-name()='script' or local-name()='img' or local-name()='link'][not(@rel='canonical')]"))
                .isZero();
        assertThat(html).doesNotContain("src=", "@import", "url(", "<bookmarks>");
    }

    @Test
    void everyClauseHasItsStableAnchorAndHeadingsFollowDepth() throws Exception {
        PublicationText text = Publications.rich();
        Document doc = parse(PublicationHtml.render(text));

        for (ClauseNode c : Publications.flatten(text.clauses())) {
            assertThat(count(doc, "//*[@id='c-" + c.id() + "']")).as("anchor of %s", c.number()).isEqualTo(1);
            if (c.kind().isNumberedSection()) {
                assertThat(count(doc, "//*[local-name()='section'][@id='c-" + c.id() + "']")).isEqualTo(1);
                assertThat(count(doc, "//*[local-name()='nav']//*[local-name()='a'][@href='#c-" + c.id() + "']"))
                        .as("toc entry of %s", c.number()).isEqualTo(1);
            }
        }
        assertThat(text(doc, "//*[@id='c-" + text.clauses().get(3).id() + "']/*[local-name()='h2']"))
                .isEqualTo("4 Risk management process");
        ClauseNode deep = text.clauses().get(3).children().get(2).children().get(1);
        assertThat(deep.number()).isEqualTo("4.1.1");
        assertThat(text(doc, "//*[@id='c-" + deep.id() + "']/*[local-name()='h4']")).isEqualTo("4.1.1 Sources of risk");
        assertThat(text(doc, "//*[local-name()='nav']/@aria-labelledby")).isEqualTo("toc-heading");
    }

    @Test
    void termsAreADefinitionListWithTermAnchorsAndReferencesLinkToThem() throws Exception {
        PublicationText text = Publications.rich();
        Document doc = parse(PublicationHtml.render(text));

        for (TermView t : text.clauses().get(2).terms()) {
            assertThat(count(doc, "//*[local-name()='dl'][@class='terms']/*[local-name()='dt'][@id='t-" + t.id() + "']"))
                    .isEqualTo(1);
        }
        TermView aiSystem = text.clauses().get(2).terms().getFirst();
        assertThat(count(doc, "//*[local-name()='a'][@href='#t-" + aiSystem.id() + "']")).isEqualTo(1);
        assertThat(text(doc, "//*[local-name()='dd'][@class='source'][1]")).isEqualTo("[SOURCE: ISO/IEC 22989:2022, 3.1.4]");
        assertThat(text(doc, "//*[local-name()='dd'][@class='note-to-entry'][1]"))
                .startsWith("Note 1 to entry: The engineered system");
    }

    @Test
    void notesExamplesAndAnnexesAreLabelled() throws Exception {
        PublicationText text = Publications.rich();
        Document doc = parse(PublicationHtml.render(text));

        ClauseNode note = text.clauses().get(3).children().get(1);
        assertThat(text(doc, "//*[@id='c-" + note.id() + "']/*[@class='label']")).isEqualTo("NOTE 2");
        ClauseNode example = text.clauses().get(3).children().get(2).children().getFirst();
        assertThat(text(doc, "//*[@id='c-" + example.id() + "']/@class")).isEqualTo("example");
        assertThat(text(doc, "normalize-space(//*[@id='c-" + text.clauses().get(4).id() + "']/*[local-name()='h2'])"))
                .isEqualTo("Annex A (normative) Checklist");
        assertThat(text(doc, "normalize-space(//*[@id='c-" + text.clauses().get(5).id() + "']/*[local-name()='h2'])"))
                .isEqualTo("Annex B (informative) Stakeholder engagement");
    }

    @Test
    void textThatLooksLikeMarkupIsEscaped() throws Exception {
        String html = PublicationHtml.render(Publications.rich());
        Document doc = parse(html);

        assertThat(count(doc, "//*[local-name()='script' or local-name()='b']")).isZero();
        assertThat(html).contains("Risk &lt;script&gt;alert(1)&lt;/script&gt; treatment")
                .contains("Use &lt;b&gt;tags&lt;/b&gt; &amp; ampersands")
                .contains("日本語", "\uD83D\uDE80");
    }

    @Test
    void imagesAndScriptLinksInClauseTextAreNotEmitted() throws Exception {
        PublicationText text = Publications.publication(List.of(Publications.clause("1", ClauseKind.NORMATIVE, "Scope",
                "See ![the logo](https://tracker.example/pixel.png) and [this](javascript:alert(1)) and"
                        + " [that](https://accord.example/x).\\\nNext line.")), "published");
        String html = PublicationHtml.render(text);
        Document doc = parse(html);

        assertThat(html).doesNotContain("tracker.example", "javascript:");
        assertThat(html).contains("See the logo and").contains("<br />");
        assertThat(count(doc, "//*[local-name()='a'][@href='https://accord.example/x']")).isEqualTo(1);
    }

    @Test
    void withdrawnAndSupersededPublicationsCarryAStatusBanner() throws Exception {
        for (String status : List.of("withdrawn", "superseded")) {
            Document doc = parse(PublicationHtml.render(Publications.publication(Publications.richClauses(), status)));
            assertThat(text(doc, "//*[@class='status-banner']")).as(status).contains(status);
            assertThat(text(doc, "//*[@class='status-banner']/@role")).isEqualTo("note");
        }
        assertThat(count(parse(PublicationHtml.render(Publications.rich())), "//*[@class='status-banner']")).isZero();
    }

    @Test
    void citeThisGivesReferenceUrnAndCanonicalUrl() throws Exception {
        Document doc = parse(PublicationHtml.render(Publications.rich()));
        String cite = text(doc, "normalize-space(//*[local-name()='section'][@class='cite'])");
        assertThat(cite).contains("Cite this", "ACC 42101:2026", "urn:accord:std:acc-wd-42101:ed-1:en",
                "https://accord.example/standards/42101");
    }

    @Test
    void cssStringsCannotBreakOutOfTheStyleElement() {
        assertThat(PublicationHtml.cssString("ACC \"1\" </style>")).isEqualTo("\"ACC \\22 1\\22  \\3c /style\\3e \"");
    }
}
