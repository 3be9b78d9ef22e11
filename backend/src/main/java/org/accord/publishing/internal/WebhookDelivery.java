package org.accord.publishing.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** One event sent (or being retried) to one subscriber. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    @Id
    private UUID id;
    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;
    @Column(nullable = false)
    private String event;
    @Column(nullable = false)
    private String payload;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(UUID subscriptionId, String event, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.event = event;
        this.payload = payload;
        this.status = "PENDING";
        this.updatedAt = now;
    }

    public void attempted(boolean delivered, String error, Instant now) {
        attempts++;
        status = delivered ? "DELIVERED" : "FAILING";
        lastError = error;
        updatedAt = now;
    }

    public void gaveUp(Instant now) {
        status = "FAILED";
        updatedAt = now;
    }

    public UUID getId() { return id; }
    public UUID getSubscriptionId() { return subscriptionId; }
    public String getEvent() { return event; }
    public String getPayload() { return payload; }
    public String getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getUpdatedAt() { return updatedAt; }
}
