package org.accord.crosswalk;

import java.util.UUID;

/** A national deviation: in {@code jurisdiction}, {@code provisionId} forces {@code requirement} instead of the clause. */
public record NewDeviation(UUID clauseId, String jurisdiction, UUID provisionId, String requirement) {
}
