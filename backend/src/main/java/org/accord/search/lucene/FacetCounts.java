package org.accord.search.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts facet values (facet → value → documents) over every document a query collects, from the facets' sorted-set
 * doc values. Ordinals are per segment, so each segment counts into an array and turns ordinals into values once, at
 * its end. Values come back most frequent first, ties by value, so facet lists are stable.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

    private final List<String> facets;

    FacetCounts(Collection<String> facets) {
        this.facets = facets.stream().sorted().toList();
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        for (String facet : facets) {
            Map<String, Long> sum = new HashMap<>();
            counters.forEach(c -> c.counts.get(facet).forEach((value, n) -> sum.merge(value, n, Long::sum)));
            Map<String, Long> sorted = new LinkedHashMap<>();
            sum.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            merged.put(facet, sorted);
        }
        return merged;
    }

    final class Counter implements Collector {

        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        Counter() {
            facets.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = facets.size();
            SortedSetDocValues[] values = new SortedSetDocValues[n];
            int[][] ordinalCounts = new int[n][];
            for (int i = 0; i < n; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), facets.get(i));
                ordinalCounts[i] = new int[Math.toIntExact(values[i].getValueCount())];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < n; i++) {
                        if (values[i].advanceExact(doc)) {
                            for (int k = values[i].docValueCount(); k > 0; k--) {
                                ordinalCounts[i][(int) values[i].nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < n; i++) {
                        Map<String, Long> facetCounts = counts.get(facets.get(i));
                        for (int ord = 0; ord < ordinalCounts[i].length; ord++) {
                            if (ordinalCounts[i][ord] > 0) {
                                facetCounts.merge(values[i].lookupOrd(ord).utf8ToString(), (long) ordinalCounts[i][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
