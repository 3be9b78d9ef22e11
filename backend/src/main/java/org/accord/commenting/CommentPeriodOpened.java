package org.accord.commenting;

import java.time.Instant;
import java.util.UUID;

/** A comment period opened on a frozen version (published inside that transaction). */
public record CommentPeriodOpened(UUID periodId, UUID draftId, UUID workingGroupId, String draftReference,
                                  String versionLabel, Instant deadline) {
}
