package vn.presswatch.crawler.demo;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.presswatch.store.Source;

/**
 * A fictional press site on 127.0.0.1 for the demo mode, the tests and the benchmarks: several outlets under their
 * own path prefixes (a national paper, a Hải Phòng paper, a foreign Vietnamese-language service, an English outlet,
 * a ward portal), each publishing the way its kind of outlet does (RSS 2.0, RSS 1.0, Atom, a Google news sitemap,
 * section pages; JSON-LD, OpenGraph, microdata or none), a "Báo Lỗi" outlet and {@code /bad/} endpoints that fail
 * in the ways real servers do, and optional bulk pages and feeds for benchmarks. robots.txt allows all but
 * {@code /private/}.
 *
 * <p>Times are relative to the start: articles were published over the 30 days before {@link #start()} (several
 * in the last 24 hours), in Asia/Ho_Chi_Minh, as read from {@link Settings#clock()}. A few articles are live
 * releases: the k-th appears in its outlet's feeds, listings and at its address {@code k * releaseInterval} after
 * the start, so a running crawler sees news arrive. Feeds, sitemaps, listings and articles answer conditional GETs
 * (ETag, Last-Modified; 304) and send gzip to clients that accept it; a feed's validators change only when its
 * content does.
 *
 * <p>Serving is cheap and never blocks an event loop: article pages are rendered once at start, listings once per
 * release, bulk pages on demand from their index (so memory does not grow with {@link Settings#bulkArticles()}),
 * and the slow and huge endpoints are driven by timers and back-pressure.
 *
 * <p>Vert.x: by default the site creates its own {@link Vertx} (so a benchmark's load on the site and on the
 * crawler are on separate event loops) and closes it in {@link #close()}; the other constructor uses the caller's
 * and closes only the server. Start and close from a thread that may block, not from an event loop.
 */
public final class DemoPressSite implements AutoCloseable {

    /**
     * @param port            port on 127.0.0.1; 0 for any free port (default 0)
     * @param clock           the site's time: publication times are relative to its reading at start, and live
     *                        releases follow it (default the system clock, UTC)
     * @param releaseInterval time between live releases; {@link Duration#ZERO} shows all at once (default 20 s)
     * @param bulkArticles    synthetic articles under {@code /bulk/} for benchmarks (default 0)
     * @param bulkFeeds       small never-changing feeds {@code /bulk/feeds/{i}.xml} for polling benchmarks
     *                        (default 0)
     */
    public record Settings(int port, Clock clock, Duration releaseInterval, int bulkArticles, int bulkFeeds) {

        public Settings {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535: " + port);
            }
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(releaseInterval, "releaseInterval");
            if (releaseInterval.isNegative()) {
                throw new IllegalArgumentException("releaseInterval must not be negative: " + releaseInterval);
            }
            if (bulkArticles < 0 || bulkFeeds < 0) {
                throw new IllegalArgumentException("bulkArticles and bulkFeeds must be >= 0");
            }
        }

        public static Settings defaults() {
            return new Settings(0, Clock.systemUTC(), Duration.ofSeconds(20), 0, 0);
        }

        public Settings withPort(int value) {
            return new Settings(value, clock, releaseInterval, bulkArticles, bulkFeeds);
        }

        public Settings withClock(Clock value) {
            return new Settings(port, value, releaseInterval, bulkArticles, bulkFeeds);
        }

        public Settings withReleaseInterval(Duration value) {
            return new Settings(port, clock, value, bulkArticles, bulkFeeds);
        }

        public Settings withBulk(int articles, int feeds) {
            return new Settings(port, clock, releaseInterval, articles, feeds);
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Settings settings;
    private final Vertx vertx;
    private final boolean ownsVertx;
    private final List<StoryFile.Story> stories;
    private volatile Running running;
    private boolean closed;

    /** The state of a started site. */
    private record Running(HttpServer server, String baseUrl, Instant start, DemoCatalog catalog,
                           BulkArticles bulk, BulkRoutes bulkRoutes) {
    }

    /** A site with its own Vert.x instance, closed with the site. */
    public DemoPressSite(Settings settings) {
        this(Vertx.vertx(), settings, true);
    }

    /** A site on the caller's Vert.x instance, which {@link #close()} leaves open. */
    public DemoPressSite(Vertx vertx, Settings settings) {
        this(vertx, settings, false);
    }

    private DemoPressSite(Vertx vertx, Settings settings, boolean ownsVertx) {
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ownsVertx = ownsVertx;
        this.stories = StoryFile.load();
    }

    /**
     * Renders the pages and starts listening; returns once the server accepts connections.
     *
     * @return this, for chaining
     * @throws IllegalStateException when already started or closed, called on an event loop, or the port is taken
     */
    public synchronized DemoPressSite start() {
        if (closed) {
            throw new IllegalStateException("the demo site was closed; make a new one");
        }
        if (running != null) {
            throw new IllegalStateException("the demo site is already running at " + running.baseUrl());
        }
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("start() blocks: call it from a worker or main thread, not an event loop");
        }
        HttpServer server = vertx.createHttpServer(new HttpServerOptions()
                .setHost("127.0.0.1").setPort(settings.port()).setCompressionSupported(false));
        // The port is known only once listening, and every page holds absolute addresses: the handler waits for
        // the content, which is ready before start() returns and so before anyone can know where to connect.
        DeferredHandler handler = new DeferredHandler();
        server.requestHandler(handler);
        try {
            server.listen().toCompletionStage().toCompletableFuture()
                    .get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the demo site cannot listen on 127.0.0.1:" + settings.port() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the demo site did not start within " + START_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the demo site", e);
        }
        String baseUrl = "http://127.0.0.1:" + server.actualPort();
        Instant start = settings.clock().instant();
        DemoCatalog catalog = new DemoCatalog(stories, start, settings.releaseInterval(), baseUrl);
        BulkArticles bulk = new BulkArticles(settings.bulkArticles(), start, baseUrl, catalog.articles());
        List<DemoArticle> feedItems = new ArrayList<>();
        for (DemoOutlet outlet : DemoOutlet.values()) {
            feedItems.addAll(catalog.permanent(outlet));
        }
        BulkRoutes bulkRoutes = new BulkRoutes(bulk, settings.bulkFeeds(), feedItems, baseUrl, start);
        handler.ready(new DemoRouter(settings.clock(), catalog, new SiteContent(catalog, baseUrl),
                new MisbehavingRoutes(vertx, catalog, baseUrl), bulkRoutes));
        running = new Running(server, baseUrl, start, catalog, bulk, bulkRoutes);
        return this;
    }

    /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return state().baseUrl();
    }

    /** {@link #baseUrl()} followed by {@code path}, which starts with '/'. */
    public String url(String path) {
        return baseUrl() + path;
    }

    /** The clock reading publication times and releases are relative to. */
    public Instant startedAt() {
        return state().start();
    }

    /**
     * The demo outlets as store sources, with absolute addresses on the running site: ids {@code demo-thoisu},
     * {@code demo-haiphong}, {@code demo-quocte}, {@code demo-observer}, {@code demo-doson} and {@code demo-baoloi}
     * (enabled, so its errors show). All verified.
     */
    public List<Source> sources() {
        return DemoSources.of(state().baseUrl(), state().catalog(), !settings.releaseInterval().isZero());
    }

    /** Every article page of the outlets, live releases included, in story-file order (not "Báo Lỗi" or bulk). */
    public List<DemoArticle> articles() {
        return state().catalog().articles();
    }

    /** How many distinct article pages the outlets have, live releases included. */
    public int articleCount() {
        return articles().size();
    }

    /** The articles that are published now, by the site's clock. */
    public List<DemoArticle> visibleArticles() {
        DemoCatalog catalog = state().catalog();
        int released = catalog.released(settings.clock().instant());
        return catalog.articles().stream().filter(a -> catalog.visible(a, released)).toList();
    }

    /** The live releases in order: the k-th is at index k-1. */
    public List<DemoArticle> liveArticles() {
        return articles().stream().filter(DemoArticle::live)
                .sorted(java.util.Comparator.comparingInt(DemoArticle::releaseOrder)).toList();
    }

    /** When the k-th live release (k &gt;= 1) appears: the start plus k intervals. */
    public Instant releaseTime(int k) {
        return startedAt().plus(settings.releaseInterval().multipliedBy(k));
    }

    /** The article at {@code url}, if it is one of the outlets'. */
    public Optional<DemoArticle> article(String url) {
        return articles().stream().filter(a -> a.url().equals(url)).findFirst();
    }

    /**
     * The "Báo Lỗi" articles: windows-1258 mislabelled as UTF-8, windows-1258 labelled by a meta tag, and gzip sent
     * as "Content-Encoding: deflate", in that order.
     */
    public List<DemoArticle> misbehavingArticles() {
        return state().catalog().misbehaving();
    }

    /** Bulk article {@code i} (0 is the newest), as its page shows it. */
    public DemoArticle bulkArticle(int i) {
        return state().bulk().article(i);
    }

    /** The bulk sitemap: a URL set, or with more than 1,000 articles an index of 1,000-entry sitemaps. */
    public String bulkSitemapUrl() {
        return url(BulkRoutes.SITEMAP_PATH);
    }

    /** The paged RSS feeds of the bulk articles, 100 items each, newest page first. */
    public List<String> bulkFeedPageUrls() {
        return state().bulkRoutes().rssPageUrls();
    }

    /** The {@link Settings#bulkFeeds()} feeds that never change. */
    public List<String> unchangedFeedUrls() {
        return state().bulkRoutes().unchangedFeedUrls();
    }

    public Settings settings() {
        return settings;
    }

    private Running state() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("the demo site is not running: call start() first");
        }
        return r;
    }

    /** Stops the server (and the Vert.x instance when the site created it). Idempotent; a closed site stays closed. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Running r = running;
        running = null;
        try {
            if (r != null) {
                r.server().close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            if (ownsVertx) {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the demo site did not stop cleanly", e);
        }
    }
}
