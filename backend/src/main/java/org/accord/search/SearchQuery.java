package org.accord.search;

import java.util.Map;
import java.util.Set;

/**
 * A user's query. {@code text} is what they typed: any syntax error degrades to plain words, never an exception.
 * {@code filters}: facet → accepted values (facets: kind, committee, jurisdiction, bindingNature, stage, language).
 * {@code readerTags}: the caller's access tags; only documents sharing one are returned (empty = nothing).
 */
public record SearchQuery(String text, Map<String, Set<String>> filters, Set<String> readerTags, int limit) {

    public static final Set<String> FACETS = Set.of("kind", "committee", "jurisdiction", "bindingNature", "stage", "language");

    /** Longer input is cut here: a 10 kB paste is a mistake, not a query. */
    public static final int MAX_TEXT = 500;

    // Notices both adapters give, worded once (the UI translates them by their text).
    public static final String PLAIN_WORDS = "Your query was read as plain words.";
    public static final String NOTHING_TO_SEARCH = "Your query has no words to search for.";

    /** The first {@link #MAX_TEXT} characters, without splitting a surrogate pair (an emoji, a rare CJK character). */
    public static String cut(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
    }

    /** An unpaired quote or parenthesis, which the query parsers drop: the rest is read as plain words. */
    public static boolean looksUnbalanced(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        long open = text.chars().filter(c -> c == '(').count();
        long close = text.chars().filter(c -> c == ')').count();
        return quotes % 2 != 0 || open != close;
    }
}
