package org.accord.crosswalk.oscal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Document-level facts of an exported or imported mapping collection.
 *
 * @param uuid        the collection's uuid; OSCAL wants a new one for each revision of the document
 * @param sourceTitle the draft's reference, e.g. "prEN 18286:2025"
 * @param sourceHref  where the draft can be found; may be null
 * @param targets     the instruments mapped to, in the order their mappings are written
 */
public record CollectionInfo(UUID uuid, String title, String version, Instant lastModified, String sourceTitle,
                             String sourceHref, List<Target> targets) {

    public CollectionInfo {
        targets = List.copyOf(targets);
    }

    /** An instrument mapped to: its code (e.g. "EU-AIA"), title and, when known, href. */
    public record Target(String code, String title, String href) {
    }
}
