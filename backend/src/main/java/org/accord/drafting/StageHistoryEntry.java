package org.accord.drafting;

import java.time.Instant;

public record StageHistoryEntry(String fromStage, String toStage, String toLabel, String changedBy, Instant changedAt, String reason) {
}
