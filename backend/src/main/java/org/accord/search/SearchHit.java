package org.accord.search;

import java.util.UUID;

/** A hit: {@code snippet} is HTML-escaped text with matches wrapped in {@code <mark>}. */
public record SearchHit(String id, SearchKind kind, String title, String snippet, String link, float score,
                        String committee, UUID draftId, String jurisdiction, String language) {
}
