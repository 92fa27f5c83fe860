package vn.presswatch.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.presswatch.store.index.MemoryIndexMatcher;

/**
 * The system of record: articles, and the small records (sources, crawl state, users, alert rules, alert events)
 * kept beside them. Two backends implement it with the same answers: embedded Lucene ({@code store.lucene}) and
 * Elasticsearch ({@code store.elasticsearch}).
 *
 * <p>All methods are thread-safe. Writes are durable and visible to every read of this instance when they
 * return, except {@link #bulkImport}, which becomes visible when it returns. Queries use the query language of
 * {@code vn.presswatch.store.query}; a malformed one throws {@code QuerySyntaxException} (an
 * {@link IllegalArgumentException}) naming the position. Backend failures throw {@link StoreException}.
 */
public interface ArticleStore extends AutoCloseable {

    /**
     * Stores articles, replacing any stored article with the same id (idempotent: storing the same batch twice
     * changes nothing). Within one batch the last article with an id wins.
     *
     * @return which ids were new and which replaced a stored article
     */
    UpsertResult upsert(List<Article> articles);

    /**
     * Stores many articles fast, for imports, reindexing and benchmarks: like {@link #upsert} but without
     * reporting what was new, and with the writes committed and made visible when it returns.
     *
     * @return how many articles were written
     */
    long bulkImport(Iterator<Article> articles);

    /** The article with this id. */
    Optional<Article> get(String id);

    /** Whether an article with this id is stored. */
    boolean exists(String id);

    /** Which of these ids are stored (for the crawler's dedup of a feed's items in one call). */
    Set<String> existing(Collection<String> ids);

    /** A page of articles matching a query and filters, with exact total and optional highlights. */
    SearchResult search(SearchRequest request);

    /**
     * Walks every article matching a query and filters, however many, handing them to {@code batches} a batch at a
     * time (at most {@link ScanRequest#batchSize()} each, never empty); the next batch is read only when the
     * consumer returns, so memory holds one batch. Unlike {@link #search}, it is not limited to
     * {@link SearchRequest#MAX_WINDOW} hits.
     *
     * <p>The walk reads one point-in-time view of the store, taken when it starts (a held Lucene reader; an
     * Elasticsearch point in time) and released when it ends, also when it fails. Each article that matched then is
     * handed over exactly once, as it was then; writes during the walk, including the consumer's own upserts of the
     * articles it is given, neither break it nor show in it. The order is fixed for the walk but unspecified (the
     * backend's storage order, not by date or relevance). The consumer runs on the calling thread and may call this
     * store.
     *
     * @param batches called once per batch, in order
     * @return how many articles were handed over
     * @throws StoreException if the backend fails; an exception thrown by {@code batches} ends the walk and is
     *                        rethrown as it is
     */
    long scan(ScanRequest request, Consumer<List<Article>> batches);

    /** Counts by facet and a date histogram over the articles matching a query and filters. */
    Stats stats(StatsRequest request);

    /** The articles of one story cluster (syndicated copies), oldest first, at most {@code limit}. */
    List<Article> storyCluster(String clusterId, int limit);

    /** Number of stored articles. */
    long count();

    /** Deletes every article of a source (its source record and crawl state stay); returns how many. */
    long deleteBySource(String sourceId);

    /** The small records of one kind. */
    <T> RecordCollection<T> records(RecordType<T> type);

    /** The watched sources. */
    default RecordCollection<Source> sources() {
        return records(Source.RECORD_TYPE);
    }

    /** The crawler's state per source. */
    default RecordCollection<CrawlState> crawlStates() {
        return records(CrawlState.RECORD_TYPE);
    }

    /**
     * Compiles saved queries for matching single articles in-process (Lucene MemoryIndex), identically on every
     * backend; Elasticsearch's minimal distribution has no percolator.
     *
     * @throws IllegalArgumentException (a {@code QuerySyntaxException}) naming the first saved query that does not parse
     */
    default SavedQueryMatcher matcher(Collection<SavedQuery> queries) {
        return MemoryIndexMatcher.compile(queries);
    }

    /** A short description for logs and health checks, e.g. "embedded Lucene at /data". */
    String describe();

    /** Commits and releases the backend's resources. */
    @Override
    void close();
}
