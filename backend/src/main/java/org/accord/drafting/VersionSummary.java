package org.accord.drafting;

import java.time.Instant;
import java.util.UUID;

public record VersionSummary(UUID id, String label, int seq, String stageCode, Instant createdAt, String createdBy,
                             String note, int clauseCount) {
}
