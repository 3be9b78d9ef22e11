package org.accord.publishing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface WebhookSubscriptions extends JpaRepository<WebhookSubscription, UUID> {
    List<WebhookSubscription> findByCommitteeAndActiveTrue(String committee);
}
