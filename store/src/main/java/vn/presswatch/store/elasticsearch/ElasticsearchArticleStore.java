package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Facet;
import vn.presswatch.store.Interval;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.RecordType;
import vn.presswatch.store.ScanRequest;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.SearchResult.ArticleHit;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.UpsertResult;
import vn.presswatch.store.elasticsearch.EsArticleDocuments.StoredArticle;
import vn.presswatch.store.elasticsearch.EsBulkWriter.Doc;
import vn.presswatch.store.elasticsearch.EsBulkWriter.Outcome;
import vn.presswatch.store.index.ArticleFields;
import vn.presswatch.store.index.CalendarBuckets;
import vn.presswatch.store.index.SnippetHighlighter;
import vn.presswatch.store.query.QueryField;

/**
 * The store on an Elasticsearch 9 cluster (the minimal distribution is enough: built-in analyzers only, no
 * percolator). Articles live in {@code <prefix>-articles}, small records in {@code <prefix>-records}; both are
 * aliases over a generation index ({@code -000001}) created on first start with strict mappings.
 *
 * <p>Answers are the embedded store's: queries are translated rule for rule ({@link EsQueries}), folding happens
 * in Java at indexing time, highlights are computed in Java from the stored article ({@link SnippetHighlighter}),
 * and histograms are mapped onto the same calendar buckets. Writes use {@code refresh=wait_for}, so they are
 * visible to searches when they return.
 *
 * <p>Unlike the embedded store, a write that fails part-way cannot be rolled back: a failed {@link #upsert} or
 * {@link #bulkImport} names the articles that were not stored, and the others stay stored (re-running the same
 * upsert is harmless, as it is idempotent).
 */
public final class ElasticsearchArticleStore implements ArticleStore {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchArticleStore.class);
    /** Ids per mget request in {@link #existing}. */
    private static final int MGET_CHUNK = 1_000;
    /** Deepest page Elasticsearch serves by default ({@code index.max_result_window}). */
    private static final int MAX_WINDOW = SearchRequest.MAX_WINDOW;
    /**
     * Terms per facet in {@link #stats}: more than there are sources, topics or localities in any installation, so
     * every value is counted (one shard, so the counts are exact).
     */
    static final int MAX_FACET_VALUES = 10_000;
    private static final String HISTOGRAM = "histogram";
    /**
     * How long Elasticsearch keeps a {@link #scan}'s point in time between two of its requests (each renews it): long
     * enough for the consumer to work on a batch, short enough that a walk whose process died frees it soon.
     */
    private static final String SCAN_KEEP_ALIVE = "5m";
    /** The cheapest stable order within a point in time, and the tiebreaker {@code search_after} needs. */
    private static final SortOptions SHARD_DOC = SortOptions.of(o -> o.field(f -> f.field("_shard_doc")
            .order(SortOrder.Asc)));
    /** Articles deleted per bulk request in {@link #deleteBySource}. */
    private static final int DELETE_PAGE = 5_000;

    private final ElasticsearchStoreSettings settings;
    private final ElasticsearchClient client;
    private final EsErrors errors;
    private final EsBulkWriter writer;
    private final String articles;
    private final String records;
    private final Map<String, ElasticsearchRecordCollection<?>> collections = new ConcurrentHashMap<>();

    /**
     * Connects, checks the cluster answers, and creates the indexes if they are missing.
     *
     * @throws StoreException if Elasticsearch is unreachable or refuses
     */
    public ElasticsearchArticleStore(ElasticsearchStoreSettings settings) {
        this.settings = settings;
        this.errors = new EsErrors(settings.describeUrls());
        this.articles = settings.articlesAlias();
        this.records = settings.recordsAlias();
        this.client = EsClients.create(settings);
        try {
            checkCluster();
            EsMappings.ensureIndexes(client, settings, errors);
        } catch (RuntimeException e) {
            closeClient();
            throw e;
        }
        this.writer = new EsBulkWriter(client, articles, settings.maxRetries(), errors);
        LOG.info("Opened Elasticsearch store at {} (indexes {}-*)", settings.describeUrls(), settings.indexPrefix());
    }

    /**
     * {@code GET /} answers 405 on the minimal distribution, so the client's info()/ping() cannot be used; the
     * cluster health answers everywhere and says whether the cluster can serve.
     */
    private void checkCluster() {
        try {
            HealthResponse health = errors.call("cannot reach Elasticsearch", () -> client.cluster().health());
            LOG.info("Elasticsearch cluster {} at {} is {}", health.clusterName(), settings.describeUrls(),
                    health.status().jsonValue());
        } catch (StoreException e) {
            // A user without the "monitor" privilege gets 403 here, but the cluster answered: carry on.
            if (e.getCause() instanceof ElasticsearchException es && es.status() == 403) {
                LOG.info("Elasticsearch at {} answered (cluster health not permitted for this user)",
                        settings.describeUrls());
                return;
            }
            throw e;
        }
    }

    @Override
    public UpsertResult upsert(List<Article> batch) {
        Map<String, Article> byId = new LinkedHashMap<>();
        batch.forEach(a -> byId.put(a.id(), a));
        if (byId.isEmpty()) {
            return new UpsertResult(List.of(), List.of());
        }
        List<Doc> docs = new ArrayList<>(byId.size());
        byId.values().forEach(a -> docs.add(new Doc(a.id(), EsArticleDocuments.toJson(a))));
        Set<String> before = existing(byId.keySet());
        Map<String, Outcome> outcomes = writer.write(docs, Refresh.WaitFor);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (String id : byId.keySet()) {
            Outcome outcome = outcomes.get(id);
            // Elasticsearch's own "created"/"updated" is exact even when another instance writes the same article at
            // the same time; only when a retry makes it unreliable does the check made before writing decide.
            boolean isNew = outcome == Outcome.UNCERTAIN ? !before.contains(id) : outcome == Outcome.CREATED;
            (isNew ? created : updated).add(id);
        }
        return new UpsertResult(created, updated);
    }

    /**
     * Writes in bulk requests of {@code bulkSize} articles, {@code bulkConcurrency} in flight, each serialised on its
     * own worker thread, without refreshing; one refresh at the end makes everything visible.
     */
    @Override
    public long bulkImport(Iterator<Article> source) {
        int concurrency = settings.bulkConcurrency();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "presswatch-es-import-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Bounds the chunks read ahead of the writers, so memory stays at about (concurrency + 1) chunks.
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicLong written = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        try {
            while (source.hasNext()) {
                List<Article> chunk = new ArrayList<>(settings.bulkSize());
                while (chunk.size() < settings.bulkSize() && source.hasNext()) {
                    chunk.add(source.next());
                }
                inFlight.acquire();
                failFast(running);
                running.add(pool.submit(() -> {
                    try {
                        List<Doc> docs = new ArrayList<>(chunk.size());
                        for (Article a : chunk) {
                            docs.add(new Doc(a.id(), EsArticleDocuments.toJson(a)));
                        }
                        writer.write(docs, Refresh.False);
                        written.addAndGet(docs.size());
                        return null;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("bulk import interrupted after " + written.get() + " articles", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new StoreException("bulk import failed after " + written.get() + " articles: "
                    + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        refresh();
        LOG.info("Imported {} articles into {} in {} ms", written.get(), articles,
                (System.nanoTime() - started) / 1_000_000);
        return written.get();
    }

    /** Stops reading further chunks once a writer has failed. */
    private static void failFast(List<Future<?>> running) throws InterruptedException, ExecutionException {
        for (Future<?> f : running) {
            if (f.isDone()) {
                f.get();
            }
        }
    }

    private void refresh() {
        errors.call("cannot refresh " + articles, () -> client.indices().refresh(r -> r.index(articles)));
    }

    @Override
    public Optional<Article> get(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty(); // no document has an empty _id, and Elasticsearch rejects asking for one
        }
        GetResponse<StoredArticle> response = errors.call("cannot read article " + id,
                () -> client.get(g -> g.index(articles).id(id).sourceIncludes(EsMappings.ARTICLE),
                        StoredArticle.class));
        return response.found() && response.source() != null ? Optional.ofNullable(response.source().article())
                : Optional.empty();
    }

    @Override
    public boolean exists(String id) {
        return !existing(List.of(id)).isEmpty();
    }

    /** A real-time multi-get without sources: sees writes that no refresh has made searchable yet. */
    @Override
    public Set<String> existing(Collection<String> ids) {
        List<String> unique = ids.stream().filter(id -> id != null && !id.isEmpty()).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < unique.size(); from += MGET_CHUNK) {
            List<String> chunk = unique.subList(from, Math.min(unique.size(), from + MGET_CHUNK));
            MgetResponse<Void> response = errors.call("cannot look up " + chunk.size() + " article ids",
                    () -> client.mget(m -> m.index(articles).ids(chunk).source(s -> s.fetch(false)), Void.class));
            for (MultiGetResponseItem<Void> item : response.docs()) {
                if (item.isFailure()) {
                    throw new StoreException("cannot look up article " + item.failure().id() + ": "
                            + EsErrors.reason(item.failure().error()));
                }
                if (item.result().found()) {
                    found.add(item.result().id());
                }
            }
        }
        return found;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        // Parsing first: a malformed query fails with the parser's QuerySyntaxException before any request.
        Query query = EsQueries.search(request.query(), request.filter());
        SnippetHighlighter highlighter = request.highlight() ? SnippetHighlighter.forQuery(request.query()) : null;
        SearchResponse<StoredArticle> response = errors.call("cannot search articles", () -> client.search(s -> s
                .index(articles)
                .query(query)
                .from(request.offset())
                .size(request.limit())
                .trackTotalHits(t -> t.enabled(true))
                .sort(sortOf(request.sort()))
                .source(c -> c.filter(f -> f.includes(EsMappings.ARTICLE))), StoredArticle.class));
        List<ArticleHit> hits = new ArrayList<>();
        for (Hit<StoredArticle> hit : response.hits().hits()) {
            Article article = article(hit);
            // Lucene scores are floats; Elasticsearch prints them in the shortest decimal form. Back to the float, so
            // the score is the embedded store's value to the last bit when the computation agrees.
            double score = request.sort() == Sort.RELEVANCE && hit.score() != null
                    ? (double) hit.score().floatValue() : 0;
            hits.add(new ArticleHit(article, score, highlighter == null ? null : highlighter.highlight(article)));
        }
        return new SearchResult(total(response), hits);
    }

    /**
     * A point in time on the articles alias, paged with {@code search_after} on {@code _shard_doc}; the point in time
     * is closed when the walk ends, also when it fails (otherwise it would hold the old segments for
     * {@value #SCAN_KEEP_ALIVE}).
     */
    @Override
    public long scan(ScanRequest request, Consumer<List<Article>> batches) {
        Query query = EsQueries.search(request.query(), request.filter());
        String pit = errors.call("cannot open a point in time on " + articles, () -> client.openPointInTime(o -> o
                .index(articles)
                .keepAlive(k -> k.time(SCAN_KEEP_ALIVE)))).id();
        RuntimeException failure = null;
        long handed = 0;
        try {
            List<FieldValue> after = List.of();
            while (true) {
                String current = pit;
                List<FieldValue> from = after;
                long offset = handed;
                SearchResponse<StoredArticle> page = errors.call("cannot read the articles of " + articles + " after "
                        + offset + " of a walk", () -> client.search(s -> {
                            s.pit(p -> p.id(current).keepAlive(k -> k.time(SCAN_KEEP_ALIVE)))
                                    .query(query)
                                    .size(request.batchSize())
                                    .sort(SHARD_DOC)
                                    .trackTotalHits(t -> t.enabled(false))
                                    .source(c -> c.filter(f -> f.includes(EsMappings.ARTICLE)));
                            return from.isEmpty() ? s : s.searchAfter(from);
                        }, StoredArticle.class));
                if (page.shards().failed().intValue() > 0) {
                    // A failed shard's hits are missing from the page: a walk must not skip articles silently.
                    throw new StoreException("cannot read the articles of " + articles + " after " + offset
                            + " of a walk: " + page.shards().failed() + " shards failed: " + page.shards().failures()
                            .stream().map(f -> EsErrors.reason(f.reason())).distinct().toList());
                }
                if (page.pitId() != null) {
                    pit = page.pitId(); // Elasticsearch may hand back a new id; the latest one is to be used
                }
                List<Hit<StoredArticle>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return handed;
                }
                batches.accept(hits.stream().map(ElasticsearchArticleStore::article).toList());
                handed += hits.size();
                if (hits.size() < request.batchSize()) {
                    return handed;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            closePointInTime(pit, failure);
        }
    }

    /** Closing fails only if Elasticsearch is gone; the point in time then expires by itself, so only log it. */
    private void closePointInTime(String pit, RuntimeException failure) {
        try {
            errors.call("cannot close a point in time on " + articles, () -> client.closePointInTime(c -> c.id(pit)));
        } catch (RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.warn("{}; it expires after {}", e.getMessage(), SCAN_KEEP_ALIVE);
            }
        }
    }

    private static List<SortOptions> sortOf(Sort sort) {
        SortOptions newest = SortOptions.of(o -> o.field(f -> f.field(ArticleFields.DATE).order(SortOrder.Desc)));
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))), newest);
            case NEWEST -> List.of(newest);
            case OLDEST -> List.of(SortOptions.of(o -> o.field(f -> f.field(ArticleFields.DATE).order(SortOrder.Asc))));
        };
    }

    @Override
    public Stats stats(StatsRequest request) {
        Query query = EsQueries.search(request.query(), request.filter());
        CalendarBuckets buckets = request.interval() == null ? null
                : CalendarBuckets.of(request.filter().from(), request.filter().to(), request.interval(),
                        request.zone());
        Map<String, Aggregation> aggregations = new HashMap<>();
        for (Facet facet : request.facets()) {
            aggregations.put(facet.name(), Aggregation.of(a -> a.terms(t -> t.field(ArticleFields.facetField(facet))
                    .size(MAX_FACET_VALUES))));
        }
        if (buckets != null) {
            aggregations.put(HISTOGRAM, histogram(request));
        }
        SearchResponse<Void> response = errors.call("cannot count articles", () -> client.search(s -> s
                .index(articles)
                .query(query)
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .aggregations(aggregations), Void.class));
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : request.facets()) {
            Map<String, Long> values = new HashMap<>();
            Aggregate aggregate = response.aggregations().get(facet.name());
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                values.put(bucket.key().stringValue(), bucket.docCount());
            }
            counts.put(facet, values);
        }
        List<Stats.Bucket> histogram = new ArrayList<>();
        if (buckets != null) {
            long[] perBucket = new long[buckets.size()];
            List<DateHistogramBucket> esBuckets = response.aggregations().get(HISTOGRAM).dateHistogram().buckets()
                    .array();
            for (DateHistogramBucket bucket : esBuckets) {
                // Elasticsearch keys a calendar bucket by its first instant in the requested zone.
                LocalDate start = Instant.ofEpochMilli(bucket.key()).atZone(request.zone()).toLocalDate();
                int i = buckets.indexOf(start);
                if (i >= 0) {
                    perBucket[i] += bucket.docCount();
                } else if (bucket.docCount() > 0) {
                    LOG.warn("Elasticsearch histogram bucket {} ({} articles) is not a bucket of {}..{} by {}", start,
                            bucket.docCount(), request.filter().from(), request.filter().to(), request.interval());
                }
            }
            for (int i = 0; i < buckets.size(); i++) {
                histogram.add(new Stats.Bucket(buckets.start(i), perBucket[i]));
            }
        }
        return new Stats(total(response), counts, histogram);
    }

    /**
     * The date histogram in the request's calendar. Empty buckets are asked for too (min_doc_count 0 over the whole
     * range), though the result is mapped onto {@link CalendarBuckets} anyway, so it lists exactly the embedded
     * store's buckets.
     */
    private static Aggregation histogram(StatsRequest request) {
        double min = request.filter().from().toEpochMilli();
        double max = request.filter().to().toEpochMilli() - 1;
        return Aggregation.of(a -> a.dateHistogram(h -> h
                .field(ArticleFields.DATE)
                .calendarInterval(calendarInterval(request.interval()))
                .timeZone(request.zone().getId())
                .minDocCount(0)
                .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(min)))
                        .max(FieldDateMath.of(m -> m.value(max))))));
    }

    private static CalendarInterval calendarInterval(Interval interval) {
        return switch (interval) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            case MONTH -> CalendarInterval.Month;
        };
    }

    @Override
    public List<Article> storyCluster(String clusterId, int limit) {
        // As the embedded store: at least one, and at most the deepest page Elasticsearch serves.
        int size = Math.min(MAX_WINDOW, Math.max(1, limit));
        SearchResponse<StoredArticle> response = errors.call("cannot read story cluster " + clusterId,
                () -> client.search(s -> s
                        .index(articles)
                        .query(q -> q.term(t -> t.field(ArticleFields.CLUSTER).value(FieldValue.of(clusterId))))
                        .size(size)
                        .sort(sortOf(Sort.OLDEST))
                        .source(c -> c.filter(f -> f.includes(EsMappings.ARTICLE))), StoredArticle.class));
        List<Article> result = new ArrayList<>();
        for (Hit<StoredArticle> hit : response.hits().hits()) {
            result.add(article(hit));
        }
        return result;
    }

    @Override
    public long count() {
        return errors.call("cannot count articles", () -> client.count(c -> c.index(articles)).count());
    }

    /**
     * Finds the source's articles and deletes them with the bulk API, a page at a time, until none is left. The
     * minimal distribution has no {@code _delete_by_query} (it lives in the reindex module), and this needs nothing
     * beyond search and bulk. Each page's deletes wait for a refresh, so the next search no longer finds them.
     */
    @Override
    public long deleteBySource(String sourceId) {
        String source = ArticleFields.keywordValue(QueryField.SOURCE, sourceId);
        long deleted = 0;
        while (true) {
            SearchResponse<Void> page = errors.call("cannot find the articles of source " + sourceId,
                    () -> client.search(s -> s
                            .index(articles)
                            .query(q -> q.term(t -> t.field(ArticleFields.SOURCE).value(source)))
                            .size(DELETE_PAGE)
                            .source(c -> c.fetch(false))
                            .trackTotalHits(t -> t.enabled(false)), Void.class));
            List<Doc> deletes = page.hits().hits().stream().map(h -> Doc.delete(h.id())).toList();
            if (deletes.isEmpty()) {
                break;
            }
            long round = writer.write(deletes, Refresh.WaitFor).values().stream()
                    .filter(o -> o == Outcome.DELETED).count();
            deleted += round;
            if (round == 0) {
                // Everything found was already gone (another instance deleting too); stop rather than spin.
                break;
            }
        }
        LOG.info("Deleted {} articles of source {} from {}", deleted, sourceId, articles);
        return deleted;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> RecordCollection<T> records(RecordType<T> type) {
        ElasticsearchRecordCollection<?> collection = collections.computeIfAbsent(type.name(),
                n -> new ElasticsearchRecordCollection<>(client, records, type, errors));
        if (!collection.type().equals(type)) {
            throw new IllegalArgumentException("record type '" + type.name() + "' is already in use with another"
                    + " definition");
        }
        return (RecordCollection<T>) collection;
    }

    @Override
    public String describe() {
        return "Elasticsearch at " + settings.describeUrls() + " (indexes " + settings.indexPrefix() + "-*)";
    }

    @Override
    public void close() {
        closeClient();
        LOG.info("Closed Elasticsearch store at {}", settings.describeUrls());
    }

    private void closeClient() {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.warn("Cannot close the Elasticsearch client for {}", settings.describeUrls(), e);
        }
    }

    private static Article article(Hit<StoredArticle> hit) {
        if (hit.source() == null || hit.source().article() == null) {
            throw new StoreException("article " + hit.id() + " in " + hit.index() + " has no stored article");
        }
        return hit.source().article();
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? 0 : response.hits().total().value();
    }
}
