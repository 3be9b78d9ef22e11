package org.accord.publishing;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication as catalogued. {@code status}: published, superseded (by {@code supersededBy}), withdrawn, or —
 * visible to the secretariat only — generating / failed.
 */
public record PublicationSummary(UUID id, UUID draftId, String urn, String reference, String title, String committee,
                                 String workingGroup, int edition, String language, String versionLabel,
                                 Instant publishedAt, String status, UUID supersededBy, String statusReason,
                                 String ballotOutcome, boolean overridden) {

    public boolean current() {
        return "published".equals(status);
    }

    /** "ACC WD 42101:ed-1". */
    public String designation() {
        return reference + ":ed-" + edition;
    }
}
