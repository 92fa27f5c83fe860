package vn.presswatch.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over a set of articles.
 *
 * @param total     number of matching articles
 * @param counts    per requested facet: value to number of articles, largest first, ties by value; values with
 *                  no article are absent. Tone, language and origin values are their ids ({@code negative}, {@code vi},
 *                  {@code foreign}).
 * @param histogram one bucket per interval from the one holding {@code from} to the one holding the last instant
 *                  before {@code to}, empty buckets included; empty when no interval was requested
 */
public record Stats(long total, Map<Facet, Map<String, Long>> counts, List<Bucket> histogram) {

    public Stats {
        Map<Facet, Map<String, Long>> copy = new LinkedHashMap<>();
        counts.forEach((facet, values) -> copy.put(facet, Collections.unmodifiableMap(sorted(values))));
        counts = Collections.unmodifiableMap(copy);
        histogram = List.copyOf(histogram);
    }

    /** The counts of one facet (empty if it was not requested). */
    public Map<String, Long> of(Facet facet) {
        return counts.getOrDefault(facet, Map.of());
    }

    private static Map<String, Long> sorted(Map<String, Long> values) {
        Map<String, Long> result = new LinkedHashMap<>();
        values.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /**
     * One histogram bucket.
     *
     * @param start the first day of the bucket in the request's zone
     * @param count articles in it
     */
    public record Bucket(LocalDate start, long count) {
    }
}
