package org.accord.notification;

import java.time.Instant;

/**
 * The pipeline's state, for operators and tests: events waiting for fan-out, emails waiting (immediate, not yet due
 * for retry included), emails waiting for a digest, emails given up after all retries, and whether SMTP is configured.
 */
public record NotificationStatus(long eventsPending, long emailsPending, long emailsInDigest, long emailsFailed,
                                 long emailsSent, boolean emailConfigured, Instant oldestPending) {
}
