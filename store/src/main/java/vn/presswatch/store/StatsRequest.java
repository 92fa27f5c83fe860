package vn.presswatch.store;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Counts to compute over the articles matching a query and filter.
 *
 * @param query    text in the query language; blank for all articles
 * @param filter   structured filters; a histogram needs both ends of its time range
 * @param facets   what to count by
 * @param interval date histogram bucket, or null for none
 * @param zone     the calendar of the histogram; {@link #VIETNAM} unless told otherwise
 */
public record StatsRequest(String query, ArticleFilter filter, Set<Facet> facets, Interval interval, ZoneId zone) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public StatsRequest {
        query = Objects.requireNonNullElse(query, "");
        filter = Objects.requireNonNullElse(filter, ArticleFilter.none());
        facets = Set.copyOf(Objects.requireNonNullElse(facets, Set.of()));
        zone = Objects.requireNonNullElse(zone, VIETNAM);
        if (interval != null && (filter.from() == null || filter.to() == null)) {
            throw new IllegalArgumentException("a date histogram needs a time range with both 'from' and 'to'");
        }
    }

    /** Counts by the given facets over a filter, no histogram. */
    public static StatsRequest counts(ArticleFilter filter, Set<Facet> facets) {
        return new StatsRequest("", filter, facets, null, VIETNAM);
    }
}
