package org.accord.search.lucene;

import org.accord.search.SearchDocument;
import org.accord.search.SearchHit;
import org.accord.search.SearchIndex;
import org.accord.search.SearchKind;
import org.accord.search.SearchQuery;
import org.accord.search.SearchResult;
import org.accord.search.SimilarQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The embedded search adapter: a Lucene index on disk (or in memory for tests).
 *
 * <p>Each document's title and text are indexed twice: analysed for its own language (stemming, elision, Arabic
 * normalisation) in {@code title_<lang>}/{@code text_<lang>}, and with the standard analyser in
 * {@code title_std}/{@code text_std}, so an exact word finds a document whatever its language. A query is parsed
 * once with a per-field analyser, so every word becomes a disjunction over all these fields, each analysed as it was
 * indexed; a minus word therefore excludes a document whichever field holds it.
 *
 * <p>Thread-safe: writes are serialised and published together by a refresh, searches run concurrently against the
 * last refreshed searcher. Every write is committed (made durable) before it returns, because the outbox forgets a
 * change once the index has taken it; a crash therefore loses nothing the outbox has let go of.
 */
public final class LuceneSearchIndex implements SearchIndex {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String LINK = "link";
    static final String DRAFT = "draftId";
    static final String READER = "reader";

    /** Languages with their own analyser; any other language is analysed by the standard analyser alone. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    static final String STANDARD = "std";
    private static final List<String> ANALYSES = List.of("en", "fr", "es", "ar", STANDARD);
    private static final String[] TEXT_FIELDS = ANALYSES.stream().map(LuceneSearchIndex::textField).toArray(String[]::new);

    /** A word in a title says more about a document than the same word somewhere in its text. */
    static final float TITLE_BOOST = 3f;
    private static final Map<String, Float> FIELD_WEIGHTS = fieldWeights();
    /** Each word becomes a clause per field (ten); this keeps a pasted paragraph under Lucene's clause limit. */
    static final int MAX_WORDS = 32;
    /** Hits per page; a bigger limit would only allocate a bigger priority queue. */
    static final int MAX_LIMIT = 1_000;

    static final String PLAIN_WORDS = SearchQuery.PLAIN_WORDS;
    static final String NOTHING_TO_SEARCH = SearchQuery.NOTHING_TO_SEARCH;
    static final String SHORTENED = "Your query was shortened to its first " + MAX_WORDS + " words.";
    static final String TOO_COMPLEX = "Your query matches too many word variants; try fewer wildcards or ~.";

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMPOUND_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    private final Path location;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    /** @param dir directory for an on-disk index (reopened if present, created if not), or null for an in-memory one */
    public LuceneSearchIndex(Path dir) {
        this.location = dir;
        try {
            this.directory = dir == null ? new ByteBuffersDirectory() : FSDirectory.open(dir);
            this.analyzer = newAnalyzer();
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index" + (dir == null ? "" : " at " + dir), e);
        }
    }

    /**
     * Per field: {@code title_fr}/{@code text_fr} get the French analyser and so on; everything else the standard one.
     *
     * <p>The language fields keep hyphenated compounds whole ("open-source" is one word there), so a compound's stem
     * cannot collide with an unrelated word's ("openness" and "open-source" both stem to "open"); the standard fields
     * split them, so each part is still found as typed. The standard analyser drops English stop words: words are
     * OR-ed, and "and" or "the" would otherwise match nearly every document and swamp totals and facet counts.
     */
    static Analyzer newAnalyzer() {
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Analyzer a = keepingCompounds(switch (language) {
                case "en" -> new EnglishAnalyzer();
                case "fr" -> new FrenchAnalyzer();
                case "es" -> new SpanishAnalyzer();
                case "ar" -> new ArabicAnalyzer();
                default -> throw new IllegalStateException(language);
            });
            perField.put(titleField(language), a);
            perField.put(textField(language), a);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), perField);
    }

    /**
     * Joins letter-hyphen-letter with an underscore, which the standard tokenizer keeps inside a word (UAX #29
     * ExtendNumLet). One character for one, so offsets, and therefore highlights, stay right.
     */
    private static Analyzer keepingCompounds(Analyzer language) {
        return new AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return new PatternReplaceCharFilter(COMPOUND_HYPHEN, "_", reader);
            }

            @Override
            protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
                return new PatternReplaceCharFilter(COMPOUND_HYPHEN, "_", reader);
            }
        };
    }

    private static Map<String, Float> fieldWeights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String a : ANALYSES) {
            weights.put(titleField(a), TITLE_BOOST);
            weights.put(textField(a), 1f);
        }
        return Map.copyOf(weights);
    }

    static String titleField(String analysis) {
        return "title_" + analysis;
    }

    static String textField(String analysis) {
        return "text_" + analysis;
    }

    /** The analysis for a language code: "fr-CA" is French; unknown, blank or null is standard. */
    static String analysis(String language) {
        if (language == null) {
            return STANDARD;
        }
        String primary = language.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGES.contains(primary) ? primary : STANDARD;
    }

    // ---------------------------------------------------------------------------------------------------- writing

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        Map<String, Document> docs = new LinkedHashMap<>(); // the last one wins when an id repeats
        documents.forEach(d -> docs.put(d.id(), toDocument(d)));
        if (docs.isEmpty()) {
            return;
        }
        write(() -> {
            for (Map.Entry<String, Document> e : docs.entrySet()) {
                writer.updateDocument(new Term(ID, e.getKey()), e.getValue());
            }
        });
    }

    @Override
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Term[] terms = ids.stream().map(id -> new Term(ID, id)).toArray(Term[]::new);
        write(() -> writer.deleteDocuments(terms));
    }

    @Override
    public void deleteAll() {
        write(writer::deleteAll);
    }

    static Document toDocument(SearchDocument d) {
        if (d.id() == null || d.id().isBlank() || d.kind() == null) {
            throw new IllegalArgumentException("A search document needs an id and a kind: " + d.id());
        }
        String title = d.title() == null ? "" : d.title();
        String text = d.text() == null ? "" : d.text();
        String analysis = analysis(d.language());

        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Store.YES));
        doc.add(new StoredField(TITLE, title));
        // The text is stored once, under the field the highlighter re-analyses it from: its language's field.
        doc.add(new TextField(titleField(analysis), title, Store.NO));
        doc.add(new TextField(textField(analysis), text, Store.YES));
        if (!analysis.equals(STANDARD)) {
            doc.add(new TextField(titleField(STANDARD), title, Store.NO));
            doc.add(new TextField(textField(STANDARD), text, Store.NO));
        }
        // Facets: indexed for filtering, doc values for counting; stored where a hit shows them.
        facet(doc, "kind", d.kind().name(), Store.YES);
        facet(doc, "committee", d.committee(), Store.YES);
        facet(doc, "jurisdiction", d.jurisdiction(), Store.YES);
        facet(doc, "bindingNature", d.bindingNature(), Store.NO);
        facet(doc, "stage", d.stage(), Store.NO);
        facet(doc, "language", d.language() == null ? null : d.language().trim().toLowerCase(Locale.ROOT), Store.YES);
        if (d.readers() != null) {
            d.readers().forEach(r -> doc.add(new StringField(READER, r, Store.NO)));
        }
        if (d.link() != null) {
            doc.add(new StoredField(LINK, d.link()));
        }
        if (d.draftId() != null) {
            doc.add(new StoredField(DRAFT, d.draftId().toString()));
        }
        return doc;
    }

    private static void facet(Document doc, String facet, String value, Store store) {
        if (value != null && !value.isBlank()) {
            doc.add(new KeywordField(facet, value, store));
        }
    }

    private interface IndexChange {
        void apply() throws IOException;
    }

    /** One writer at a time, so a refresh never publishes half of another caller's change. */
    private void write(IndexChange change) {
        writeLock.lock();
        try {
            change.apply();
            // Durable before returning: the outbox forgets a change once the index has taken it.
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }

    // -------------------------------------------------------------------------------------------------- searching

    @Override
    public SearchResult search(SearchQuery query) {
        List<String> notices = new ArrayList<>();
        String text = clean(query.text(), notices);
        Set<String> tags = query.readerTags() == null ? Set.of() : query.readerTags();
        if (text.isEmpty() || tags.isEmpty()) {
            return empty(notices);
        }
        if (looksUnbalanced(text)) {
            notices.add(PLAIN_WORDS); // SimpleQueryParser drops what it cannot pair up and reads the rest as words
        }
        Query words = parse(text);
        if (words == null || !hasWords(words)) {
            notices.add(NOTHING_TO_SEARCH);
            return empty(notices);
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(new TermInSetQuery(READER, bytes(tags)), Occur.FILTER);
        if (query.filters() != null) {
            query.filters().forEach((facet, values) -> {
                // An unknown facet (e.g. from a hand-edited URL) is ignored rather than failing the search.
                if (SearchQuery.FACETS.contains(facet) && values != null && !values.isEmpty()) {
                    visible.add(KeywordField.newSetQuery(facet, bytes(values)), Occur.FILTER);
                }
            });
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, visible.build(), words, Math.min(query.limit(), MAX_LIMIT), notices);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            notices.add(TOO_COMPLEX);
            return empty(notices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult search(IndexSearcher searcher, Query visible, Query words, int limit, List<String> notices)
            throws IOException {
        // Exact total (threshold MAX_VALUE), and facets counted over the same visible matches in the same pass.
        Object[] results = searcher.search(visible, new MultiCollectorManager(
                new TopScoreDocCollectorManager(Math.max(limit, 1), Integer.MAX_VALUE),
                new FacetCounts(SearchQuery.FACETS)));
        TopDocs top = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
        ScoreDoc[] scoreDocs = limit <= 0 ? new ScoreDoc[0] : top.scoreDocs;

        int[] docIds = new int[scoreDocs.length];
        for (int i = 0; i < scoreDocs.length; i++) {
            docIds[i] = scoreDocs[i].doc;
        }
        Map<String, String[]> snippets = highlighter(searcher).highlightFields(TEXT_FIELDS, words, docIds, ones(TEXT_FIELDS.length));

        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(scoreDocs.length);
        for (int i = 0; i < scoreDocs.length; i++) {
            Document d = stored.document(docIds[i]);
            String language = d.get("language");
            String textField = textField(analysis(language));
            String snippet = snippets.get(textField)[i];
            String draft = d.get(DRAFT);
            hits.add(new SearchHit(d.get(ID), SearchKind.valueOf(d.get("kind")), d.get(TITLE),
                    snippet != null ? snippet : Snippets.opening(d.get(textField)), d.get(LINK), scoreDocs[i].score,
                    d.get("committee"), draft == null ? null : UUID.fromString(draft), d.get("jurisdiction"), language));
        }
        return new SearchResult(hits, top.totalHits.value(), facets, notices);
    }

    /** A title word counts this much more than one occurrence in the text, on the query side. */
    static final float SIMILAR_TITLE_WEIGHT = 3f;
    /** A match in a document's title says more than one somewhere in its text. */
    static final float SIMILAR_TITLE_FIELD_BOOST = 0.5f;

    /**
     * Built like Lucene's {@code MoreLikeThis}: each word weighs (1 + ln tf in the text, plus a bonus when it is in
     * the title) × idf; the top {@link SimilarQuery#MAX_TERMS} become a disjunction over the title and text fields of
     * the query's language, each boosted by its query-side weight (BM25 applies idf itself). Unlike
     * {@code MoreLikeThis} it keeps title words apart, because a clause title ("Human oversight") is the best single
     * hint of what it is about. Tuned on the seed crosswalk (see the search tests' recall measurement).
     */
    @Override
    public List<SearchHit> similar(SimilarQuery query) {
        if (query.readerTags().isEmpty() || query.limit() <= 0) {
            return List.of();
        }
        String analysis = analysis(query.language());
        String titleField = titleField(analysis);
        String textField = textField(analysis);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<String, Integer> titleTf = termFrequencies(textField, query.title());
                Map<String, Integer> textTf = termFrequencies(textField, query.text());
                Set<String> ignored = termFrequencies(textField, String.join(" ", query.ignoredWords())).keySet();
                IndexReader reader = searcher.getIndexReader();
                int n = Math.max(reader.maxDoc(), 1); // docFreq counts deleted documents too
                Set<String> words = new LinkedHashSet<>(titleTf.keySet());
                words.addAll(textTf.keySet());
                Map<String, Float> significance = new LinkedHashMap<>();
                Map<String, Float> weight = new LinkedHashMap<>();
                for (String w : words) {
                    int df = Math.max(reader.docFreq(new Term(titleField, w)), reader.docFreq(new Term(textField, w)));
                    if (df == 0 || ignored.contains(w)) {
                        continue; // a word no document has would only crowd out words that can match
                    }
                    int tf = textTf.getOrDefault(w, 0);
                    float wt = (tf == 0 ? 0f : 1f + (float) Math.log(tf)) + (titleTf.containsKey(w) ? SIMILAR_TITLE_WEIGHT : 0f);
                    significance.put(w, (float) (wt * Math.log(1 + (n - df + 0.5) / (df + 0.5))));
                    weight.put(w, wt);
                }
                List<String> selected = significance.entrySet().stream()
                        .sorted(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey())) // ties by word, so queries are repeatable
                        .limit(SimilarQuery.MAX_TERMS).map(Map.Entry::getKey).toList();
                if (selected.isEmpty()) {
                    return List.of();
                }
                BooleanQuery.Builder like = new BooleanQuery.Builder();
                for (String w : selected) {
                    Query perWord = new BooleanQuery.Builder()
                            .add(new BoostQuery(new TermQuery(new Term(titleField, w)), SIMILAR_TITLE_FIELD_BOOST), Occur.SHOULD)
                            .add(new TermQuery(new Term(textField, w)), Occur.SHOULD)
                            .build();
                    like.add(new BoostQuery(perWord, weight.get(w)), Occur.SHOULD);
                }
                BooleanQuery.Builder q = new BooleanQuery.Builder()
                        .add(like.build(), Occur.MUST)
                        .add(new TermInSetQuery(READER, bytes(query.readerTags())), Occur.FILTER);
                if (!query.kinds().isEmpty()) {
                    q.add(KeywordField.newSetQuery("kind", bytes(query.kinds().stream().map(Enum::name).toList())), Occur.FILTER);
                }
                if (!query.excludeIds().isEmpty()) {
                    q.add(new TermInSetQuery(ID, bytes(query.excludeIds())), Occur.MUST_NOT);
                }
                TopDocs top = searcher.search(q.build(), Math.min(query.limit(), MAX_LIMIT));
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    String language = d.get("language");
                    String draft = d.get(DRAFT);
                    hits.add(new SearchHit(d.get(ID), SearchKind.valueOf(d.get("kind")), d.get(TITLE),
                            Snippets.opening(d.get(textField(analysis(language)))), d.get(LINK), sd.score,
                            d.get("committee"), draft == null ? null : UUID.fromString(draft), d.get("jurisdiction"), language));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analysed words of a text, as a field's analyser makes them, with their counts. */
    private Map<String, Integer> termFrequencies(String field, String text) throws IOException {
        Map<String, Integer> tf = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return tf;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tf.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        }
        return tf;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Snippets())
                .withMaxNoHighlightPassages(0) // null when nothing matched in the text: we show its opening instead
                .build();
    }

    /** Every word over every field, each parsed by that field's analyser; words are OR-ed and ranked by BM25. */
    private Query parse(String text) {
        return withExclusions(new SimpleQueryParser(analyzer, FIELD_WEIGHTS).parse(text));
    }

    /**
     * SimpleQueryParser reads "-x" as "everything but x"; OR-ed with the other words that matches nearly everything.
     * This turns it into what the reader meant: the other words, excluding x. A lone "*" (everything) is dropped
     * beside real words the same way.
     */
    static Query withExclusions(Query query) {
        if (!(query instanceof BooleanQuery bq)) {
            return query;
        }
        List<BooleanClause> positive = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        for (BooleanClause c : bq.clauses()) {
            Query negated = negated(c.query());
            if (c.occur() == Occur.MUST_NOT) {
                excluded.add(c.query());
            } else if (negated != null) {
                excluded.add(negated);
            } else if (!(c.query() instanceof MatchAllDocsQuery)) {
                positive.add(new BooleanClause(withExclusions(c.query()), c.occur()));
            }
        }
        if (positive.isEmpty()) {
            return query; // nothing to exclude from: left as parsed, and hasWords says so
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        positive.forEach(b::add);
        excluded.forEach(q -> b.add(q, Occur.MUST_NOT));
        return b.build();
    }

    /** x, if the query is SimpleQueryParser's "everything but x". */
    private static Query negated(Query query) {
        if (query instanceof BooleanQuery bq && bq.clauses().size() == 2
                && bq.clauses().stream().anyMatch(c -> c.occur() != Occur.MUST_NOT && c.query() instanceof MatchAllDocsQuery)) {
            return bq.clauses().stream().filter(c -> c.occur() == Occur.MUST_NOT).map(BooleanClause::query)
                    .findFirst().orElse(null);
        }
        return null;
    }

    /** Whether a parsed query asks for some word, rather than for nothing, everything, or only exclusions. */
    static boolean hasWords(Query query) {
        if (query instanceof MatchNoDocsQuery || query instanceof MatchAllDocsQuery || negated(query) != null) {
            return false;
        }
        if (query instanceof BooleanQuery bq) {
            return bq.clauses().stream().anyMatch(c -> c.occur() != Occur.MUST_NOT && hasWords(c.query()));
        }
        return true;
    }

    /** Cuts to {@link SearchQuery#MAX_TEXT} and {@link #MAX_WORDS}, turns control characters into spaces. */
    static String clean(String text, List<String> notices) {
        if (text == null) {
            return "";
        }
        text = SearchQuery.cut(text);
        text = CONTROL.matcher(text).replaceAll(" ").strip();
        String[] words = WHITESPACE.split(text);
        if (words.length > MAX_WORDS) {
            notices.add(SHORTENED);
            text = String.join(" ", List.of(words).subList(0, MAX_WORDS));
        }
        return text;
    }

    /** Syntax SimpleQueryParser silently drops: an unpaired quote or parenthesis. */
    static boolean looksUnbalanced(String text) {
        return SearchQuery.looksUnbalanced(text);
    }

    private static SearchResult empty(List<String> notices) {
        return new SearchResult(List.of(), 0, Map.of(), notices);
    }

    private static List<BytesRef> bytes(Collection<String> values) {
        return values.stream().filter(Objects::nonNull).map(BytesRef::new).toList();
    }

    private static int[] ones(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    // ------------------------------------------------------------------------------------------------- operations

    @Override
    public long count() {
        try {
            IndexSearcher searcher = searchers.acquire(); // refreshed after every write, so current
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Health health() {
        String engine = "Lucene " + Version.LATEST + " (embedded, "
                + (location == null ? "in memory" : location.toAbsolutePath()) + ")";
        return closed || !writer.isOpen()
                ? new Health(false, engine, List.of("The search index is closed."))
                : new Health(true, engine, List.of());
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try (directory; analyzer; writer; searchers) { // closed in reverse: searchers, writer, analyzer, directory
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }
}
