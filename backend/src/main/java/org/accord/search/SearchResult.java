package org.accord.search;

import java.util.List;
import java.util.Map;

/**
 * Hits best first, the total matching the caller may see, facet counts (facet → value → count, over all those
 * matches), and notices for the reader (e.g. "your query was read as plain words", "search is unavailable").
 */
public record SearchResult(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets, List<String> notices) {
}
