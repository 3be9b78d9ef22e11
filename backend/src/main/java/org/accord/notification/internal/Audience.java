package org.accord.notification.internal;

import java.util.Set;
import java.util.UUID;

/**
 * Who an event is for, resolved at fan-out time (not in the request: 2,000 voters are looked up by the worker).
 * {@code ref} names the ballot, working group or committee; {@code users} lists people directly.
 */
public record Audience(Kind kind, String ref, Set<UUID> users) {

    public enum Kind {
        /** the people in {@code users} */
        USERS,
        /** every voter of ballot {@code ref} */
        BALLOT_VOTERS,
        /** the voters of ballot {@code ref} who have not voted yet */
        BALLOT_VOTERS_WITHOUT_VOTE,
        /** members of working group {@code ref} whose role may comment (convenors, editors, delegates, commenters) */
        WORKING_GROUP_COMMENTERS,
        /** every member of every working group of committee {@code ref} (its reference, e.g. "TC 1") */
        COMMITTEE_MEMBERS
    }

    public static Audience users(Set<UUID> users) {
        return new Audience(Kind.USERS, null, Set.copyOf(users));
    }

    public static Audience of(Kind kind, Object ref) {
        return new Audience(kind, String.valueOf(ref), Set.of());
    }
}
