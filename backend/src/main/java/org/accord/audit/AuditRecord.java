package org.accord.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One stored audit row, with its place in the chain; {@code kind} is an {@link org.accord.shared.audit.AuditKind} name. */
public record AuditRecord(long seq, Instant occurredAt, UUID actorId, String actorName, UUID workingGroupId,
                          UUID draftId, String kind, String subjectType, String subjectId, String subjectLabel,
                          Map<String, String> before, Map<String, String> after, String previousHash, String entryHash) {
}
