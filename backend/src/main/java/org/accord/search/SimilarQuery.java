package org.accord.search;

import java.util.Set;

/**
 * "More like this": documents whose words resemble a given title and text, such as legal provisions resembling a
 * clause. The most significant words of the title and text (frequent in them, rare in the index) become the query;
 * title words count for more.
 *
 * @param language     ISO 639-1 code of the title and text; documents in other languages are not compared
 * @param kinds        kinds of document wanted; empty means all
 * @param excludeIds   documents not to return (e.g. provisions already mapped)
 * @param ignoredWords words that say nothing about the topic in this setting, e.g. ISO verbal forms ("shall")
 * @param readerTags   the caller's access tags, as for {@link SearchQuery} (empty = nothing)
 */
public record SimilarQuery(String title, String text, String language, Set<SearchKind> kinds, Set<String> excludeIds,
                           Set<String> ignoredWords, Set<String> readerTags, int limit) {

    /** Significant words kept in a query; more only adds noise from long texts without finding more. */
    public static final int MAX_TERMS = 25;

    public SimilarQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        excludeIds = excludeIds == null ? Set.of() : Set.copyOf(excludeIds);
        ignoredWords = ignoredWords == null ? Set.of() : Set.copyOf(ignoredWords);
        readerTags = readerTags == null ? Set.of() : Set.copyOf(readerTags);
    }
}
