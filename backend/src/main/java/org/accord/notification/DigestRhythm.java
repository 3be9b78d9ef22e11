package org.accord.notification;

/** How often the digest goes out: every day, or once a week on the person's chosen day, at their chosen local hour. */
public enum DigestRhythm {
    DAILY, WEEKLY
}
