package org.accord.crosswalk;

import java.time.Instant;
import java.util.UUID;

public record DeviationView(UUID id, ClauseRef clause, String jurisdiction, ProvisionRef provision,
                            String instrumentLabel, String requirement, String author, Instant createdAt) {
}
