package org.accord.publishing.formats;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StsSchemaTest {

    @Test
    void writerOutputForARichPublicationIsValid() {
        assertThat(StsSchema.validate(StsWriter.write(Publications.rich()))).isEmpty();
    }

    @Test
    void generatedLongPublicationIsValid() {
        assertThat(StsSchema.validate(StsWriter.write(Publications.generated(20, 5, 60)))).isEmpty();
    }

    @Test
    void aHandBrokenDocumentFailsWithLineNumberedErrors() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/publishing/broken-sts.xml")) {
            xml = in.readAllBytes();
        }

        List<String> errors = StsSchema.validate(xml);

        // a section without a title (reported at line 19, where the title was expected); an unknown annex type
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("line 19,").contains("title"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("line 26,").contains("(mandatory)"));
    }

    @Test
    void notWellFormedXmlIsReportedWithItsLine() {
        String xml = "<?xml version=\"1.0\"?>\n<standard dtd-version=\"1.2\" xml:lang=\"en\">\n<front>\n</standard>\n";
        List<String> errors = StsSchema.validate(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(errors).singleElement().asString().startsWith("line 4,");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpandedOrFetched() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE standard [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <standard dtd-version="1.2" xml:lang="en">&xxe;</standard>
                """;
        List<String> errors = StsSchema.validate(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(errors).singleElement().asString().startsWith("line 2,").containsIgnoringCase("DOCTYPE");
    }

    @Test
    void anExternalSchemaLocationInTheDocumentIsNotFollowed() {
        String xml = new String(StsWriter.write(Publications.rich()), StandardCharsets.UTF_8).replace(
                "<standard ", "<standard xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                              + " xsi:noNamespaceSchemaLocation=\"http://example.invalid/other.xsd\" ");
        assertThat(StsSchema.validate(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
