package org.accord.drafting;

import java.time.Instant;
import java.util.UUID;

/**
 * A clause in another language: the translated title and Markdown text, whether it is official or informal, who
 * translated it and when, and the clause revision it was made from. {@code outdated} when the clause has been revised
 * since ({@code sourceRevision < currentRevision}); {@code version} is what a change must name (optimistic locking).
 */
public record ClauseTranslationView(UUID clauseId, String language, String title, String text, TranslationStatus status,
                                    String translator, Instant updatedAt, int sourceRevision, int currentRevision,
                                    boolean outdated, int version) {

    public boolean official() {
        return status == TranslationStatus.OFFICIAL;
    }
}
