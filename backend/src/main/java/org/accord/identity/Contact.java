package org.accord.identity;

import java.util.UUID;

/**
 * How to reach a person: address, language (ISO 639-1, null when never chosen) and time zone (IANA id, null when
 * unknown). For system work such as sending notifications.
 */
public record Contact(UUID id, String username, String displayName, String email, String language, String timeZone,
                      boolean enabled) {
}
