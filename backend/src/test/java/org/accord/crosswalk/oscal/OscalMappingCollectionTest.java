package org.accord.crosswalk.oscal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.accord.crosswalk.oscal.SampleRecords.INFO;
import static org.accord.crosswalk.oscal.SampleRecords.RECORDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OscalMappingCollectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writtenCollectionIsValidAgainstTheSchema() {
        String json = OscalMappingCollection.write(INFO, RECORDS);

        assertThat(OscalMappingCollection.validate(json)).isEmpty();
    }

    @Test
    void writeThenReadGivesTheSameRecordsAndInfo() {
        OscalMappingCollection.Parsed parsed = OscalMappingCollection.read(
                OscalMappingCollection.write(INFO, RECORDS).getBytes(UTF_8));

        assertThat(parsed.records()).containsExactlyElementsOf(RECORDS);
        assertThat(parsed.info()).isEqualTo(INFO);
    }

    @Test
    void outputIsDeterministicAndShapedAsOscalExpects() {
        String json = OscalMappingCollection.write(INFO, RECORDS);
        assertThat(OscalMappingCollection.write(INFO, RECORDS)).isEqualTo(json);

        JsonNode c = JSON.readTree(json).get("mapping-collection");
        assertThat(c.at("/metadata/oscal-version").asString()).isEqualTo("1.2.0");
        assertThat(c.at("/provenance/method").asString()).isEqualTo("hybrid");
        assertThat(c.at("/provenance/status").asString()).isEqualTo("not-complete");
        assertThat(c.get("mappings")).hasSize(2);
        JsonNode first = c.at("/mappings/0");
        assertThat(first.at("/source-resource/type").asString()).isEqualTo("catalog");
        String target = first.at("/target-resource/href").asString();
        assertThat(target).startsWith("#");
        JsonNode resource = c.at("/back-matter/resources/1");
        assertThat(resource.get("uuid").asString()).isEqualTo(target.substring(1));
        assertThat(resource.at("/rlinks/0/href").asString()).isEqualTo("http://data.europa.eu/eli/reg/2024/1689/oj");
        JsonNode map = first.at("/maps/0");
        assertThat(map.get("relationship").asString()).isEqualTo("equal-to");
        assertThat(first.at("/maps/1/relationship").asString()).isEqualTo("equivalent-to");
        assertThat(map.at("/sources/0/id-ref").asString()).isEqualTo("4.1");
        assertThat(map.at("/targets/0/id-ref").asString()).isEqualTo("Art. 17(1)");
        assertThat(map.get("remarks").asString()).isEqualTo("Same wording.");
        assertThat(map.get("props").findValuesAsString("ns")).containsOnly(OscalMappingCollection.NS);
        assertThat(map.get("props").findValuesAsString("name"))
                .containsExactly("provenance", "review-status", "strength", "author", "clause-revision", "clause-uuid");
    }

    @Test
    void aSingleMethodIsTheCollectionsMethodAndAllApprovedIsComplete() {
        List<MappingRecord> approvedByHand = RECORDS.stream().map(r -> new MappingRecord(r.clauseRef(), r.clauseId(),
                r.instrumentCode(), r.provisionRef(), r.relationship(), r.rationale(), r.strength(), r.explanation(),
                Provenance.HUMAN, ReviewStatus.APPROVED, r.author(), r.clauseRevision(), r.uuid())).toList();

        JsonNode provenance = JSON.readTree(OscalMappingCollection.write(INFO, approvedByHand))
                .at("/mapping-collection/provenance");

        assertThat(provenance.get("method").asString()).isEqualTo("human");
        assertThat(provenance.get("status").asString()).isEqualTo("complete");
    }

    @Test
    void nothingToExportIsRefused() {
        assertThatThrownBy(() -> OscalMappingCollection.write(INFO, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no mappings");
    }

    @Test
    void aNistStyleFileIsReadWithOscalSpellingsAndDefaults() throws IOException {
        OscalMappingCollection.Parsed parsed = OscalMappingCollection.read(resource("sample-mapping-collection.json"));

        CollectionInfo info = parsed.info();
        assertThat(info.title()).startsWith("prEN 18286");
        assertThat(info.lastModified()).isEqualTo(Instant.parse("2025-06-30T13:00:00Z"));
        assertThat(info.sourceTitle()).isEqualTo("prEN 18286:2025");
        assertThat(info.sourceHref()).isEqualTo("https://standards.example/prEN-18286");
        assertThat(info.targets()).extracting(CollectionInfo.Target::code).containsExactly(
                "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
                "https://example.org/oscal/iso-iec-42001-profile.json");

        List<MappingRecord> records = parsed.records();
        assertThat(records).extracting(MappingRecord::clauseRef, MappingRecord::provisionRef,
                        MappingRecord::relationship, MappingRecord::rationale, MappingRecord::provenance)
                .containsExactly(
                        tuple("4.1", "Art. 17(1)", Relationship.EQUAL, Rationale.SEMANTIC, Provenance.HUMAN),
                        tuple("5.2", "Art. 17(1)(a)", Relationship.EQUAL, Rationale.SYNTACTIC, Provenance.HUMAN),
                        tuple("6.2", "Art. 9(2)", Relationship.SUBSET_OF, Rationale.SEMANTIC, Provenance.HUMAN),
                        tuple("6.2", "Art. 9(8)", Relationship.SUBSET_OF, Rationale.SEMANTIC, Provenance.HUMAN),
                        tuple("7.3", "A.6.2.4", Relationship.INTERSECTS_WITH, Rationale.FUNCTIONAL,
                                Provenance.AUTOMATION));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.DRAFT);
            assertThat(r.strength()).isNull();
            assertThat(r.clauseId()).isNull();
        });
        assertThat(records.getFirst().uuid()).isEqualTo(UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));
        assertThat(records.get(2).uuid()).isNotEqualTo(records.get(3).uuid());
    }

    @Test
    void anInvalidFileIsRejectedWithEachErrorAtItsPath() {
        assertThatThrownBy(() -> OscalMappingCollection.read(resource("invalid-mapping-collection.json")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The file is not a valid OSCAL mapping collection")
                .extracting(e -> ((InvalidInputException) e).details(), type(List.class))
                .satisfies(details -> assertThat(String.join("\n", (List<String>) details))
                        .isEqualTo("""
                                /mapping-collection/mappings/0/maps/0: required property 'uuid' not found
                                /mapping-collection/mappings/0/maps/1/relationship: does not have a value in the \
                                enumeration ["equivalent-to", "equal-to", "subset-of", "superset-of", \
                                "intersects-with", "no-relationship"]
                                /mapping-collection/mappings/0/maps/2: property 'strength' is not defined in the \
                                schema and the schema does not allow additional properties"""));
    }

    @Test
    void relationshipsOutsideOscalsTokensAreRejectedBySpelling() {
        String json = OscalMappingCollection.write(INFO, RECORDS.subList(0, 1))
                .replace("\"equal-to\"", "\"not-related-to\"");

        assertThatThrownBy(() -> OscalMappingCollection.read(json.getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details())
                        .anyMatch(d -> d.startsWith("/mapping-collection/mappings/0/maps/0/relationship: ")));
    }

    @Test
    void aRelationshipOfAnotherNamespaceThatWeCannotReadNamesTheMap() {
        MappingRecord record = RECORDS.getFirst();
        String json = OscalMappingCollection.write(INFO, List.of(record)).replace("\"relationship\" : \"equal-to\"",
                "\"ns\" : \"https://example.org/ns/mappings\",\n\"relationship\" : \"related-to\"");

        assertThatThrownBy(() -> OscalMappingCollection.read(json.getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details())
                        .containsExactly("map " + record.uuid() + ": Unknown relationship 'related-to': use equal, "
                                + "subset of, superset of, intersects with or no relationship"));
    }

    @Test
    void aStrengthThatContradictsTheRelationshipIsRejected() {
        String json = OscalMappingCollection.write(INFO, RECORDS.subList(0, 1))
                .replace("\"value\" : \"10\"", "\"value\" : \"7\"");

        assertThatThrownBy(() -> OscalMappingCollection.read(json.getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details())
                        .singleElement(STRING)
                        .contains(RECORDS.getFirst().uuid().toString(), "strength 10"));
    }

    @Test
    void aFileThatIsNoMappingCollectionIsToldSoAtTheRoot() {
        assertThatThrownBy(() -> OscalMappingCollection.read("{\"catalog\": {}}".getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).details()).contains(
                        "/: required property 'mapping-collection' not found"));
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        byte[] json = "{\n  \"mapping-collection\": {\n    \"uuid\": 12,,\n  }\n}".getBytes(UTF_8);

        assertThatThrownBy(() -> OscalMappingCollection.read(json))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3, column");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OscalMappingCollectionTest.class.getResourceAsStream("/oscal/" + name)) {
            return in.readAllBytes();
        }
    }
}
