package org.accord.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.accord.crosswalk.interchange.ImportedProvision;
import org.accord.crosswalk.interchange.ProvisionCsv;
import org.accord.crosswalk.oscal.MappingRecord;
import org.accord.crosswalk.oscal.OlirCsv;
import org.accord.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the importers: random bytes and valid files mutated at random (bytes flipped, ranges cut, repeated or
 * replaced by hostile text, truncated) give either a clean result or an {@link InvalidInputException}, never
 * another exception; structurally valid random rows import as written or are refused with a message.
 */
class ImporterFuzzPropertyTest {

    private static final Map<String, Consumer<byte[]>> IMPORTERS = HostileFilesTest.importers();
    private static final String OLIR_HEADER = "Clause,Instrument,Provision,Relationship,Rationale,Strength,Explanation";

    private static final Map<String, byte[]> SAMPLES = Map.of(
            "NISO STS draft", resource("/drafting/io/risk-management-sts.xml"),
            "Markdown draft", resource("/drafting/io/all-constructs.md"),
            "comment template xlsx", HostileFiles.templateXlsx(),
            "provision CSV", "id,parent,number,heading,text\nA1,,1,Scope,Applies.\nA2,A1,1.1,\"Risk, data\",\"Keep\nrecords\"\n"
                    .getBytes(StandardCharsets.UTF_8),
            "Akoma Ntoso", resource("/crosswalk/akn-sample.xml"),
            "OSCAL mapping collection", resource("/oscal/sample-mapping-collection.json"),
            "OLIR CSV", (OLIR_HEADER + "\n5.1,EU-AIA,Art. 9,subset of,semantic,7,Covers part\n6.2,EU-AIA,Art. 11,equal,syntactic,10,\"Same, words\"\n")
                    .getBytes(StandardCharsets.UTF_8),
            "ballot export (verifier)", "{\"format\":\"accord-ballot-export\",\"version\":1}".getBytes(StandardCharsets.UTF_8));

    private static byte[] resource(String name) {
        try (InputStream in = ImporterFuzzPropertyTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the importer; anything but success or a clean refusal fails with the input's size. */
    private static void importOrRefuse(String importer, byte[] data) {
        try {
            IMPORTERS.get(importer).accept(data);
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).as(importer).isNotBlank();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(importer + " threw " + e + " on " + data.length + " bytes", e);
        }
    }

    @Provide
    Arbitrary<String> importers() {
        return Arbitraries.of(List.copyOf(IMPORTERS.keySet()));
    }

    @Property(tries = 400)
    void randomBytesAreRefusedCleanly(@ForAll("importers") String importer, @ForAll @Size(max = 2000) byte[] data) {
        importOrRefuse(importer, data);
    }

    @Property(tries = 800)
    void mutatedValidFilesImportOrAreRefusedCleanly(@ForAll("importers") String importer, @ForAll long seed) {
        importOrRefuse(importer, mutate(SAMPLES.get(importer), new Random(seed)));
    }

    /** Up to five random edits of a valid file. */
    static byte[] mutate(byte[] sample, Random random) {
        byte[] data = sample.clone();
        int edits = 1 + random.nextInt(5);
        List<String> hostile = HostileCorpus.xss();
        for (int k = 0; k < edits && data.length > 1; k++) {
            int at = random.nextInt(data.length);
            int len = Math.min(data.length - at, 1 + random.nextInt(64));
            data = switch (random.nextInt(6)) {
                case 0 -> { // flip bits
                    data[at] ^= (byte) (1 << random.nextInt(8));
                    yield data;
                }
                case 1 -> splice(data, at, len, new byte[0]); // cut
                case 2 -> splice(data, at, 0, Arrays.copyOfRange(data, at, at + len)); // repeat
                case 3 -> splice(data, at, len, hostile.get(random.nextInt(hostile.size()))
                        .getBytes(StandardCharsets.UTF_8)); // hostile text
                case 4 -> Arrays.copyOf(data, at); // truncate
                default -> splice(data, at, 0, new byte[]{(byte) random.nextInt(256), (byte) random.nextInt(256)});
            };
        }
        return data;
    }

    private static byte[] splice(byte[] data, int at, int remove, byte[] insert) {
        byte[] out = new byte[data.length - remove + insert.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(data, at + remove, out, at + insert.length, data.length - at - remove);
        return out;
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of(HostileCorpus.storable().stream().filter(s -> s.length() < 500).toList()));
    }

    /** Rows of any text in the right columns: imported exactly as written (trimmed), or refused with a message. */
    @Property(tries = 300)
    void provisionRowsImportAsWrittenOrAreRefused(@ForAll("rowLists") List<List<String>> rows) throws IOException {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter p = CSVFormat.RFC4180.builder().setHeader("id", "number", "heading", "text").get().print(csv)) {
            for (int i = 0; i < rows.size(); i++) {
                p.printRecord("P" + i, rows.get(i).get(0), rows.get(i).get(1), rows.get(i).get(2));
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<ImportedProvision> imported;
        try {
            imported = ProvisionCsv.parse(bytes, new ProvisionCsv.ColumnMapping("id", null, "number", "heading", "text", null));
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(imported).extracting(ImportedProvision::identifier)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> "P" + i).toList());
    }

    @Provide
    Arbitrary<List<List<String>>> rowLists() {
        return cells().list().ofSize(3).list().ofMinSize(1).ofMaxSize(20);
    }

    /** OLIR rows with any text in the free columns round-trip through export and import, or are refused. */
    @Property(tries = 300)
    void olirRowsRoundTripOrAreRefused(@ForAll("cells") String clause, @ForAll("cells") String provision,
                                       @ForAll("cells") String explanation) {
        String csv;
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = CSVFormat.RFC4180.builder().setHeader(OLIR_HEADER.split(",")).get().print(sb)) {
            p.printRecord(clause, "EU-AIA", provision, "intersects with", "semantic", 5, explanation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        csv = sb.toString();
        List<MappingRecord> read;
        try {
            read = OlirCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        List<MappingRecord> again = OlirCsv.read(OlirCsv.write(read).getBytes(StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(new ArrayList<>(read));
    }
}
