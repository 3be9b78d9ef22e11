/**
 * Full-text search across clauses, terms, comments, provisions and publications: a {@link org.accord.search.SearchIndex}
 * port with an embedded Lucene adapter (default) and an Elasticsearch adapter, fed by the modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.accord.search;
