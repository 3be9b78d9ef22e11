package org.accord.search.elasticsearch;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stems computed in Java with the same Lucene analysers the embedded adapter uses. The Elasticsearch adapter indexes
 * them in a whitespace-analysed {@code stem} field, so stemming works even on a server without the analysis-common
 * module (whose language analysers it would otherwise rely on). Analysers are thread-safe; one instance is shared.
 */
final class LuceneStems implements AutoCloseable {

    /**
     * A hyphen inside a word. Compounds are stemmed as one word ("open-source" → "opensourc"), so "openness" (stem
     * "open") does not find them; their parts still match exactly through the standard-analysed fields.
     */
    private static final Pattern COMPOUND_HYPHEN = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

    private final Analyzer standard = new StandardAnalyzer();
    /** As the embedded adapter's standard fields analyse: English stop words ("and", "or") are not words to search. */
    private final Analyzer words = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    private static final Pattern EXCLUDED = Pattern.compile("(^|\\s)-(\"[^\"]*\"?|\\S*)");
    private final Map<String, Analyzer> byLanguage = Map.of(
            "en", new EnglishAnalyzer(), "fr", new FrenchAnalyzer(), "es", new SpanishAnalyzer(), "ar", new ArabicAnalyzer());

    /** The document's text as its language's stems, space-separated (standard tokens for other languages). */
    String forDocument(String language, String text) {
        return String.join(" ", tokens(byLanguage.getOrDefault(language, standard), text));
    }

    /** A query's words stemmed by every language and left whole: the user's language is not known. */
    Set<String> forQuery(String text) {
        Set<String> all = new LinkedHashSet<>(tokens(standard, text));
        byLanguage.values().forEach(analyzer -> all.addAll(tokens(analyzer, text)));
        return all;
    }

    /**
     * Whether a query asks for some word, as the embedded adapter decides it: not only syntax ("*", quotes), stop
     * words ("AND OR") or exclusions ("-draft"), which would otherwise match nothing useful or everything.
     */
    boolean hasWords(String query) {
        return !tokens(words, EXCLUDED.matcher(query).replaceAll(" ")).isEmpty();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try (TokenStream stream = analyzer.tokenStream("stem", COMPOUND_HYPHEN.matcher(text).replaceAll(""))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            List<String> out = new ArrayList<>();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen for a String reader
        }
    }

    @Override
    public void close() {
        standard.close();
        words.close();
        byLanguage.values().forEach(Analyzer::close);
    }
}
