package org.accord.crosswalk;

import org.accord.crosswalk.mapping.Relationship;

import java.util.List;
import java.util.UUID;

/** Clauses × instruments; each cell holds the strongest relationship of the clause to any provision there. */
public record CrosswalkMatrix(List<Column> columns, List<Row> rows) {

    public record Column(UUID instrumentId, String code, String label, String jurisdiction, String jurisdictionName,
                         BindingNature bindingNature, InstrumentStatus status) {
    }

    /** {@code cells} align with the columns; a null cell means no mapping. */
    public record Row(ClauseRef clause, int depth, List<Cell> cells) {
    }

    public record Cell(Relationship strongest, Integer strength, int mappings) {
    }
}
