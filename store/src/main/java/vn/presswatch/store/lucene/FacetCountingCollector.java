package vn.presswatch.store.lucene;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import vn.presswatch.store.Facet;
import vn.presswatch.store.index.ArticleFields;
import vn.presswatch.store.index.CalendarBuckets;

/**
 * Counts matching documents by facet values and histogram bucket in one pass over doc values: per segment by
 * ordinal (an int array increment per document), turned into strings once per segment. Not thread-safe; use
 * one per search.
 */
final class FacetCountingCollector implements Collector {
    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    private final CalendarBuckets buckets;
    private final long[] histogram;
    private long total;

    FacetCountingCollector(Iterable<Facet> facets, CalendarBuckets buckets) {
        facets.forEach(f -> counts.put(f, new HashMap<>()));
        this.buckets = buckets;
        this.histogram = buckets == null ? new long[0] : new long[buckets.size()];
    }

    Map<Facet, Map<String, Long>> counts() {
        return counts;
    }

    long[] histogram() {
        return histogram;
    }

    long total() {
        return total;
    }

    private static boolean multiValued(Facet facet) {
        return facet == Facet.TOPIC || facet == Facet.LOCALITY;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        int n = counts.size();
        Facet[] facets = counts.keySet().toArray(Facet[]::new);
        SortedDocValues[] single = new SortedDocValues[n];
        SortedSetDocValues[] multi = new SortedSetDocValues[n];
        long[][] ordCounts = new long[n][];
        for (int i = 0; i < n; i++) {
            String field = ArticleFields.facetField(facets[i]);
            if (multiValued(facets[i])) {
                multi[i] = DocValues.getSortedSet(context.reader(), field);
                ordCounts[i] = new long[Math.toIntExact(multi[i].getValueCount())];
            } else {
                single[i] = DocValues.getSorted(context.reader(), field);
                ordCounts[i] = new long[single[i].getValueCount()];
            }
        }
        NumericDocValues dates = buckets == null ? null : DocValues.getNumeric(context.reader(), ArticleFields.DATE);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // counts need no scores
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int i = 0; i < n; i++) {
                    if (multi[i] != null) {
                        if (multi[i].advanceExact(doc)) {
                            for (int k = 0; k < multi[i].docValueCount(); k++) {
                                ordCounts[i][(int) multi[i].nextOrd()]++;
                            }
                        }
                    } else if (single[i].advanceExact(doc)) {
                        ordCounts[i][single[i].ordValue()]++;
                    }
                }
                if (dates != null && dates.advanceExact(doc)) {
                    int bucket = buckets.indexOf(dates.longValue());
                    if (bucket >= 0 && bucket < histogram.length) {
                        histogram[bucket]++;
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int i = 0; i < n; i++) {
                    Map<String, Long> values = counts.get(facets[i]);
                    for (int ord = 0; ord < ordCounts[i].length; ord++) {
                        if (ordCounts[i][ord] > 0) {
                            String value = (multi[i] != null ? multi[i].lookupOrd(ord) : single[i].lookupOrd(ord))
                                    .utf8ToString();
                            values.merge(value, ordCounts[i][ord], Long::sum);
                        }
                    }
                }
            }
        };
    }
}
