package org.accord.membership;

import java.time.LocalDate;
import java.util.UUID;

/** A person took a seat in a working group when a roster was confirmed; {@code termEnd} null means open-ended. */
public record MemberSeated(UUID workingGroupId, UUID userId, LocalDate termStart, LocalDate termEnd) {
}
