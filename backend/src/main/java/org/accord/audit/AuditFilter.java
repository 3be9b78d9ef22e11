package org.accord.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which audit rows to read. The scope is a draft, or else a working group, or else (both null) the whole platform;
 * kind, actor (part of the user name, any case) and the time window [from, to) narrow it. Null means "any".
 */
public record AuditFilter(UUID workingGroupId, UUID draftId, String kind, String actor, Instant from, Instant to) {

    public static AuditFilter ofDraft(UUID draftId) {
        return new AuditFilter(null, draftId, null, null, null, null);
    }

    public static AuditFilter ofWorkingGroup(UUID workingGroupId) {
        return new AuditFilter(workingGroupId, null, null, null, null, null);
    }

    public AuditFilter narrowedTo(String kind, String actor, Instant from, Instant to) {
        return new AuditFilter(workingGroupId, draftId, kind, actor, from, to);
    }
}
