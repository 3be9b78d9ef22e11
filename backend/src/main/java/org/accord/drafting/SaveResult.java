package org.accord.drafting;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What became of a save: stored (perhaps merged with someone else's change), or a conflict to resolve. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({@JsonSubTypes.Type(value = SaveResult.Saved.class, name = "saved"),
        @JsonSubTypes.Type(value = SaveResult.Conflict.class, name = "conflict")})
public sealed interface SaveResult {

    /** Stored as {@code revisionNo}; {@code merged} when another editor's change was merged in; unchanged when nothing differed. */
    record Saved(int revisionNo, boolean merged, boolean unchanged, String title, String body) implements SaveResult {
    }

    /** Someone else changed the same passage since {@code baseRevision}; nothing was stored. */
    record Conflict(int baseRevision, int currentRevision, String currentAuthor, String currentTitle, String currentBody,
                    String yourTitle, String yourBody) implements SaveResult {
    }
}
