package org.accord.publishing;

import java.util.UUID;

/** Published (after commit) when a publication's files are generated and it is public; webhooks and feeds follow. */
public record PublicationPublished(UUID id, String urn, String reference, String title, int edition, String committee,
                                   String url) {
}
