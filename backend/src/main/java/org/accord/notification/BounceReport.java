package org.accord.notification;

/**
 * A bounce reported by an MTA or a mail provider's webhook: the address, whether it is permanent (hard) and the
 * diagnostic (e.g. "550 5.1.1 user unknown").
 */
public record BounceReport(String email, boolean permanent, String reason) {
}
