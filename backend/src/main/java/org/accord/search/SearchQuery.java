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
}
