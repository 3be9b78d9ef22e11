package org.accord.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One searchable thing. {@code readers} are access tags, any of which lets a caller see it: {@code public},
 * {@code staff}, {@code wg:<uuid>} (members of a working group), {@code user:<uuid>} (an unsubmitted comment's
 * author), {@code orglead:<working group uuid>:<organisation uuid>} (the organisation's lead in that working group,
 * for its unsubmitted comments there). {@code language} is an ISO 639-1 code choosing the analyser ("en", "fr", "es", "ar"; others
 * get the standard analyser). Facet values may be null.
 */
public record SearchDocument(String id, SearchKind kind, String title, String text, String language, String committee,
                             UUID draftId, String jurisdiction, String bindingNature, String stage, Set<String> readers,
                             String link, Instant updated) {
}
