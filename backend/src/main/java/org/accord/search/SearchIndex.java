package org.accord.search;

import java.util.Collection;
import java.util.List;

/** The search port. Adapters: embedded Lucene on disk (default) and Elasticsearch. Both pass SearchIndexContract. */
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
