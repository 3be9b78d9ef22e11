package org.accord.crosswalk.interchange;

import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class AkomaNtosoTest {

    @Test
    void theSampleActBecomesATreeOfProvisions() throws IOException {
        AkomaNtoso.Parsed act = AkomaNtoso.parse(sample());

        assertThat(act.workIri()).isEqualTo("/akn/xx/act/2031/7/main");
        assertThat(act.expressionIri()).isEqualTo("/akn/xx/act/2031/7/eng@2031-03-14/main");
        assertThat(act.language()).isEqualTo("eng");
        assertThat(act.title()).isEqualTo("Trustworthy Automated Systems Act");
        assertThat(act.provisions()).extracting(ImportedProvision::identifier).containsExactly(
                "chp_1", "art_1", "art_2", "art_2__para_1",
                "art_2__para_1__list_1__point_a", "art_2__para_1__list_1__point_b",
                "chp_2", "art_9", "art_9__para_1", "art_9__para_2",
                "art_9__para_2__list_1__point_a", "art_9__para_2__list_1__point_b");

        Map<String, ImportedProvision> byId = act.provisions().stream()
                .collect(Collectors.toMap(ImportedProvision::identifier, Function.identity()));
        assertThat(byId.get("chp_1")).satisfies(p -> {
            assertThat(p.kind()).isEqualTo("chapter");
            assertThat(p.parentIdentifier()).isNull();
            assertThat(p.number()).isEqualTo("Chapter I");
            assertThat(p.heading()).isEqualTo("General provisions");
            assertThat(p.text()).isNull();
        });
        assertThat(byId.get("art_1")).satisfies(p -> {
            assertThat(p.parentIdentifier()).isEqualTo("chp_1");
            assertThat(p.text()).isEqualTo("This Act sets out how automated decision systems are placed on the "
                    + "market, so that people affected by them can understand and contest their outcomes.");
            assertThat(p.language()).isEqualTo("eng");
            assertThat(p.source()).isEqualTo("<article eId=\"art_1\"> line 44");
        });
        // The list's intro and wrap-up are the paragraph's own text; its points are provisions of their own.
        assertThat(byId.get("art_2__para_1")).satisfies(p -> {
            assertThat(p.kind()).isEqualTo("paragraph");
            assertThat(p.number()).isEqualTo("1.");
            assertThat(p.heading()).isNull();
            assertThat(p.text()).isEqualTo("For the purposes of this Act: Terms not defined here keep their ordinary "
                    + "meaning.");
        });
        assertThat(byId.get("art_2__para_1__list_1__point_b")).satisfies(p -> {
            assertThat(p.kind()).isEqualTo("point");
            assertThat(p.parentIdentifier()).isEqualTo("art_2__para_1");
            assertThat(p.number()).isEqualTo("(b)");
            assertThat(p.text()).as("the footnote is left out")
                    .isEqualTo("\"deployer\" means anyone using such a system under their own authority.");
        });
        assertThat(byId.get("art_9__para_2").text())
                .isEqualTo("The process referred to in paragraph 1 shall:");
        assertThat(byId.get("art_9__para_2__list_1__point_a").text())
                .isEqualTo("identify foreseeable harm to health, safety and fundamental rights;");
        assertThat(byId.get("art_9").text()).isNull();
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileIsNeverRead() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE akomaNtoso [
                  <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
                  <act><body><article eId="art_1"><num>&xxe;</num></article></body></act>
                </akomaNtoso>
                """;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> AkomaNtoso.parse(utf8(xxe)));

        assertThat(e).hasMessage("The XML declares a DOCTYPE (line 2); DTDs and entities are not accepted, to prevent "
                + "XXE and entity-expansion attacks.");
        assertThat(e.getMessage() + e.details()).doesNotContain("root:").doesNotContain("/bin/");
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol%d \"%s\">\n".formatted(i, ("&lol" + (i - 1) + ";").repeat(10)));
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n" + entities + "]>\n"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">&lol9;</akomaNtoso>";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> AkomaNtoso.parse(utf8(bomb)))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageStartingWith("The XML declares a DOCTYPE (line 2)"));
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        String broken = act("""
                <article eId="art_1">
                  <num>Article 1</num>
                  <content><p>Unclosed paragraph</content>
                </article>""");

        assertThatThrownBy(() -> AkomaNtoso.parse(utf8(broken)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The XML is not well-formed at line 6, column")
                .hasMessageContaining("\"p\"");
    }

    @Test
    void duplicateAndMissingEIdsAreAllListed() {
        String doc = act("""
                <article eId="art_1"><num>1</num><content><p>One</p></content></article>
                <article eId="art_2"><num>2</num>
                  <paragraph><num>1.</num><content><p>No id</p></content></paragraph>
                </article>
                <article eId="art_1"><num>1</num><content><p>Copy</p></content></article>""");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> AkomaNtoso.parse(utf8(doc)));

        assertThat(e.getMessage()).isEqualTo("Nothing was imported: the file has 2 problems.");
        assertThat(e.details()).containsExactly(
                "<paragraph> line 6: has no eId, so it could not be matched again on a later import.",
                "<article eId=\"art_1\"> line 8: identifier 'art_1' is also used at <article eId=\"art_1\"> line 4.");
    }

    @Test
    void provisionsQuotedByAnAmendmentAreTextNotProvisions() {
        String doc = act("""
                <article eId="art_1"><num>Article 1</num>
                  <content><p>The following article is inserted: <mod eId="art_1__mod_1"><quotedStructure>
                    <article eId="art_5a"><num>Article 5a</num><content><p>New duty.</p></content></article>
                  </quotedStructure></mod></p></content>
                </article>""");

        List<ImportedProvision> provisions = AkomaNtoso.parse(utf8(doc)).provisions();

        assertThat(provisions).singleElement().satisfies(p -> assertThat(p.text())
                .isEqualTo("The following article is inserted: Article 5a New duty."));
    }

    @Test
    void otherXmlIsRefusedByItsRoot() {
        assertThatThrownBy(() -> AkomaNtoso.parse(utf8("<?xml version=\"1.0\"?>\n<html><body/></html>")))
                .hasMessage("The file is not Akoma Ntoso 3.0: its root element (line 2) is <html> in no namespace, "
                        + "expected <akomaNtoso> in namespace http://docs.oasis-open.org/legaldocml/ns/akn/3.0.");
        assertThatThrownBy(() -> AkomaNtoso.parse(utf8(
                "<akomaNtoso xmlns=\"http://www.akomantoso.org/2.0\"><act><body/></act></akomaNtoso>")))
                .hasMessageContaining("is <akomaNtoso> in namespace http://www.akomantoso.org/2.0");
        assertThatThrownBy(() -> AkomaNtoso.parse(utf8(act(""))))
                .hasMessageStartingWith("The document has no provisions");
    }

    /** A minimal act whose body starts on line 4. */
    private static String act(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
                <act><meta/><body>
                %s
                </body></act>
                </akomaNtoso>
                """.formatted(body);
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = AkomaNtosoTest.class.getResourceAsStream("/crosswalk/akn-sample.xml")) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
