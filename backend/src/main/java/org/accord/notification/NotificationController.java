package org.accord.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "In-app notifications, email and digest preferences, bounces")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first, with the total and unread count")
    NotificationPage mine(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return notifications.myNotifications(offset, limit);
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of my notifications read")
    void read(@PathVariable UUID id) {
        notifications.markRead(id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read; returns how many were unread")
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }

    @GetMapping("/preferences")
    @Operation(summary = "My notification settings: mode per topic (IMMEDIATE, DIGEST, OFF), digest rhythm and hour, time zone")
    NotificationPreferences preferences() {
        return notifications.myPreferences();
    }

    @PutMapping("/preferences")
    @Operation(summary = "Save my notification settings (read-only fields are ignored; a bad hour or time zone: 400)")
    NotificationPreferences savePreferences(@RequestBody NotificationPreferences preferences) {
        return notifications.updateMyPreferences(preferences);
    }

    @GetMapping("/bounces")
    @Operation(summary = "Bounces of mail to my address")
    List<EmailBounce> myBounces() {
        return notifications.myBounces();
    }

    @PostMapping("/bounces")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a bounce (MTA or mail provider webhook; administrators and the secretariat)")
    EmailBounce reportBounce(@RequestBody BounceReport report) {
        return notifications.reportBounce(report);
    }

    @GetMapping("/users/{userId}/bounces")
    @Operation(summary = "Bounces of one person's mail (administrators and the secretariat)")
    List<EmailBounce> bounces(@PathVariable UUID userId) {
        return notifications.bounces(userId);
    }

    @GetMapping("/mandatory")
    @Operation(summary = "Topics made mandatory, platform-wide or per working group (secretariat)")
    List<MandatoryTopic> mandatory() {
        return notifications.mandatoryTopics();
    }

    @PostMapping("/mandatory")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a topic mandatory {topic, workingGroupId (null: platform-wide)} (secretariat)")
    MandatoryTopic makeMandatory(@RequestBody MandatoryTopic topic) {
        return notifications.makeMandatory(topic.topic(), topic.workingGroupId());
    }

    @DeleteMapping("/mandatory/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a mandatory topic (secretariat)")
    void removeMandatory(@PathVariable UUID id) {
        notifications.removeMandatory(id);
    }

    @GetMapping("/status")
    @Operation(summary = "Delivery pipeline: events waiting for fan-out, emails pending, in digests, failed, sent")
    NotificationStatus status() {
        return notifications.status();
    }
}
