package vn.presswatch.crawler.crawl;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.crawler.dedup.StoryClusterer;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.feed.FeedParser;
import vn.presswatch.crawler.feed.SitemapReader;
import vn.presswatch.crawler.fetch.FetchSettings;
import vn.presswatch.crawler.fetch.HttpFetcher;
import vn.presswatch.crawler.url.AddressGuard;
import vn.presswatch.crawler.url.UrlCanonicalizer;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Source;

/**
 * The crawler: polls every enabled source of its shard on an adaptive schedule ({@link #start()}), or all of them
 * once ({@link #crawlOnce}), and hands new articles to an {@link ArticleSink}. Sources and crawl states live in the
 * store, so editors change sources there and a restart resumes where the last run stopped.
 */
public final class Crawler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final ArticleStore store;
    private final Settings settings;
    private final Clock clock;
    private final HttpFetcher fetcher;
    private final StoryClusterer clusterer;
    private final SourcePoll poll;
    private final Map<String, CrawlState> states = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile List<Source> sources = List.of();
    /** The outlets of {@link #sources} by host, for filing search-feed items; rebuilt with them. */
    private volatile OutletDirectory outlets = new OutletDirectory(List.of());
    private volatile Instant sourcesLoadedAt = Instant.EPOCH;
    private volatile boolean sourcesStale = true;
    private volatile boolean warmedUp;
    private long timerId = -1;
    private boolean ticking;

    /**
     * Everything the crawler is configured with.
     *
     * @param crawl     scheduling and bounds
     * @param fetch     HTTP behaviour and politeness
     * @param addresses which addresses may be fetched
     * @param extract   article extraction
     * @param stories   near-duplicate clustering
     * @param urls      URL canonicalisation
     */
    public record Settings(CrawlSettings crawl, FetchSettings fetch, AddressGuard.Settings addresses,
                          ArticleExtractor.Settings extract, StoryClusterer.Settings stories,
                          UrlCanonicalizer.Settings urls) {
        public Settings {
            Objects.requireNonNull(crawl, "crawl");
            Objects.requireNonNull(fetch, "fetch");
            Objects.requireNonNull(addresses, "addresses");
            Objects.requireNonNull(extract, "extract");
            Objects.requireNonNull(stories, "stories");
            Objects.requireNonNull(urls, "urls");
        }

        /** Public addresses only; {@code contact} goes into the User-Agent. */
        public static Settings defaults(String contact) {
            return new Settings(CrawlSettings.defaults(), FetchSettings.defaults(contact),
                    new AddressGuard.Settings(false, false), ArticleExtractor.Settings.defaults(),
                    StoryClusterer.Settings.defaults(), UrlCanonicalizer.Settings.defaults());
        }

        public Settings withCrawl(CrawlSettings value) {
            return new Settings(value, fetch, addresses, extract, stories, urls);
        }

        public Settings withFetch(FetchSettings value) {
            return new Settings(crawl, value, addresses, extract, stories, urls);
        }

        public Settings withAddresses(AddressGuard.Settings value) {
            return new Settings(crawl, fetch, value, extract, stories, urls);
        }
    }

    /** A crawler on its own Vert.x instance, which {@link #close()} closes. */
    public Crawler(ArticleStore store, ArticleSink sink, Settings settings, Clock clock) {
        this(Vertx.vertx(), true, store, sink, settings, clock);
    }

    /** A crawler on the caller's Vert.x instance, which {@link #close()} leaves open. */
    public Crawler(Vertx vertx, ArticleStore store, ArticleSink sink, Settings settings, Clock clock) {
        this(vertx, false, store, sink, settings, clock);
    }

    private Crawler(Vertx vertx, boolean ownsVertx, ArticleStore store, ArticleSink sink, Settings settings,
                    Clock clock) {
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        this.ownsVertx = ownsVertx;
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetcher = new HttpFetcher(vertx, settings.fetch(), new AddressGuard(settings.addresses()));
        this.clusterer = new StoryClusterer(settings.stories());
        UrlCanonicalizer canonicalizer = new UrlCanonicalizer(settings.urls());
        CrawlSettings crawl = settings.crawl();
        this.poll = new SourcePoll(vertx, fetcher, new ListingReader(new FeedParser(), new SitemapReader()),
                new ArticleExtractor(settings.extract()), new ArticleAssembler(canonicalizer, clusterer), canonicalizer,
                new SeenLinks(200_000), store, Objects.requireNonNull(sink, "sink"),
                new AsyncPermits(crawl.maxArticlesInFlight()), crawl, new PollIntervals(crawl, clock.millis()), clock);
    }

    /** Starts polling on the schedule; returns at once. */
    public synchronized void start() {
        if (timerId < 0) {
            timerId = vertx.setPeriodic(0, settings.crawl().tick().toMillis(), id -> tick());
            LOG.info("Crawler started (shard {} of {})", settings.crawl().shardIndex() + 1,
                    settings.crawl().shardCount());
        }
    }

    /** Stops scheduling new polls; polls under way finish. */
    public synchronized void stop() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
    }

    /** Sources or their settings changed in the store: read them again before the next tick. */
    public void refresh() {
        sourcesStale = true;
    }

    /**
     * Forgets the crawler's own copy of a source's crawl state, so the next poll starts from what the store holds:
     * after an editor switched back on a source the crawler had switched off, and the stored state was reset.
     */
    public void resetState(String sourceId) {
        states.remove(sourceId);
        sourcesStale = true;
    }

    /** Polls one source now, whatever its schedule (an editor's "check now"). */
    public Future<PollOutcome> pollNow(String sourceId) {
        return vertx.executeBlocking(() -> {
            prepare();
            return store.sources().get(sourceId).orElseThrow(() ->
                    new IllegalArgumentException("Không có nguồn tin " + sourceId));
        }, false).compose(source -> pollSource(source, true));
    }

    /**
     * Polls every enabled source of this shard once, every address whatever its schedule, and completes when all
     * are done. {@code listener} hears of each source as it finishes (from any thread).
     */
    public Future<CrawlReport> crawlOnce(CrawlListener listener) {
        return vertx.executeBlocking(() -> {
            prepare();
            return sources;
        }, false).compose(all -> {
            List<Source> mine = all.stream().filter(Source::enabled).toList();
            listener.started(mine.size());
            List<PollOutcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
            AsyncPermits perSource = new AsyncPermits(settings.crawl().maxConcurrentSources());
            List<Future<PollOutcome>> polls = new ArrayList<>();
            for (Source source : mine) {
                polls.add(perSource.run(() -> pollSource(source, true)).andThen(ar -> {
                    if (ar.succeeded()) {
                        outcomes.add(ar.result());
                        listener.finished(ar.result());
                    }
                }));
            }
            return Future.join(polls).transform(ignored -> Future.succeededFuture(new CrawlReport(outcomes)));
        });
    }

    /** The crawl state of a source as the crawler knows it now (its own copy, ahead of the store's). */
    public CrawlState state(String sourceId) {
        return states.getOrDefault(sourceId, CrawlState.initial(sourceId));
    }

    /** Stories seen recently, for tests and the health page. */
    public int clusterWindowSize() {
        return clusterer.size();
    }

    @Override
    public void close() {
        stop();
        fetcher.close();
        if (ownsVertx) {
            vertx.close();
        }
    }

    // ---- scheduling -----------------------------------------------------------------------------------------

    private void tick() {
        synchronized (this) {
            if (ticking || timerId < 0) {
                return;
            }
            ticking = true;
        }
        vertx.executeBlocking(() -> {
            prepare();
            return due();
        }, false).onComplete(ar -> {
            synchronized (this) {
                ticking = false;
            }
            if (ar.failed()) {
                LOG.warn("Crawler could not read its sources from the store: {}", ar.cause().toString());
                return;
            }
            for (Source source : ar.result()) {
                pollSource(source, false);
            }
        });
    }

    /** Enabled sources whose next poll is due, not running already, up to the concurrency limit. */
    private List<Source> due() {
        Instant now = clock.instant();
        List<Source> due = new ArrayList<>();
        int free = settings.crawl().maxConcurrentSources() - running.size();
        for (Source source : sources) {
            if (due.size() >= free) {
                break;
            }
            if (!source.enabled() || running.contains(source.id())) {
                continue;
            }
            Instant next = state(source.id()).nextPoll();
            if (next == null || !next.isAfter(now)) {
                due.add(source);
            }
        }
        return due;
    }

    private Future<PollOutcome> pollSource(Source source, boolean everything) {
        if (!running.add(source.id())) {
            return Future.failedFuture(new IllegalStateException("Nguồn " + source.id() + " đang được thu thập"));
        }
        Promise<PollOutcome> done = Promise.promise();
        poll.run(source, state(source.id()), outlets, everything)
                .compose(outcome -> vertx.executeBlocking(() -> persist(source, outcome), false))
                .onComplete(ar -> {
                    running.remove(source.id());
                    if (ar.succeeded()) {
                        log(ar.result());
                        done.complete(ar.result());
                    } else {
                        done.fail(ar.cause());
                    }
                });
        return done.future();
    }

    /** Writes the new crawl state, and the source's verified / switched-off flags when they change. */
    private PollOutcome persist(Source source, PollOutcome outcome) {
        CrawlState state = outcome.state();
        states.put(source.id(), state);
        try {
            store.crawlStates().put(state);
            boolean verify = !outcome.failed() && !source.verified();
            boolean disable = state.autoDisabled() && outcome.failed()
                    && state.consecutiveFailures() >= settings.crawl().maxConsecutiveFailures();
            if (verify || disable) {
                // Re-read: an editor may have changed the source while it was polled.
                store.sources().get(source.id()).ifPresent(current -> {
                    Source updated = current;
                    if (verify) {
                        updated = updated.withVerified(true);
                    }
                    if (disable && current.enabled()) {
                        updated = updated.withEnabled(false);
                        LOG.warn("Source {} switched off after {} consecutive failures: {}", source.id(),
                                state.consecutiveFailures(), state.lastError());
                    }
                    store.sources().put(updated);
                });
                refresh();
            }
        } catch (RuntimeException e) {
            // The poll's articles are stored; only its bookkeeping is lost, and the next poll repeats harmlessly.
            LOG.warn("Could not save the crawl state of {}: {}", source.id(), e.toString());
        }
        return outcome;
    }

    private static void log(PollOutcome o) {
        if (o.failed()) {
            LOG.warn("Poll of {} failed ({} in a row): {}", o.sourceId(), o.state().consecutiveFailures(),
                    o.state().lastError());
        } else if (o.stored() > 0 || !o.errors().isEmpty()) {
            LOG.info("Poll of {}: {} new, {} stored, {} not articles, {} failed, {} left for later{}", o.sourceId(),
                    o.newItems(), o.stored(), o.skipped(), o.failedItems(), o.deferred(),
                    o.errors().isEmpty() ? "" : "; errors: " + o.errors());
        } else {
            LOG.debug("Poll of {}: nothing new", o.sourceId());
        }
    }

    // ---- state kept in the store ----------------------------------------------------------------------------

    /** Loads sources when stale, crawl states and the story window once. Blocking: call on a worker. */
    private void prepare() {
        Instant now = clock.instant();
        if (sourcesStale || now.isAfter(sourcesLoadedAt.plusSeconds(30))) {
            sourcesStale = false;
            sourcesLoadedAt = now;
            CrawlSettings crawl = settings.crawl();
            List<Source> all = store.sources().all();
            sources = all.stream().filter(s -> crawl.owns(s.id())).toList();
            // Every configured outlet, not only this shard's: a search feed's items may belong to any of them.
            outlets = new OutletDirectory(all);
            for (Source s : sources) {
                if (!states.containsKey(s.id())) {
                    store.crawlStates().get(s.id()).ifPresent(st -> states.putIfAbsent(s.id(), st));
                }
            }
        }
        if (!warmedUp) {
            warmedUp = true;
            warmUpStories(now);
        }
    }

    /** Re-reads recent articles into the story window, so copies published across a restart still cluster. */
    private void warmUpStories(Instant now) {
        StoryClusterer.Settings stories = settings.stories();
        ArticleFilter recent = ArticleFilter.none().withRange(now.minus(stories.window()), null);
        int limit = Math.min(stories.maxEntries(), SearchRequest.MAX_WINDOW);
        int loaded = 0;
        for (int offset = 0; offset < limit; offset += SearchRequest.MAX_LIMIT) {
            int page = Math.min(SearchRequest.MAX_LIMIT, limit - offset);
            SearchResult result = store.search(new SearchRequest("", recent, Sort.NEWEST, offset, page, false));
            for (SearchResult.ArticleHit hit : result.hits()) {
                var a = hit.article();
                if (a.clusterId() != null) {
                    clusterer.remember(a.id(), a.clusterId(), a.title(), a.text(),
                            a.publishedAt() != null ? a.publishedAt() : a.fetchedAt());
                    loaded++;
                }
            }
            if (result.hits().size() < page) {
                break;
            }
        }
        if (loaded > 0) {
            LOG.info("Story window warmed with {} recent articles", loaded);
        }
    }
}
