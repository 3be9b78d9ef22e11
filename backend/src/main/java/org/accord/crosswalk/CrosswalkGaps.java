package org.accord.crosswalk;

import java.util.List;

/**
 * Gaps of a draft against a jurisdiction (or one instrument): requirement clauses with no mapping, clauses with
 * only "intersects with" mappings, and provisions no clause covers.
 */
public record CrosswalkGaps(String scope, String scopeLabel, List<ClauseRef> unmapped, List<ClauseRef> weak,
                            List<ProvisionRef> uncovered, int clauseCount, int provisionCount) {
}
