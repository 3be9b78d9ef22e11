package org.accord.crosswalk.suggest;

import java.util.Objects;
import java.util.UUID;

/**
 * What the suggester indexes of one provision. {@code text} (a summary or the full text) may be null, in which case the
 * heading stands in for it.
 */
public record ProvisionText(UUID id, UUID instrumentId, String number, String heading, String text) {

    public ProvisionText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrumentId, "instrumentId");
    }
}
