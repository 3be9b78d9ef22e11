package org.accord.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Conflicts;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.accord.search.SearchDocument;
import org.accord.search.SearchHit;
import org.accord.search.SearchIndex;
import org.accord.search.SearchKind;
import org.accord.search.SearchQuery;
import org.accord.search.SearchResult;
import org.accord.search.SimilarQuery;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link SearchIndex} on an Elasticsearch 8 server: one index {@code <prefix>documents} with an explicit mapping.
 * <p>
 * {@code title} and {@code text} carry per-language sub-fields ({@code std}, {@code en}, {@code fr}, {@code es},
 * {@code ar}). A server without a language analyser (e.g. no analysis-common module) gets the standard analyser for
 * that sub-field, reported in {@link #health()}; stemming then still works through the {@code stem} field, filled
 * with Lucene stems computed here in Java (see {@link LuceneStems}), so results match the embedded adapter either way.
 * <p>
 * An unreachable server does not fail construction: the index is created on first use, {@link #health()} reports
 * down, and search and writes throw {@link IllegalStateException} ("Search is unavailable: …").
 */
public class ElasticsearchSearchIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchIndex.class);

    /** Sub-field → Elasticsearch analyser it wants; "std" is always available. */
    private static final Map<String, String> LANGUAGE_ANALYZERS = orderedMap(
            "std", "standard", "en", "english", "fr", "french", "es", "spanish", "ar", "arabic");
    private static final List<String> FACETS = List.of("kind", "committee", "jurisdiction", "bindingNature", "stage", "language");
    private static final int FACET_SIZE = 50;
    private static final int SNIPPET_CHARS = 200;
    private static final int BULK_CHUNK = 500;
    /** Elasticsearch's default index.max_result_window. */
    private static final int MAX_HITS = 10_000;

    private final String indexName;
    private final RestClient restClient;
    private final RestClientTransport transport;
    private final ElasticsearchClient client;
    private final ObjectMapper json;
    private final LuceneStems stems = new LuceneStems();

    /** Set once the index exists; guarded by {@code this}. */
    private volatile boolean ready;
    /** Language analysers the index had to replace with "standard" (empty until ready). */
    private volatile List<String> missingAnalyzers = List.of();
    private volatile String version;

    public ElasticsearchSearchIndex(String url, String username, String password, String indexPrefix) {
        this.indexName = Objects.requireNonNullElse(indexPrefix, "") + "documents";
        HttpHost[] hosts = Arrays.stream(url.split(",")).map(String::strip).map(HttpHost::create).toArray(HttpHost[]::new);
        var builder = RestClient.builder(hosts)
                // Fail fast rather than hang a page when the server is down.
                .setRequestConfigCallback(c -> c.setConnectTimeout(5_000).setSocketTimeout(60_000));
        if (username != null && !username.isBlank()) {
            String token = Base64.getEncoder().encodeToString(
                    (username + ":" + Objects.requireNonNullElse(password, "")).getBytes(StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new BasicHeader[]{new BasicHeader("Authorization", "Basic " + token)});
        }
        this.restClient = builder.build();
        // Lenient reads: the mapping may gain fields before this code knows them.
        this.json = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        this.transport = new RestClientTransport(restClient, new JacksonJsonpMapper(json));
        this.client = new ElasticsearchClient(transport);
        try {
            ensureIndex();
        } catch (RuntimeException e) {
            log.warn("Elasticsearch index {} not ready yet; will retry on first use: {}", indexName, e.getMessage());
        }
    }

    // ---- writes -------------------------------------------------------------------------------------------------

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        ensureIndex();
        for (List<SearchDocument> chunk : chunks(documents)) {
            bulk(b -> chunk.forEach(d -> b.operations(op -> op.index(i -> i.index(indexName).id(d.id()).document(toSource(d))))));
        }
    }

    @Override
    public void delete(Collection<String> ids) {
        ensureIndex();
        for (List<String> chunk : chunks(ids)) {
            bulk(b -> chunk.forEach(id -> b.operations(op -> op.delete(d -> d.index(indexName).id(id)))));
        }
    }

    @Override
    public void deleteAll() {
        ensureIndex();
        try {
            client.deleteByQuery(d -> d.index(indexName).query(q -> q.matchAll(m -> m)).conflicts(Conflicts.Proceed).refresh(true));
        } catch (ElasticsearchException | TransportException e) {
            int status = e instanceof ElasticsearchException ee ? ee.status() : ((TransportException) e).statusCode();
            if (status != 400 && status != 404 && status != 405) {
                throw unavailable(e);
            }
            // delete_by_query lives in the reindex module, which stripped servers lack: drop and recreate instead.
            log.info("delete_by_query unavailable ({}); recreating index {}", e.getMessage(), indexName);
            call(() -> client.indices().delete(i -> i.index(indexName).ignoreUnavailable(true)));
            synchronized (this) {
                ready = false;
            }
            ensureIndex();
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private void bulk(Consumer<BulkRequest.Builder> operations) {
        BulkRequest.Builder request = new BulkRequest.Builder().refresh(Refresh.WaitFor); // visible to the next search
        operations.accept(request);
        BulkResponse response = call(() -> client.bulk(request.build()));
        if (response.errors()) {
            String reasons = response.items().stream().filter(i -> i.error() != null)
                    .map(i -> i.id() + ": " + i.error().reason()).limit(5).collect(Collectors.joining("; "));
            throw new IllegalStateException("Elasticsearch rejected some documents: " + reasons);
        }
    }

    private Source toSource(SearchDocument d) {
        // Lower-cased as the embedded adapter stores it, so the language facet reads the same on both.
        String language = d.language() == null || d.language().isBlank() ? null : d.language().strip().toLowerCase(Locale.ROOT);
        String stemText = stems.forDocument(language, Objects.requireNonNullElse(d.title(), "") + "\n"
                + Objects.requireNonNullElse(d.text(), ""));
        return new Source(d.kind() == null ? null : d.kind().name(), d.title(), d.text(), language, d.committee(),
                d.draftId() == null ? null : d.draftId().toString(), d.jurisdiction(), d.bindingNature(), d.stage(),
                d.readers() == null ? List.of() : List.copyOf(d.readers()), d.link(),
                d.updated() == null ? null : d.updated().toString(), stemText);
    }

    // ---- reads --------------------------------------------------------------------------------------------------

    @Override
    public SearchResult search(SearchQuery query) {
        String typed = Objects.requireNonNullElse(query.text(), "").strip();
        List<String> notices = new ArrayList<>();
        String text = SearchQuery.cut(typed);
        if (text.length() < typed.length()) {
            notices.add("Your query was shortened to its first " + SearchQuery.MAX_TEXT + " characters.");
        }
        Set<String> readers = query.readerTags() == null ? Set.of() : query.readerTags();
        if (text.isBlank() || readers.isEmpty()) {
            return new SearchResult(List.of(), 0, emptyFacets(), notices);
        }
        if (SearchQuery.looksUnbalanced(text)) {
            notices.add(SearchQuery.PLAIN_WORDS); // simple_query_string drops what it cannot pair up
        }
        if (!stems.hasWords(text)) {
            // A lone "*" would match everything, "-x" everything but x: say so rather than list the whole index.
            notices.add(SearchQuery.NOTHING_TO_SEARCH);
            return new SearchResult(List.of(), 0, emptyFacets(), notices);
        }
        ensureIndex();
        Query q = buildQuery(text, readers, query.filters());
        int size = Math.clamp(query.limit(), 0, MAX_HITS);
        SearchResponse<Source> response = call(() -> client.search(s -> {
            s.index(indexName).query(q).size(size).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("stem", "readers")))
                    .highlight(h -> {
                        h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>");
                        LANGUAGE_ANALYZERS.keySet().forEach(sub -> h.fields("text." + sub,
                                f -> f.numberOfFragments(1).fragmentSize(SNIPPET_CHARS)));
                        return h;
                    });
            FACETS.forEach(facet -> s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(FACET_SIZE))));
            return s;
        }, Source.class));
        List<SearchHit> hits = response.hits().hits().stream().map(this::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(hits, total, facets(response.aggregations()), notices);
    }

    /** Words over the per-language fields (titles weigh more), or their Java stems; within what the caller may see. */
    private Query buildQuery(String text, Set<String> readers, Map<String, Set<String>> filters) {
        List<String> fields = new ArrayList<>();
        for (String sub : LANGUAGE_ANALYZERS.keySet()) {
            fields.add("title." + sub + "^3");
            fields.add("text." + sub);
        }
        List<Query> should = new ArrayList<>();
        // simple_query_string never fails on syntax: bad input degrades to words.
        should.add(Query.of(q -> q.simpleQueryString(s -> s.query(text).fields(fields).defaultOperator(Operator.Or).lenient(true))));
        Set<String> queryStems = stems.forQuery(text);
        if (!queryStems.isEmpty()) {
            should.add(Query.of(q -> q.match(m -> m.field("stem").query(String.join(" ", queryStems)).operator(Operator.Or))));
        }
        List<Query> filter = new ArrayList<>();
        filter.add(terms("readers", readers));
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (SearchQuery.FACETS.contains(facet) && values != null && !values.isEmpty()) {
                    filter.add(terms(facet, values)); // OR within a facet, AND across facets
                }
            });
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1").filter(filter)));
    }

    /**
     * {@code more_like_this} over the Java-stemmed {@code stem} field, so it works on a server without language
     * analysers too: one over the title and text, one over the title alone (weighted double, as a clause title is
     * the best hint of its topic).
     */
    @Override
    public List<SearchHit> similar(SimilarQuery query) {
        if (query.readerTags().isEmpty() || query.limit() <= 0) {
            return List.of();
        }
        String title = Objects.requireNonNullElse(query.title(), "");
        String all = stems.forDocument(query.language(), title + "\n" + Objects.requireNonNullElse(query.text(), ""));
        if (all.isBlank()) {
            return List.of();
        }
        ensureIndex();
        List<String> ignored = List.copyOf(stems.forQuery(String.join(" ", query.ignoredWords())));
        List<Query> should = new ArrayList<>();
        should.add(moreLikeThis(all, ignored, 1f));
        String titleStems = stems.forDocument(query.language(), title);
        if (!titleStems.isBlank()) {
            should.add(moreLikeThis(titleStems, ignored, 2f));
        }
        List<Query> filter = new ArrayList<>();
        filter.add(terms("readers", query.readerTags()));
        if (!query.kinds().isEmpty()) {
            filter.add(terms("kind", query.kinds().stream().map(Enum::name).toList()));
        }
        List<Query> mustNot = query.excludeIds().isEmpty() ? List.of()
                : List.of(Query.of(q -> q.ids(i -> i.values(List.copyOf(query.excludeIds())))));
        Query q = Query.of(x -> x.bool(b -> b.should(should).minimumShouldMatch("1").filter(filter).mustNot(mustNot)));
        int size = Math.clamp(query.limit(), 0, MAX_HITS);
        SearchResponse<Source> response = call(() -> client.search(s -> s.index(indexName).query(q).size(size)
                .source(src -> src.filter(f -> f.excludes("stem", "readers"))), Source.class));
        return response.hits().hits().stream().map(this::toHit).toList(); // no highlights: snippets are openings
    }

    private static Query moreLikeThis(String stemmedText, List<String> ignored, float boost) {
        return Query.of(q -> q.moreLikeThis(m -> m.fields("stem").like(l -> l.text(stemmedText))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(SimilarQuery.MAX_TERMS).minimumShouldMatch("1")
                .stopWords(ignored).boost(boost)));
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> list = values.stream().filter(Objects::nonNull).map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
    }

    private SearchHit toHit(Hit<Source> hit) {
        Source s = Objects.requireNonNull(hit.source(), "hit without _source");
        return new SearchHit(hit.id(), s.kind() == null ? null : SearchKind.valueOf(s.kind()), s.title(),
                snippet(hit, s), s.link(), hit.score() == null ? 0f : hit.score().floatValue(), s.committee(),
                s.draftId() == null ? null : UUID.fromString(s.draftId()), s.jurisdiction(), s.language());
    }

    /** The highlight from the document's own language field first, else any; else the start of the text, escaped. */
    private static String snippet(Hit<Source> hit, Source s) {
        Map<String, List<String>> highlights = hit.highlight();
        List<String> order = new ArrayList<>();
        if (s.language() != null && LANGUAGE_ANALYZERS.containsKey(s.language())) {
            order.add("text." + s.language());
        }
        LANGUAGE_ANALYZERS.keySet().forEach(sub -> order.add("text." + sub));
        for (String field : order) {
            List<String> fragments = highlights.get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.getFirst();
            }
        }
        String text = Objects.requireNonNullElse(s.text(), "");
        return escapeHtml(text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) : text);
    }

    private static Map<String, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
        Map<String, Map<String, Long>> facets = emptyFacets();
        for (String facet : FACETS) {
            Aggregate aggregate = aggregations.get(facet);
            if (aggregate != null && aggregate.isSterms()) {
                Map<String, Long> counts = facets.get(facet);
                aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
            }
        }
        return facets;
    }

    private static Map<String, Map<String, Long>> emptyFacets() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        FACETS.forEach(f -> facets.put(f, new LinkedHashMap<>()));
        return facets;
    }

    @Override
    public long count() {
        ensureIndex();
        return call(() -> client.count(c -> c.index(indexName))).count();
    }

    // ---- health -------------------------------------------------------------------------------------------------

    @Override
    public Health health() {
        try {
            ensureIndex();
            HealthResponse health = client.cluster().health();
            boolean up = health.status() != HealthStatus.Red;
            List<String> notes = new ArrayList<>(notes());
            if (!up) {
                notes.add("The Elasticsearch cluster is red.");
            }
            return new Health(up, engine(), notes);
        } catch (IOException | RuntimeException e) {
            List<String> notes = new ArrayList<>(notes());
            notes.add("Elasticsearch is unreachable: " + describe(e));
            return new Health(false, "Elasticsearch", notes);
        }
    }

    private List<String> notes() {
        List<String> missing = missingAnalyzers;
        return missing.isEmpty() ? List.of()
                : List.of("language analyzers unavailable: " + String.join(", ", missing) + " — using the standard analyzer");
    }

    /**
     * {@code "Elasticsearch <version>"}, the version from the nodes info API ({@code GET /} is not served by every
     * distribution); just "Elasticsearch" if the caller may not read it.
     */
    private String engine() {
        if (version == null) {
            try {
                Request request = new Request("GET", "/_nodes/_local");
                request.addParameter("filter_path", "nodes.*.version");
                JsonNode nodes = json.readTree(restClient.performRequest(request).getEntity().getContent()).path("nodes");
                if (nodes.elements().hasNext()) {
                    version = nodes.elements().next().path("version").asText(null);
                }
            } catch (IOException e) {
                log.debug("Elasticsearch version unavailable", e);
            }
        }
        return version == null ? "Elasticsearch" : "Elasticsearch " + version;
    }

    // ---- index lifecycle ----------------------------------------------------------------------------------------

    /** Creates the index with its mapping if missing; reads which analysers an existing index got. */
    private void ensureIndex() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            boolean exists = call(() -> client.indices().exists(e -> e.index(indexName))).value();
            if (!exists) {
                Map<String, String> analyzers = availableAnalyzers();
                try {
                    call(() -> client.indices().create(c -> c.index(indexName).mappings(mapping(analyzers))));
                } catch (RuntimeException e) {
                    // Another instance may have created it first; anything else is a real failure.
                    if (!call(() -> client.indices().exists(x -> x.index(indexName))).value()) {
                        throw e;
                    }
                }
            }
            missingAnalyzers = readMissingAnalyzers();
            ready = true;
        }
    }

    /** Sub-field → analyser, "standard" where the server lacks the language analyser. */
    private Map<String, String> availableAnalyzers() {
        Map<String, String> result = new LinkedHashMap<>();
        LANGUAGE_ANALYZERS.forEach((sub, analyzer) -> result.put(sub, analyzerExists(analyzer) ? analyzer : "standard"));
        return result;
    }

    private boolean analyzerExists(String analyzer) {
        try {
            client.indices().analyze(a -> a.analyzer(analyzer).text("probe"));
            return true;
        } catch (ElasticsearchException e) {
            return false; // 400 "failed to find global analyzer"
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private List<String> readMissingAnalyzers() {
        var mappings = call(() -> client.indices().getMapping(g -> g.index(indexName))).result();
        var record = mappings.get(indexName);
        Property title = record == null || record.mappings().properties() == null ? null : record.mappings().properties().get("title");
        List<String> missing = new ArrayList<>();
        LANGUAGE_ANALYZERS.forEach((sub, wanted) -> {
            Property field = title == null || !title.isText() ? null : title.text().fields().get(sub);
            String actual = field != null && field.isText() ? field.text().analyzer() : null;
            if (!wanted.equals(actual)) {
                missing.add(wanted);
            }
        });
        return List.copyOf(missing);
    }

    private static TypeMapping mapping(Map<String, String> analyzers) {
        return TypeMapping.of(m -> {
            m.dynamic(DynamicMapping.Strict);
            for (String keyword : List.of("kind", "language", "committee", "draftId", "jurisdiction", "bindingNature",
                    "stage", "readers")) {
                m.properties(keyword, p -> p.keyword(k -> k));
            }
            for (String textField : List.of("title", "text")) {
                m.properties(textField, p -> p.text(t -> {
                    t.analyzer("standard");
                    analyzers.forEach((sub, analyzer) -> t.fields(sub, f -> f.text(x -> x.analyzer(analyzer))));
                    return t;
                }));
            }
            // Pre-stemmed in Java, so split on spaces only.
            m.properties("stem", p -> p.text(t -> t.analyzer("whitespace")));
            m.properties("link", p -> p.keyword(k -> k.index(false)));
            m.properties("updated", p -> p.date(d -> d));
            return m;
        });
    }

    @Override
    public void close() {
        stems.close();
        try {
            transport.close();
        } catch (IOException e) {
            log.debug("Closing the Elasticsearch transport failed", e);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }

    /**
     * Runs a request. A request the server refuses as malformed (400) is {@link IllegalArgumentException}, so a bad
     * query is not reported as an outage; connection failures and other server errors are "unavailable".
     */
    private static <T> T call(Call<T> request) {
        try {
            return request.run();
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                throw new IllegalArgumentException("Elasticsearch could not read the request: " + describe(e), e);
            }
            throw unavailable(e);
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private static IllegalStateException unavailable(Exception e) {
        return new IllegalStateException("Search is unavailable: " + describe(e), e);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BULK_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + BULK_CHUNK)));
        }
        return chunks;
    }

    static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The stored document; strings only, so the JSON mapper needs no extra modules. */
    record Source(String kind, String title, String text, String language, String committee, String draftId,
                  String jurisdiction, String bindingNature, String stage, List<String> readers, String link,
                  String updated, String stem) {
    }
}
