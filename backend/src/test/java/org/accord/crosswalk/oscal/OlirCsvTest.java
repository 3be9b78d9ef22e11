package org.accord.crosswalk.oscal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class OlirCsvTest {

    @Test
    void writeThenReadGivesTheSameRecords() {
        List<MappingRecord> records = SampleRecords.withoutIds();

        assertThat(OlirCsv.read(OlirCsv.write(records).getBytes(UTF_8))).containsExactlyElementsOf(records);
    }

    @Test
    void writesTheOlirColumnsAndLabels() {
        String csv = OlirCsv.write(SampleRecords.RECORDS.subList(2, 3));

        assertThat(csv.lines().toList()).containsExactly(
                "Focal Document Element,Reference Document,Reference Document Element,Relationship,Rationale,"
                        + "Strength of Relationship,Explanation,Provenance,Review Status,Author,Clause Revision",
                "5.1,EU-AIA,Art. 9,subset of,functional,7,Covers part of the risk system.,automation,draft,Author 5,1");
    }

    @Test
    void strmColumnNamesAndEveryRelationshipSpellingAreUnderstood() {
        String csv = """
                \uFEFFfde #,Reference DOCUMENT,RDE #,Set Theory Relationship Type,STRM Rationale,Strength of Relationship (optional),Notes
                4.1,EU-AIA,Art. 17,equal-to,syntactic,10,
                4.2,EU-AIA,Art. 17,Equivalent To,semantic,,
                5.1,EU-AIA,Art. 9,subset,functional,6,
                5.2,EU-AIA,Art. 10,Superset_Of,semantic,,
                6.1,EU-AIA,Art. 11,intersects-with,semantic,3,
                6.2,EU-AIA,Art. 12,not_related,semantic,,
                6.3,EU-AIA,Art. 13,not related to,semantic,0,
                6.4,EU-AIA,Art. 14,no-relationship,semantic,,

                """;

        List<MappingRecord> records = OlirCsv.read(csv.getBytes(UTF_8));

        assertThat(records).extracting(MappingRecord::relationship).containsExactly(Relationship.EQUAL,
                Relationship.EQUAL, Relationship.SUBSET_OF, Relationship.SUPERSET_OF, Relationship.INTERSECTS_WITH,
                Relationship.NO_RELATIONSHIP, Relationship.NO_RELATIONSHIP, Relationship.NO_RELATIONSHIP);
        assertThat(records.getFirst()).isEqualTo(new MappingRecord("4.1", null, "EU-AIA", "Art. 17",
                Relationship.EQUAL, Rationale.SYNTACTIC, 10, null, Provenance.HUMAN, ReviewStatus.DRAFT, null, null,
                null));
    }

    @Test
    void everyBadRowIsReportedByLineAndNothingIsImported() {
        String csv = """
                Focal Document Element,Reference Document,Reference Document Element,Relationship,Rationale,Strength of Relationship
                4.1,EU-AIA,Art. 17,equal,syntactic,
                4.2,EU-AIA,Art. 17,similar,semantic,
                5.1,EU-AIA,,subset of,semantic,
                "5.2
                continued",EU-AIA,Art. 9,subset of,semantic,eleven
                6.1,EU-AIA,Art. 10,equal,semantic,7
                """;

        assertThatThrownBy(() -> OlirCsv.read(csv.getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("4 rows have errors")
                .satisfies(e -> assertThat(((InvalidInputException) e).details()).containsExactly(
                        "line 3: Unknown relationship 'similar': use equal, subset of, superset of, intersects with "
                                + "or no relationship",
                        "line 4: Reference Document Element is empty",
                        "line 5: Strength of Relationship must be a whole number, was 'eleven'",
                        "line 7: A mapping with relationship equal has strength 10, not 7"));
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> OlirCsv.read("FDE #,Relationship\n4.1,equal\n".getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details()).containsExactly(
                        "The column Reference Document is missing", "The column Reference Document Element is missing",
                        "The column Rationale is missing"));
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = "FDE #,Reference Document,RDE #,Relationship,Rationale\n4.1,EU-AIA,Art. 17,equal,syntactic\n4.2,EU-AIA,Art. 17 \u00a7 2,equal,syntactic\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> OlirCsv.read(latin1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8")
                .satisfies(e -> assertThat(((InvalidInputException) e).details()).containsExactly(
                        "line 3: bytes that are not UTF-8"));
    }
}
