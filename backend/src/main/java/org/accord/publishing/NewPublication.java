package org.accord.publishing;

import java.util.UUID;

/**
 * Publish the frozen version {@code versionLabel} of a draft. Without a passed approval ballot on that version the
 * secretariat must give {@code overrideRationale}, which is published with it.
 */
public record NewPublication(UUID draftId, String versionLabel, String overrideRationale) {
}
