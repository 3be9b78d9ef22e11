package org.accord.crosswalk;

import java.util.UUID;

/** Provisions of an instrument were added, changed or removed; the suggestion index follows. */
public record ProvisionsChanged(UUID instrumentId) {
}
