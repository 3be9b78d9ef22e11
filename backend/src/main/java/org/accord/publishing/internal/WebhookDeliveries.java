package org.accord.publishing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface WebhookDeliveries extends JpaRepository<WebhookDelivery, UUID> {
    List<WebhookDelivery> findBySubscriptionIdOrderByUpdatedAtDesc(UUID subscriptionId);
}
