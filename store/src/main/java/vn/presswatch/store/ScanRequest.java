package vn.presswatch.store;

import java.util.Objects;

/**
 * A walk over every article matching a query and filters ({@link ArticleStore#scan}), for work on the whole archive
 * (reindexing, exports) that paging cannot reach beyond {@link SearchRequest#MAX_WINDOW}.
 *
 * @param query     text in the query language; blank for all articles
 * @param filter    structured filters
 * @param batchSize articles per batch handed to the caller, 1 to {@link #MAX_BATCH}; memory holds one batch
 */
public record ScanRequest(String query, ArticleFilter filter, int batchSize) {

    /** Largest batch: one request each, and Elasticsearch serves at most this many hits per request. */
    public static final int MAX_BATCH = SearchRequest.MAX_WINDOW;
    /** The batch of {@link #of}: a few megabytes of articles, few enough round trips. */
    public static final int DEFAULT_BATCH = 1_000;

    public ScanRequest {
        query = Objects.requireNonNullElse(query, "");
        filter = Objects.requireNonNullElse(filter, ArticleFilter.none());
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be between 1 and " + MAX_BATCH + ": " + batchSize);
        }
    }

    /** Every article matching {@code query} and {@code filter}, in batches of {@value #DEFAULT_BATCH}. */
    public static ScanRequest of(String query, ArticleFilter filter) {
        return new ScanRequest(query, filter, DEFAULT_BATCH);
    }

    public ScanRequest withBatchSize(int value) {
        return new ScanRequest(query, filter, value);
    }
}
