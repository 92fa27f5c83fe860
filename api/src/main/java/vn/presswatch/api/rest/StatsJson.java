package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** The JSON shapes of statistics in the API. */
public final class StatsJson {
    private StatsJson() {
    }

    /** Articles of one topic. */
    @Serdeable
    public record TopicCount(String topic, String name, long count) {
    }

    /**
     * Articles per taxonomy topic: every topic, zeros included, in taxonomy order.
     *
     * @param total articles matching (an article with several topics counts once here, once per topic below)
     */
    @Serdeable
    public record Topics(long total, List<TopicCount> counts) {
    }

    /** Articles with one value of a facet, e.g. source {@code baohaiphong}. */
    @Serdeable
    public record Count(String key, String name, long count) {
    }

    /** Articles in one period of the histogram, starting on {@code start} (a day, Vietnam time). */
    @Serdeable
    public record Bucket(String start, long count) {
    }

    /**
     * Counts by facet, most frequent first, and a histogram.
     *
     * @param counts    facet name (topic, source, tone, language, locality, origin) to its counts
     * @param interval  day, week or month; null without a histogram
     * @param histogram empty without an interval
     */
    @Serdeable
    public record Facets(long total, Map<String, List<Count>> counts, @Nullable String interval,
                         List<Bucket> histogram) {
    }
}
