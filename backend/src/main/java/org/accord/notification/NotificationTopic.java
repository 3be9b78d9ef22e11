package org.accord.notification;

/**
 * What a notification is about: the unit of preference (a person sets each topic to immediate, digest or off) and of
 * the message texts ({@code topic.<name>.subject} / {@code .body} in {@code notifications/messages*.properties}).
 */
public enum NotificationTopic {
    /** A comment period opened on a draft of my working group. */
    COMMENT_PERIOD_OPENED(EmailMode.IMMEDIATE),
    /** A comment period I may comment in closes in 72 h or 24 h (param {@code hours}). */
    COMMENT_PERIOD_CLOSING(EmailMode.IMMEDIATE),
    /** A ballot I vote in opened. */
    BALLOT_OPENED(EmailMode.IMMEDIATE),
    /** A ballot I vote in and have not voted in yet closes within 24 h. */
    BALLOT_CLOSING(EmailMode.IMMEDIATE),
    /** A ballot I vote in closed; params carry the result. */
    BALLOT_CLOSED(EmailMode.IMMEDIATE),
    /** My comment got a disposition (accepted, accepted in principle, noted, rejected). */
    COMMENT_DISPOSED(EmailMode.IMMEDIATE),
    /** Someone replied to my comment. */
    COMMENT_REPLY(EmailMode.DIGEST),
    /** Someone marked support / no support on my comment. */
    COMMENT_SUPPORT(EmailMode.DIGEST),
    /** A clause I commented on was revised. */
    COMMENTED_CLAUSE_REVISED(EmailMode.DIGEST),
    /** My comment's anchor could not be found in the revised clause: it is outdated. */
    COMMENT_ANCHOR_OUTDATED(EmailMode.DIGEST),
    /** I was seated in a working group. */
    SEATED(EmailMode.IMMEDIATE),
    /** My seat term ends within 30 days. */
    SEAT_TERM_ENDING(EmailMode.IMMEDIATE),
    /** A new publication in my committee. */
    PUBLICATION_PUBLISHED(EmailMode.DIGEST),
    /** A mapping I made needs review: its clause was revised since. */
    MAPPING_NEEDS_REVIEW(EmailMode.DIGEST);

    private final EmailMode defaultMode;

    NotificationTopic(EmailMode defaultMode) {
        this.defaultMode = defaultMode;
    }

    /** What a person gets when they never chose: deadlines at once, chatter in the digest. */
    public EmailMode defaultMode() {
        return defaultMode;
    }
}
