package org.accord.publishing;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.publishing.internal.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signed webhooks for a committee's subscribers: on each new publication every active subscription gets a JSON POST
 * signed with its secret ({@link WebhookSignature}); failures are retried three times with back-off, and every
 * attempt is recorded. Only the secretariat registers endpoints, and never inside this server's network ({@link WebhookTargets}).
 */
@Service
@Transactional(readOnly = true)
public class WebhookService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);
    private static final long[] BACKOFF_SECONDS = {0, 2, 10};

    public record Subscription(UUID id, String committee, String url, String createdBy, Instant createdAt, boolean active) {
    }

    /** The secret is shown once, when the subscription is created. */
    public record CreatedSubscription(Subscription subscription, String secret) {
    }

    public record Delivery(UUID id, String event, String status, int attempts, String lastError, Instant updatedAt) {
    }

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final TransactionTemplate tx;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-sender");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();
    private final WebhookTargets targets;

    private final AuditTrail audit;

    WebhookService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, TransactionTemplate tx, AuditTrail audit,
                   @Value("${accord.webhooks.allow-private-targets:false}") boolean allowPrivateTargets) {
        this.audit = audit;
        this.targets = new WebhookTargets(allowPrivateTargets);
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.tx = tx;
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public CreatedSubscription subscribe(String committee, String url) {
        if (committee == null || committee.isBlank()) {
            throw new InvalidInputException("publishing.webhook.committee-required");
        }
        URI uri = targets.checkSubscription(url);
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        WebhookSubscription s = subscriptions.save(new WebhookSubscription(committee.strip(), uri.toString(), secret,
                IdentityService.currentUser().map(AccordUser::displayName).orElse("system"), Instant.now()));
        audit.record(AuditEntry.of(AuditKind.WEBHOOK_SUBSCRIBED, "webhook", s.getId(), committee.strip()).after("url", uri.toString()));
        return new CreatedSubscription(view(s), secret);
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<Subscription> subscriptions() {
        return subscriptions.findAll().stream().map(WebhookService::view)
                .sorted(Comparator.comparing(Subscription::createdAt)).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional
    public void unsubscribe(UUID id) {
        WebhookSubscription s = subscriptions.findById(id).orElseThrow(() -> new NotFoundException("Webhook subscription", id));
        s.deactivate();
        audit.record(AuditEntry.of(AuditKind.WEBHOOK_UNSUBSCRIBED, "webhook", id, s.getCommittee()).before("active", true)
                .after("active", false, "url", s.getUrl()));
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    public List<Delivery> deliveries(UUID subscriptionId) {
        return deliveries.findBySubscriptionIdOrderByUpdatedAtDesc(subscriptionId).stream()
                .map(d -> new Delivery(d.getId(), d.getEvent(), d.getStatus(), d.getAttempts(), d.getLastError(), d.getUpdatedAt()))
                .toList();
    }

    /** After the publication is committed: one delivery per active subscription of its committee. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void on(PublicationPublished p) {
        String payload = PublishingService.JSON.writeValueAsString(Map.of("event", "publication.published",
                "publication", Map.of("id", p.id().toString(), "urn", p.urn(), "reference", p.reference(),
                        "title", p.title(), "edition", p.edition(), "committee", p.committee(), "url", p.url())));
        List<UUID> queued = tx.execute(status -> subscriptions.findByCommitteeAndActiveTrue(p.committee()).stream()
                .map(s -> deliveries.save(new WebhookDelivery(s.getId(), "publication.published", payload, Instant.now())).getId())
                .toList());
        queued.forEach(id -> sender.schedule(() -> attempt(id, 0), 0, TimeUnit.SECONDS));
    }

    private void attempt(UUID deliveryId, int attempt) {
        try {
            WebhookDelivery d = deliveries.findById(deliveryId).orElseThrow();
            WebhookSubscription s = subscriptions.findById(d.getSubscriptionId()).orElseThrow();
            long now = Instant.now().getEpochSecond();
            String error = null;
            boolean ok = false;
            try {
                targets.checkDelivery(URI.create(s.getUrl()));
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(s.getUrl()))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Accord-Webhooks/1")
                        .header("X-Accord-Event", d.getEvent())
                        .header("X-Accord-Delivery", d.getId().toString())
                        .header("X-Accord-Signature", WebhookSignature.sign(s.getSecret(), now, d.getPayload()))
                        .POST(HttpRequest.BodyPublishers.ofString(d.getPayload())).build(), HttpResponse.BodyHandlers.discarding());
                ok = r.statusCode() / 100 == 2;
                error = ok ? null : "HTTP " + r.statusCode();
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InvalidInputException e) {
                error = "Refused: " + e.getMessage();
            }
            boolean delivered = ok;
            String failure = error;
            tx.executeWithoutResult(status -> {
                WebhookDelivery fresh = deliveries.findById(deliveryId).orElseThrow();
                fresh.attempted(delivered, failure, Instant.now());
                if (!delivered && attempt + 1 >= BACKOFF_SECONDS.length) {
                    fresh.gaveUp(Instant.now());
                }
                deliveries.save(fresh);
            });
            if (!delivered && attempt + 1 < BACKOFF_SECONDS.length) {
                sender.schedule(() -> attempt(deliveryId, attempt + 1), BACKOFF_SECONDS[attempt + 1], TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} could not be attempted", deliveryId, e);
        }
    }

    private static Subscription view(WebhookSubscription s) {
        return new Subscription(s.getId(), s.getCommittee(), s.getUrl(), s.getCreatedBy(), s.getCreatedAt(), s.isActive());
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
