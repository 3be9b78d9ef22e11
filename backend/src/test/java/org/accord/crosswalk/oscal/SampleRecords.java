package org.accord.crosswalk.oscal;

import static org.accord.crosswalk.mapping.Provenance.*;
import static org.accord.crosswalk.mapping.Rationale.*;
import static org.accord.crosswalk.mapping.Relationship.*;
import static org.accord.crosswalk.mapping.ReviewStatus.*;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;

/** Mappings that between them use every relationship, rationale, provenance and review status. */
final class SampleRecords {

    static final CollectionInfo INFO = new CollectionInfo(UUID.fromString("3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9"),
            "prEN 18286 to the AI Act and the Council of Europe Convention", "0.4",
            Instant.parse("2025-07-01T12:30:00Z"), "prEN 18286:2025", "https://standards.example/prEN-18286",
            List.of(new CollectionInfo.Target("EU-AIA", "Regulation (EU) 2024/1689 (AI Act)",
                            "http://data.europa.eu/eli/reg/2024/1689/oj"),
                    new CollectionInfo.Target("COE-AI", "Framework Convention on Artificial Intelligence", null)));

    /** Grouped by instrument as {@link OscalMappingCollection#write} writes them, so a round trip keeps the order. */
    static final List<MappingRecord> RECORDS = List.of(
            record("4.1", "EU-AIA", "Art. 17(1)", EQUAL, SYNTACTIC, 10, "Same wording.", HUMAN, APPROVED, 1),
            record("4.2", "EU-AIA", "Art. 17(1)(b)", EQUAL, SEMANTIC, null, "Même sens — «same meaning» ✓", HUMAN,
                    REVIEWED, 2),
            record("5.1", "EU-AIA", "Art. 9", SUBSET_OF, FUNCTIONAL, 7, "Covers part of the risk system.", AUTOMATION,
                    DRAFT, 1),
            record("5.2", "EU-AIA", "Art. 10(2)", SUPERSET_OF, SEMANTIC, 4, "Adds data-governance steps.\nSecond line.",
                    HYBRID, REVIEWED, 3),
            record("6.2", "EU-AIA", "Art. 11", INTERSECTS_WITH, SYNTACTIC, null, "Overlap: \"technical documentation\"",
                    HUMAN, DRAFT, 1),
            record("7.1", "EU-AIA", "Art. 5", NO_RELATIONSHIP, FUNCTIONAL, 0, "No overlap.", HUMAN, APPROVED, 1),
            record("4.1", "COE-AI", "Art. 16", INTERSECTS_WITH, SEMANTIC, 3, "日本語の説明", AUTOMATION, DRAFT, 1),
            record("5.1", "COE-AI", "Art. 8", SUBSET_OF, SYNTACTIC, null, "Σύνοψη, a résumé, 🙂", HYBRID, REVIEWED,
                    null),
            record("6.1", "COE-AI", "Art. 12", SUPERSET_OF, FUNCTIONAL, 9, "Policies, procedures; records", HUMAN,
                    APPROVED, 4),
            record("8.3", "COE-AI", "Art. 4", EQUAL, FUNCTIONAL, null, "Equivalent in effect.", AUTOMATION, DRAFT, 2));

    private SampleRecords() {
    }

    private static MappingRecord record(String clause, String instrument, String provision,
                                        Relationship relationship, Rationale rationale, Integer strength,
                                        String explanation, Provenance provenance, ReviewStatus status,
                                        Integer revision) {
        // version 5 uuids: OSCAL accepts only those and random ones
        UUID clauseId = OscalMappingCollection.nameUuid("clause " + clause);
        UUID mapId = OscalMappingCollection.nameUuid("test map " + clause + "|" + instrument + "|" + provision);
        return new MappingRecord(clause, clauseId, instrument, provision, relationship, rationale, strength,
                explanation, provenance, status, "Author " + clause.charAt(0), revision, mapId);
    }

    /** The same mappings as CSV carries them: no clause ids and no map uuids. */
    static List<MappingRecord> withoutIds() {
        return RECORDS.stream().map(r -> new MappingRecord(r.clauseRef(), null, r.instrumentCode(), r.provisionRef(),
                r.relationship(), r.rationale(), r.strength(), r.explanation(), r.provenance(), r.status(),
                r.author(), r.clauseRevision(), null)).toList();
    }
}
