package org.accord.publishing.internal;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.UUID;

/** A subscriber's endpoint for one committee's publications; the secret signs every delivery. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String committee;
    @Column(nullable = false)
    private String url;
    @Column(nullable = false)
    private String secret;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean active;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String committee, String url, String secret, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.committee = committee;
        this.url = url;
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.active = true;
    }

    public void deactivate() {
        active = false;
    }

    public UUID getId() { return id; }
    public String getCommittee() { return committee; }
    public String getUrl() { return url; }
    public String getSecret() { return secret; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isActive() { return active; }
}
