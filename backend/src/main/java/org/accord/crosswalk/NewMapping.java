package org.accord.crosswalk;

import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;

import java.util.UUID;

/**
 * A clause-to-provision mapping as entered. {@code expectedVersion} guards an update against a concurrent one;
 * null means "create, or fail if one exists".
 */
public record NewMapping(UUID clauseId, UUID provisionId, Relationship relationship, Rationale rationale,
                         Integer strength, String explanation, Provenance provenance, ReviewStatus status,
                         Long expectedVersion) {
}
