package org.accord.publishing.formats;

import org.accord.membership.StakeholderGroup;
import org.accord.membership.participation.Invitee;
import org.accord.membership.participation.Participation;
import org.accord.membership.participation.ParticipationReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationSectionTest {

    static ParticipationReport report() {
        UUID ke = UUID.randomUUID();
        UUID de = UUID.randomUUID();
        return Participation.report(ParticipationReport.BALLOT, UUID.randomUUID(), "Ballot 2: <DIS> | vote",
                List.of(new StakeholderGroup("SME", "SME"), new StakeholderGroup("INDUSTRY", "Industry"),
                        new StakeholderGroup("GOVERNMENT", "Government")),
                List.of(new Invitee(ke, "Grace", "Nairobi AI Hub", "KE", Set.of("SME"), true),
                        new Invitee(de, "Jonas", "Rheinwerk", "DE", Set.of("INDUSTRY"), false)),
                Set.of(ke), true).withoutPeople();
    }

    @Test
    void thePublishedHtmlCarriesAWellFormedParticipationSectionWithoutNames() throws Exception {
        PublicationText base = Publications.rich();
        PublicationText text = new PublicationText(base.urn(), base.reference(), base.title(), base.language(),
                base.edition(), base.published(), base.committee(), base.workingGroup(), base.versionLabel(),
                base.status(), base.clauses(), base.canonicalUrl(), List.of(report()));
        String html = PublicationHtml.render(text);
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        var xp = XPathFactory.newDefaultInstance().newXPath();
        assertThat(xp.evaluate("//*[@id='participation-heading']", doc)).isEqualTo("Participation");
        assertThat(xp.evaluate("//*[@id='participation']//h3", doc)).isEqualTo("Ballot 2: <DIS> | vote");
        assertThat(xp.evaluate("//*[@id='participation']//p[@class='missing-voices']", doc))
                .contains("Industry (1 invited, none took part)").contains("Government (nobody invited)");
        assertThat(xp.evaluate("count(//*[@id='participation']//tr[@class='missing'])", doc)).isEqualTo("7");
        assertThat(html).doesNotContain("Grace").doesNotContain("Jonas");
        // the section comes after the text and before "cite this"
        assertThat(html.indexOf("participation-heading")).isGreaterThan(html.indexOf("</main>"))
                .isLessThan(html.indexOf("cite-heading"));
    }

    @Test
    void withoutReportsThereIsNoSection() {
        assertThat(PublicationHtml.render(Publications.rich())).doesNotContain("participation-heading");
        assertThat(ParticipationSection.markdown(List.of())).isEmpty();
    }

    @Test
    void markdownTablesEscapeTheRoundTitle() {
        String md = ParticipationSection.markdown(List.of(report()));
        assertThat(md).contains("## Participation").contains("### Ballot 2: \\<DIS\\> \\| vote")
                .contains("| SME | 1 | 1 | 100 % |").contains("| Government (missing) | 0 | 0 | — |")
                .contains("1 of 2 invited took part (50 %).");
    }
}
