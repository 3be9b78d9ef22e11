package org.accord.hostile;

import org.accord.balloting.ledger.BallotExportIo;
import org.accord.balloting.ledger.MalformedExportException;
import org.accord.commenting.template.CommentTemplateReader;
import org.accord.crosswalk.interchange.AkomaNtoso;
import org.accord.crosswalk.interchange.ProvisionCsv;
import org.accord.crosswalk.oscal.OlirCsv;
import org.accord.crosswalk.oscal.OscalMappingCollection;
import org.accord.drafting.io.MarkdownImporter;
import org.accord.drafting.io.StsImporter;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every importer against every malicious file: each is refused with a clear message (an
 * {@link InvalidInputException}, or for the offline verifier its {@link MalformedExportException}), never another
 * exception, an out-of-memory error or an endless parse. The database side (nothing written) is
 * {@code HostileImportIntegrationTest}.
 */
class HostileFilesTest {

    private static final String PROVISION_HEADER = "id,number,heading,text";
    private static final String OLIR_HEADER = "Clause,Instrument,Provision,Relationship,Rationale";
    static final int HUGE_LINE = 50 * 1024 * 1024;

    /** The importers, each taking the raw bytes of an upload. */
    static Map<String, Consumer<byte[]>> importers() {
        Map<String, Consumer<byte[]>> m = new LinkedHashMap<>();
        m.put("NISO STS draft", b -> new StsImporter().parse(new ByteArrayInputStream(b)));
        m.put("Markdown draft", b -> new MarkdownImporter().parse(strictUtf8(b)));
        m.put("comment template xlsx", b -> new CommentTemplateReader().read(new ByteArrayInputStream(b)));
        m.put("provision CSV", b -> ProvisionCsv.parse(b, ProvisionCsv.preview(b, 0).suggestedMapping()));
        m.put("Akoma Ntoso", AkomaNtoso::parse);
        m.put("OSCAL mapping collection", OscalMappingCollection::read);
        m.put("OLIR CSV", OlirCsv::read);
        m.put("ballot export (verifier)", b -> {
            try {
                BallotExportIo.fromJson(b);
            } catch (MalformedExportException e) {
                throw new InvalidInputException("shared.as-given", e.getMessage());
            }
        });
        return m;
    }

    /** What DraftingService does with a Markdown upload before parsing it. */
    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("drafting.import.not-utf8");
        }
    }

    private static final Map<String, Map<String, byte[]>> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Format-specific hostile files per importer, beside the common ones; generated once per test JVM. */
    static Map<String, byte[]> specific(String importer) {
        return GENERATED.computeIfAbsent(importer, HostileFilesTest::generate);
    }

    private static Map<String, byte[]> generate(String importer) {
        Map<String, byte[]> f = new LinkedHashMap<>();
        switch (importer) {
            case "NISO STS draft" -> {
                f.put("XXE", HostileFiles.xxe("standard"));
                f.put("billion laughs", HostileFiles.billionLaughs("standard"));
                f.put("10k-deep nesting", HostileFiles.deepXml("standard", 10_000));
                f.put("UTF-16 with BOM, declared UTF-8", HostileFiles.utf16("<?xml version=\"1.0\" encoding=\"UTF-8\"?><standard/>"));
                f.put("25 MB", HostileFiles.hugeLine("<standard>", 25 * 1024 * 1024));
            }
            case "Markdown draft" -> {
                f.put("50 MB single line", HostileFiles.hugeLine("# Title", HUGE_LINE));
                f.put("UTF-16 with BOM", HostileFiles.utf16("# T\n\n## 1 Scope\n\nText.\n"));
                f.put("deep headings", ("# T\n\n" + "## 1 A\n\n" + "####### 1.1.1.1.1.1 deep\n").getBytes(StandardCharsets.UTF_8));
            }
            case "comment template xlsx" -> {
                f.put("zip bomb (150 MB sheet)", HostileFiles.xlsxZipBomb(150));
                f.put("XXE in the worksheet", HostileFiles.xlsxWithDoctype("xl/worksheets/sheet1.xml", false));
                f.put("XXE in the workbook", HostileFiles.xlsxWithDoctype("xl/workbook.xml", false));
                f.put("XXE in [Content_Types].xml", HostileFiles.xlsxWithDoctype("[Content_Types].xml", false));
                f.put("billion laughs in the worksheet", HostileFiles.xlsxWithDoctype("xl/worksheets/sheet1.xml", true));
                f.put("plain XML", HostileFiles.xxe("worksheet"));
                f.put("CSV renamed", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
            }
            case "provision CSV" -> {
                f.put("50 MB single field", HostileFiles.hugeLine(PROVISION_HEADER, HUGE_LINE));
                f.put("300k rows, same id", HostileFiles.manyRows(PROVISION_HEADER, "1,1,Heading,Text", 300_000));
                f.put("broken quoting", (PROVISION_HEADER + "\n1,1,\"open,never closed\n2,2,b,c\n").getBytes(StandardCharsets.UTF_8));
                f.put("UTF-16 with BOM", HostileFiles.utf16(PROVISION_HEADER + "\n1,1,Heading,Text\n"));
                f.put("formula-only header", "=cmd|' /C calc'!A0\n".getBytes(StandardCharsets.UTF_8));
            }
            case "Akoma Ntoso" -> {
                f.put("XXE", HostileFiles.xxe("akomaNtoso"));
                f.put("billion laughs", HostileFiles.billionLaughs("akomaNtoso"));
                f.put("10k-deep nesting", HostileFiles.deepXml("akomaNtoso", 10_000));
                f.put("UTF-16 with BOM, declared UTF-8", HostileFiles.utf16("<?xml version=\"1.0\" encoding=\"UTF-8\"?><akomaNtoso/>"));
            }
            case "OSCAL mapping collection" -> {
                f.put("100k-deep arrays", HostileFiles.deepJson(100_000));
                f.put("100k-deep objects", HostileFiles.deepJsonObject("mapping-collection", 100_000));
                f.put("huge numbers", HostileFiles.hugeNumbers("mapping-collection"));
                f.put("UTF-16 with BOM", HostileFiles.utf16("{\"mapping-collection\":{}}"));
                f.put("50 MB string", HostileFiles.hugeLine("{\"mapping-collection\":\"", HUGE_LINE));
                f.put("XML instead", HostileFiles.xxe("mapping-collection"));
            }
            case "OLIR CSV" -> {
                f.put("50 MB single field", HostileFiles.hugeLine(OLIR_HEADER, HUGE_LINE));
                f.put("300k bad rows", HostileFiles.manyRows(OLIR_HEADER, "5.1,EU,Art. 9,nonsense,semantic", 300_000));
                f.put("UTF-16 with BOM", HostileFiles.utf16(OLIR_HEADER + "\n5.1,EU,Art. 9,equal,semantic\n"));
                f.put("broken quoting", (OLIR_HEADER + "\n\"5.1,EU,Art. 9,equal,semantic\n").getBytes(StandardCharsets.UTF_8));
            }
            case "ballot export (verifier)" -> {
                f.put("100k-deep arrays", HostileFiles.deepJson(100_000));
                f.put("100k-deep objects", HostileFiles.deepJsonObject("rule", 100_000));
                f.put("huge numbers", HostileFiles.hugeNumbers("rule"));
                f.put("UTF-16 with BOM", HostileFiles.utf16("{}"));
            }
            default -> throw new IllegalArgumentException(importer);
        }
        return f;
    }

    /** Number of (file, importer) pairs, for the report. */
    static int pairs() {
        return importers().keySet().stream().mapToInt(i -> HostileFiles.common().size() + specific(i).size()).sum();
    }

    @TestFactory
    List<DynamicTest> everyImporterRefusesEveryHostileFileCleanly() {
        List<DynamicTest> tests = new ArrayList<>();
        importers().forEach((importer, parse) -> {
            Map<String, byte[]> files = new LinkedHashMap<>(HostileFiles.common());
            files.putAll(specific(importer));
            files.forEach((file, bytes) -> tests.add(DynamicTest.dynamicTest(importer + " ← " + file, () -> {
                Throwable thrown = catchThrowable(() -> parse.accept(bytes));
                assertThat(thrown).as("%s must refuse the %s", importer, file).isInstanceOf(InvalidInputException.class);
                assertThat(thrown.getMessage()).as("a message a person can act on").isNotBlank().hasSizeLessThan(2000)
                        .doesNotContain("Exception", "root:x:0:0");
            })));
        });
        return tests;
    }
}
