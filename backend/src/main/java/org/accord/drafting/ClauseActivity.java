package org.accord.drafting;

import java.time.Instant;
import java.util.UUID;

/** The latest revision of a clause, for "what changed since my last visit". */
public record ClauseActivity(UUID clauseId, String number, String title, int revisionNo, Instant revisedAt, String revisedBy) {
}
