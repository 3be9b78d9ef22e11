package org.accord.drafting;

import java.time.Instant;
import java.util.UUID;

public record DraftSummary(UUID id, UUID workingGroupId, String workingGroup, String reference, String title,
                           String language, String stageCode, String stageAbbreviation, String stageLabel,
                           long clauseCount, Instant updatedAt) {
}
