package org.accord.crosswalk.oscal;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.hostile.HostileAssertions;
import org.accord.hostile.HostileCorpus;
import org.accord.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile text in mapping explanations, authors and references: OLIR CSV defuses formulas and round-trips, OSCAL JSON keeps it as a string. */
class HostileInterchangeTest {

    private static MappingRecord record(String p) {
        return new MappingRecord("5.1", OscalMappingCollection.nameUuid("clause 5.1"), "EU-AIA", "Art. 9",
                Relationship.SUBSET_OF, Rationale.SEMANTIC, 7, p, Provenance.HUMAN, ReviewStatus.DRAFT, p, 1,
                OscalMappingCollection.nameUuid("map " + p));
    }

    @Test
    void olirCsvDefusesFormulasAndImportsBackUnchanged() throws Exception {
        for (String p : HostileCorpus.xss().stream().map(HostileCorpus::normalise).toList()) { // as stored
            String csv = OlirCsv.write(List.of(record(p)));
            for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(csv))) {
                row.forEach(field -> assertThat(HostileAssertions.formulaLike(field))
                        .as("field %s of payload %s", field, p).isFalse());
            }
            MappingRecord back = OlirCsv.read(csv.getBytes(StandardCharsets.UTF_8)).getFirst();
            String expected = p.strip().isEmpty() ? null : p.strip();
            assertThat(back.explanation()).as("round trip of %s", p).isEqualTo(expected);
            assertThat(back.author()).isEqualTo(expected);
        }
    }

    @Test
    void oscalJsonKeepsTheTextAsAString() {
        JsonMapper json = JsonMapper.builder().build();
        for (String p : HostileCorpus.xss().stream().map(HostileCorpus::normalise).toList()) { // as stored
            CollectionInfo info = new CollectionInfo(UUID.randomUUID(), p, "1", Instant.parse("2026-01-01T00:00:00Z"),
                    p, null, List.of(new CollectionInfo.Target("EU-AIA", p, null)));
            String out = OscalMappingCollection.write(info, List.of(record(p)));
            JsonNode tree = json.readTree(out); // well-formed JSON or throws
            assertThat(tree.at("/mapping-collection/metadata/title").asString()).isEqualTo(p);
            try {
                OscalMappingCollection.Parsed parsed = OscalMappingCollection.read(out.getBytes(StandardCharsets.UTF_8));
                assertThat(parsed.records().getFirst().explanation()).as("OSCAL round trip of %s", p)
                        .isIn(p, p.strip());
            } catch (InvalidInputException refused) {
                assertThat(refused.getMessage()).isNotBlank(); // the schema may refuse, but only cleanly
            }
        }
    }
}
