package org.accord.notification;

/**
 * How a person receives one topic: each at once by email, gathered in the digest, or not at all (neither email nor
 * in-app). A topic made mandatory by the secretariat ignores OFF and is delivered as IMMEDIATE.
 */
public enum EmailMode {
    IMMEDIATE, DIGEST, OFF
}
