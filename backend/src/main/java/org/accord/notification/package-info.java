/**
 * Notifications people can act on: in-app notifications (bell, unread count, live refresh), email (immediate or in a
 * daily / weekly digest, localized, with a signed unsubscribe link) for deadlines and for what happens to one's own
 * comments, seats, ballots and mappings. Fed by the other modules' domain events through a durable outbox; depends
 * on their public API, none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.accord.notification;
