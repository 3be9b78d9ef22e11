package org.accord.notification;

import java.util.List;

/** A page of the caller's notifications, newest first, with the total and the unread count (for the bell). */
public record NotificationPage(List<NotificationView> items, long total, long unread, int offset, int limit) {
}
