package vn.presswatch.store;

import java.util.Objects;

/**
 * A page of search results to fetch.
 *
 * @param query     text in the query language ({@code vn.presswatch.store.query}); blank for all articles
 * @param filter    structured filters
 * @param sort      result order
 * @param offset    how many hits to skip, {@code >= 0}
 * @param limit     page size, 1 to {@link #MAX_LIMIT}
 * @param highlight whether to compute highlighted snippets (costs a little per hit)
 */
public record SearchRequest(String query, ArticleFilter filter, Sort sort, int offset, int limit,
                            boolean highlight) {

    /** Largest page. */
    public static final int MAX_LIMIT = 200;
    /** Deepest result reachable by paging (Elasticsearch's default window); narrow the query to go further. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        filter = Objects.requireNonNullElse(filter, ArticleFilter.none());
        sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW
                    + "; narrow the query or the time range to see older results");
        }
    }

    /** The first page of 20 hits by relevance, highlighted. */
    public static SearchRequest of(String query, ArticleFilter filter) {
        return new SearchRequest(query, filter, Sort.RELEVANCE, 0, 20, true);
    }

    public SearchRequest withSort(Sort value) {
        return new SearchRequest(query, filter, value, offset, limit, highlight);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, filter, sort, newOffset, newLimit, highlight);
    }
}
