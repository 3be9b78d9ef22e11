package org.accord.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery failure of mail to an address: {@code permanent} for hard bounces (SMTP 5xx, or an MTA's report), which
 * count toward suspending the address; {@code source} is {@code SMTP} or {@code REPORT}.
 */
public record EmailBounce(UUID id, UUID userId, String email, boolean permanent, String reason, String source,
                          Instant at) {
}
