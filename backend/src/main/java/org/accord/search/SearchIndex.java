package org.accord.search;

import java.util.Collection;
import java.util.List;

/**
 * The search port. Adapters: embedded Lucene on disk (default) and Elasticsearch. Both pass SearchIndexContract.
 * Failures: an engine that cannot be reached or used throws {@link IllegalStateException} or
 * {@link java.io.UncheckedIOException} (an outage, worth retrying); a query the engine refuses to read throws
 * {@link IllegalArgumentException} (the caller may read it again as plain words). Syntax the adapter can degrade
 * itself (unbalanced quotes, a lone "*") gives a notice on the result, not an exception.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces documents by id; visible to the next search. */
    void upsert(Collection<SearchDocument> documents);

    void delete(Collection<String> ids);

    void deleteAll();

    SearchResult search(SearchQuery query);

    /** Documents resembling a text, best first; no snippets are highlighted (the text is not what the reader typed). */
    java.util.List<SearchHit> similar(SimilarQuery query);

    long count();

    Health health();

    /** {@code notes}: what the reader or operator should know, e.g. a language analyser the engine lacks. */
    record Health(boolean up, String engine, List<String> notes) {
    }

    @Override
    void close();
}
