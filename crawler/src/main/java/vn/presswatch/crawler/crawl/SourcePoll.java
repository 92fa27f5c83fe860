package vn.presswatch.crawler.crawl;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.feed.SitemapContent.ChildSitemap;
import vn.presswatch.crawler.fetch.FetchException;
import vn.presswatch.crawler.fetch.FetchRequest;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.crawler.fetch.HttpFetcher;
import vn.presswatch.crawler.url.UrlCanonicalizer;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.CrawlState.UrlState;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * One poll of one source: fetch its due listings (conditional GET plus body hash), read their article links, keep
 * those not stored yet, fetch and extract them with bounded concurrency, hand them to the sink in batches, and
 * work out the source's next crawl state. Network work is asynchronous; parsing and extraction run on workers.
 */
final class SourcePoll {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePoll.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Vertx vertx;
    private final HttpFetcher fetcher;
    private final ListingReader listings;
    private final ArticleExtractor extractor;
    private final ArticleAssembler assembler;
    private final UrlCanonicalizer canonicalizer;
    private final SeenLinks seen;
    private final ArticleStore store;
    private final ArticleSink sink;
    private final AsyncPermits articlePermits;
    private final CrawlSettings settings;
    private final PollIntervals intervals;
    private final Clock clock;

    SourcePoll(Vertx vertx, HttpFetcher fetcher, ListingReader listings, ArticleExtractor extractor,
               ArticleAssembler assembler, UrlCanonicalizer canonicalizer, SeenLinks seen, ArticleStore store,
               ArticleSink sink, AsyncPermits articlePermits, CrawlSettings settings, PollIntervals intervals,
               Clock clock) {
        this.vertx = vertx;
        this.fetcher = fetcher;
        this.listings = listings;
        this.extractor = extractor;
        this.assembler = assembler;
        this.canonicalizer = canonicalizer;
        this.seen = seen;
        this.store = store;
        this.sink = sink;
        this.articlePermits = articlePermits;
        this.settings = settings;
        this.intervals = intervals;
        this.clock = clock;
    }

    /**
     * Polls the source. The returned future never fails: every failure ends up in the outcome and its state.
     *
     * @param everything poll every address now, whatever its schedule (a "crawl once" pass)
     */
    Future<PollOutcome> run(Source source, CrawlState state, OutletDirectory outlets, boolean everything) {
        Run run = new Run(source, state, outlets, clock.instant());
        List<PolledAddress> due = new ArrayList<>();
        for (PolledAddress address : PolledAddress.of(source)) {
            Instant next = state.url(address.url()).nextPoll();
            if (everything || next == null || !next.isAfter(run.now)) {
                due.add(address);
            }
        }
        List<Future<ListingFetch>> fetches = new ArrayList<>();
        for (PolledAddress address : due) {
            fetches.add(fetchListing(run, address, true));
        }
        return Future.join(fetches).transform(ignored -> {
            List<ListingFetch> done = fetches.stream().map(Future::result).toList();
            return vertx.executeBlocking(() -> selectNew(run, done), false)
                    .compose(items -> processItems(run, items))
                    .transform(ar -> {
                        if (ar.failed()) {
                            run.storeFailure = ar.cause();
                        }
                        return Future.succeededFuture(finish(run, done));
                    });
        });
    }

    // ---- listings -------------------------------------------------------------------------------------------

    private Future<ListingFetch> fetchListing(Run run, PolledAddress address, boolean mayHaveChildren) {
        UrlState previous = run.state.url(address.url());
        FetchRequest request = new FetchRequest(address.url(), previous.etag(), previous.lastModified());
        return fetcher.fetch(request).compose(result -> {
            run.listingsPolled.incrementAndGet();
            String etag = result.etag() != null ? result.etag() : previous.etag();
            String lastModified = result.lastModified() != null ? result.lastModified() : previous.lastModified();
            if (result.notModified()) {
                return Future.succeededFuture(ListingFetch.unchanged(address, etag, lastModified));
            }
            String hash = BodyHash.of(result.body());
            if (hash.equals(previous.contentHash())) {
                // Some servers send 200 with fresh validators for an unchanged body: our own hash catches them.
                return Future.succeededFuture(ListingFetch.unchanged(address, result.etag(), result.lastModified()));
            }
            boolean search = run.source.level() == SourceLevel.SEARCH_FEED;
            return vertx.executeBlocking(() -> listings.read(address.kind(), address.url(), address.linkSelector(),
                    search, result, ZonedDateTime.ofInstant(run.now, VIETNAM)), false).map(listing ->
                    new ListingFetch(address, ListingFetch.Status.CHANGED, result.etag(), result.lastModified(), hash,
                            listing, null, List.of()));
        }).compose(fetched -> mayHaveChildren && fetched.listing() != null && !fetched.listing().children().isEmpty()
                ? fetchChildren(run, fetched) : Future.succeededFuture(fetched))
                .otherwise(error -> {
                    run.listingsPolled.incrementAndGet();
                    return ListingFetch.failed(address, error);
                });
    }

    /** The most recently modified child sitemaps of an index, one level deep (archive sitemaps change rarely). */
    private Future<ListingFetch> fetchChildren(Run run, ListingFetch index) {
        List<ChildSitemap> children = new ArrayList<>(index.listing().children());
        children.sort(Comparator.comparing(ChildSitemap::lastModified, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Future<ListingFetch>> fetches = new ArrayList<>();
        for (ChildSitemap child : children.subList(0, Math.min(children.size(), settings.maxChildSitemaps()))) {
            fetches.add(fetchListing(run, new PolledAddress(child.url(), ListingKind.SITEMAP, null), false));
        }
        return Future.join(fetches).transform(ignored ->
                Future.succeededFuture(index.withChildren(fetches.stream().map(Future::result).toList())));
    }

    // ---- new items ------------------------------------------------------------------------------------------

    /** The listed articles not stored yet, newest first, at most the per-poll limit. Runs on a worker. */
    private List<NewItem> selectNew(Run run, List<ListingFetch> done) {
        Instant oldest = run.now.minus(settings.maxItemAge());
        Map<String, NewItem> candidates = new LinkedHashMap<>();
        for (ListingFetch fetch : flatten(done)) {
            if (fetch.status() != ListingFetch.Status.CHANGED) {
                continue;
            }
            for (ListedItem item : fetch.listing().items()) {
                if (item.published() != null && item.published().isBefore(oldest)) {
                    continue;
                }
                String canonical;
                try {
                    canonical = canonicalizer.canonicalize(item.url());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                String id = Article.idFor(canonical);
                if (!seen.contains(id)) {
                    candidates.putIfAbsent(id, new NewItem(id, item));
                }
            }
        }
        if (!candidates.isEmpty()) {
            for (String id : store.existing(candidates.keySet())) {
                seen.add(id);
                candidates.remove(id);
            }
        }
        List<NewItem> items = new ArrayList<>(candidates.values());
        // Stable sort: undated items keep their listing order, after the dated ones.
        items.sort(Comparator.comparing((NewItem n) -> n.item().published(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        run.newItems = items.size();
        for (NewItem item : items) {
            run.newPerListing.merge(item.item().listingUrl(), 1, Integer::sum);
        }
        if (items.size() > settings.maxItemsPerPoll()) {
            List<NewItem> rest = items.subList(settings.maxItemsPerPoll(), items.size());
            run.deferred = rest.size();
            rest.forEach(n -> run.unfinishedListings.add(n.item().listingUrl()));
            items = new ArrayList<>(items.subList(0, settings.maxItemsPerPoll()));
        }
        return items;
    }

    private Future<Void> processItems(Run run, List<NewItem> items) {
        SinkBatcher batcher = new SinkBatcher(vertx, sink, seen, settings.storeBatchSize());
        List<Future<Void>> all = new ArrayList<>(items.size());
        for (NewItem item : items) {
            all.add(articlePermits.run(() -> batcher.failed() ? Future.succeededFuture(ItemResult.UNFINISHED)
                    : fetchArticle(run, item, batcher)).map(result -> {
                        run.record(item, result);
                        return null;
                    }));
        }
        return Future.join(all).transform(ignored -> batcher.finish()).andThen(ar -> run.stored = batcher.stored());
    }

    private Future<ItemResult> fetchArticle(Run run, NewItem newItem, SinkBatcher batcher) {
        ListedItem item = newItem.item();
        return fetcher.fetch(FetchRequest.of(item.url())).compose(page -> {
            if (!isHtml(page)) {
                return Future.succeededFuture(ItemResult.FAILED_FOR_GOOD);
            }
            return vertx.executeBlocking(() -> {
                Document doc = HtmlPages.parse(page);
                Instant fetchedAt = clock.instant();
                return assembler.assemble(run.source, run.outlets, item, page.finalUrl(),
                        extractor.extract(doc, ZonedDateTime.ofInstant(fetchedAt, VIETNAM)), fetchedAt);
            }, false).map(article -> {
                if (article == null) {
                    seen.add(newItem.id());
                    return ItemResult.NOT_AN_ARTICLE;
                }
                batcher.add(article, newItem.id());
                return ItemResult.STORED;
            });
        }).otherwise(error -> {
            if (isTransient(error)) {
                return ItemResult.UNFINISHED;
            }
            LOG.debug("Gave up on {}: {}", item.url(), error.toString());
            seen.add(newItem.id());
            return ItemResult.FAILED_FOR_GOOD;
        });
    }

    private static boolean isHtml(FetchResult page) {
        String type = page.contentType();
        if (type == null || type.isBlank()) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.contains("html") || t.startsWith("text/plain") || t.contains("xml");
    }

    /** A failure worth another try on the next poll, as opposed to a page that will never be an article. */
    private static boolean isTransient(Throwable error) {
        Throwable t = SourceErrors.unwrap(error);
        if (!(t instanceof FetchException)) {
            return false;
        }
        FetchException e = (FetchException) t;
        switch (e.reason()) {
            case TIMEOUT:
            case CONNECTION:
            case RATE_LIMITED:
                return true;
            case HTTP_STATUS:
                return e.status() >= 500 || e.status() == 429 || e.status() == 408;
            default:
                return false;
        }
    }

    // ---- the next state -------------------------------------------------------------------------------------

    private PollOutcome finish(Run run, List<ListingFetch> done) {
        CrawlState previous = run.state;
        List<String> errors = new ArrayList<>();
        int unchanged = 0;
        int failed = 0;
        boolean noAddresses = PolledAddress.of(run.source).isEmpty();
        boolean topLevelSucceeded = done.isEmpty() && !noAddresses;
        for (ListingFetch fetch : done) {
            if (fetch.status() != ListingFetch.Status.FAILED) {
                topLevelSucceeded = true;
            }
        }
        int failures = run.storeFailure != null || !topLevelSucceeded ? previous.consecutiveFailures() + 1 : 0;

        Map<String, UrlState> urls = new HashMap<>();
        Instant stale = run.now.minus(settings.maxInterval().multipliedBy(2));
        previous.urls().forEach((url, s) -> {
            if (s.nextPoll() == null || s.nextPoll().isAfter(stale)) {
                urls.put(url, s);
            }
        });
        for (ListingFetch fetch : flatten(done)) {
            String url = fetch.address().url();
            UrlState before = previous.url(url);
            switch (fetch.status()) {
                case FAILED: {
                    failed++;
                    errors.add(SourceErrors.listing(url, fetch.error()));
                    Throwable cause = SourceErrors.unwrap(fetch.error());
                    Duration asked = cause instanceof FetchException ? ((FetchException) cause).retryAfter() : null;
                    Duration wait = intervals.backoff(Math.max(1, failures), asked);
                    urls.put(url, new UrlState(before.etag(), before.lastModified(), before.contentHash(),
                            before.interval(), run.now.plus(wait), before.lastNewItems()));
                    break;
                }
                case UNCHANGED: {
                    unchanged++;
                    Duration interval = intervals.adapt(before.interval(), false);
                    urls.put(url, new UrlState(fetch.etag(), fetch.lastModified(), before.contentHash(), interval,
                            intervals.schedule(run.now, interval), before.lastNewItems()));
                    break;
                }
                default: {
                    int newItems = run.newPerListing.getOrDefault(url, 0);
                    Duration interval = intervals.adapt(before.interval(), newItems > 0);
                    Instant lastNew = newItems > 0 ? run.now : before.lastNewItems();
                    boolean complete = run.storeFailure == null && !run.unfinishedListings.contains(url);
                    if (complete) {
                        urls.put(url, new UrlState(fetch.etag(), fetch.lastModified(), fetch.bodyHash(), interval,
                                intervals.schedule(run.now, interval), lastNew));
                    } else {
                        // Keep the old validators so the next poll reads this listing again and finds what is left.
                        urls.put(url, new UrlState(before.etag(), before.lastModified(), before.contentHash(),
                                interval, run.now.plus(settings.minInterval()), lastNew));
                    }
                }
            }
        }
        if (run.storeFailure != null) {
            errors.add(0, SourceErrors.store(run.storeFailure));
        }
        if (noAddresses) {
            errors.add("Nguồn chưa có địa chỉ RSS/Atom, sitemap hay trang chuyên mục nào để thu thập.");
        }

        Instant next = noAddresses ? run.now.plus(settings.maxInterval()) : null;
        for (PolledAddress address : PolledAddress.of(run.source)) {
            Instant at = urls.getOrDefault(address.url(), UrlState.NEW).nextPoll();
            if (at == null) {
                at = run.now;
            }
            next = next == null || at.isBefore(next) ? at : next;
        }
        if (run.storeFailure != null) {
            Instant retry = run.now.plus(intervals.backoff(failures, null));
            next = next == null || retry.isAfter(next) ? retry : next;
        }

        CrawlState state;
        if (failures > 0) {
            String message = errors.isEmpty() ? "Lỗi không xác định" : errors.get(0);
            if (!run.source.verified() && previous.lastSuccess() == null) {
                message = SourceErrors.unverified(message);
            }
            boolean disable = failures >= settings.maxConsecutiveFailures();
            if (disable) {
                message = SourceErrors.disabled(failures, message);
            }
            state = new CrawlState(run.source.id(), urls, run.now, previous.lastSuccess(), failures, message, run.now,
                    next, disable || previous.autoDisabled());
        } else {
            String partial = errors.isEmpty() ? null : String.join("\n", errors);
            state = new CrawlState(run.source.id(), urls, run.now, run.now, 0, partial,
                    partial == null ? null : run.now, next, false);
        }
        return new PollOutcome(run.source.id(), state, run.listingsPolled.get(), unchanged, failed, run.newItems,
                run.stored, run.skipped.get(), run.failedItems.get(), run.deferred, errors);
    }

    private static List<ListingFetch> flatten(List<ListingFetch> fetches) {
        List<ListingFetch> all = new ArrayList<>();
        for (ListingFetch f : fetches) {
            all.add(f);
            all.addAll(f.children());
        }
        return all;
    }

    private enum ItemResult { STORED, NOT_AN_ARTICLE, FAILED_FOR_GOOD, UNFINISHED }

    private record NewItem(String id, ListedItem item) {
    }

    /** The mutable bookkeeping of one poll; callbacks arrive on several threads. */
    private static final class Run {
        final Source source;
        final CrawlState state;
        final OutletDirectory outlets;
        final Instant now;
        final AtomicInteger listingsPolled = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger failedItems = new AtomicInteger();
        final Map<String, Integer> newPerListing = Collections.synchronizedMap(new HashMap<>());
        final Set<String> unfinishedListings = Collections.synchronizedSet(new HashSet<>());
        volatile int newItems;
        volatile int deferred;
        volatile int stored;
        volatile Throwable storeFailure;

        Run(Source source, CrawlState state, OutletDirectory outlets, Instant now) {
            this.source = source;
            this.state = state;
            this.outlets = outlets;
            this.now = now;
        }

        void record(NewItem item, ItemResult result) {
            switch (result) {
                case NOT_AN_ARTICLE:
                    skipped.incrementAndGet();
                    break;
                case FAILED_FOR_GOOD:
                    failedItems.incrementAndGet();
                    break;
                case UNFINISHED:
                    failedItems.incrementAndGet();
                    unfinishedListings.add(item.item().listingUrl());
                    break;
                default:
                    break;
            }
        }
    }
}
