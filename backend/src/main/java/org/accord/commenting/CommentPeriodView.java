package org.accord.commenting;

import java.time.Instant;
import java.util.UUID;

public record CommentPeriodView(UUID id, UUID draftId, String versionLabel, Instant openedAt, Instant deadline,
                                boolean allowLate, boolean open, String openedBy, String note) {
}
