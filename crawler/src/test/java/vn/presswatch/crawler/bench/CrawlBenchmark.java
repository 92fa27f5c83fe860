package vn.presswatch.crawler.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import io.vertx.core.Vertx;
import vn.presswatch.crawler.crawl.ArticleSink;
import vn.presswatch.crawler.crawl.CrawlListener;
import vn.presswatch.crawler.crawl.CrawlReport;
import vn.presswatch.crawler.crawl.CrawlSettings;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.crawler.fetch.FetchSettings;
import vn.presswatch.crawler.url.AddressGuard;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/**
 * Crawl throughput against the demo press site over loopback, politeness off. Prints, for new articles, articles
 * per second for fetch + extract + dedup and CPU seconds per article; for unchanged feeds, the share of polls
 * answered 304, the bytes saved and the CPU a minute of such polling costs. The site runs in a child process, so
 * the CPU figures are the crawler's alone.
 *
 * <p>Usage: {@code CrawlBenchmark [ARTICLES] [FEEDS]} (defaults 3000 and 1000).
 */
public final class CrawlBenchmark {
    private CrawlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int feeds = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.out.printf(Locale.ROOT, "crawl benchmark: %d articles, %d unchanged feeds, %d cores, Java %s%n",
                articles, feeds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (DemoSiteProcess site = new DemoSiteProcess(articles, feeds)) {
            for (int round = 1; round <= 2; round++) {
                articlesRound(site, round == 1 ? "cold JVM" : "warm JVM");
            }
            unchangedFeeds(site);
        }
    }

    private static void articlesRound(DemoSiteProcess site, String label) throws Exception {
        Path dir = Files.createTempDirectory("presswatch-bench-crawl");
        AtomicLong seen = new AtomicLong();
        ArticleSink counting = batch -> seen.addAndGet(batch.size());
        try (Bench bench = new Bench(dir, counting, 100_000)) {
            bench.store.sources().put(source("bench-bulk", site.bulkFeeds));
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            CrawlReport report = bench.crawlOnce();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "new articles (%s): %d extracted in %.2f s = %.0f articles/s; "
                            + "%.2f ms CPU per article (%.0f%% of %d cores); %d failed%n", label, report.stored(),
                    seconds, report.stored() / seconds, cpu * 1000 / Math.max(1, report.stored()),
                    100 * cpu / seconds / Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors(), report.failedItems());
        }
    }

    private static void unchangedFeeds(DemoSiteProcess site) throws Exception {
        long bytes = 0;
        HttpClient http = HttpClient.newHttpClient();
        for (String url : site.unchangedFeeds) {
            bytes += http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length;
        }
        Path dir = Files.createTempDirectory("presswatch-bench-feeds");
        try (Bench bench = new Bench(dir, batch -> { }, 100_000)) {
            bench.store.sources().put(source("bench-feeds", site.unchangedFeeds));
            bench.crawlOnce(); // primes the validators
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            CrawlReport report = bench.crawlOnce();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            var outcome = report.outcomes().get(0);
            System.out.printf(Locale.ROOT, "unchanged feeds: %d polled in %.2f s, %d answered 304 or unchanged "
                            + "(%.1f%%), %.1f KB not transferred; %.3f s CPU = %.2f%% of one core if spread over "
                            + "a minute%n", outcome.listingsPolled(), seconds, outcome.listingsUnchanged(),
                    100.0 * outcome.listingsUnchanged() / Math.max(1, outcome.listingsPolled()), bytes / 1024.0,
                    cpu, 100 * cpu / 60);
        }
    }

    private static Source source(String id, List<String> feeds) {
        return new Source(id, id, "http://127.0.0.1/", feeds, List.of(), List.of(), "VN", "vi", SourceLevel.LOCAL,
                Origin.DOMESTIC, true, true);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A crawler with politeness off over an embedded store in a temporary directory. */
    private static final class Bench implements AutoCloseable {
        final Vertx vertx = Vertx.vertx();
        final ArticleStore store;
        final Crawler crawler;

        Bench(Path dir, ArticleSink sink, int maxItems) {
            store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir));
            Crawler.Settings settings = Crawler.Settings.defaults("mailto:bench@example.vn")
                    .withAddresses(new AddressGuard.Settings(true, false));
            FetchSettings f = settings.fetch();
            settings = settings.withFetch(new FetchSettings(f.userAgent(), f.connectTimeout(), f.totalTimeout(),
                    f.maxBytes(), f.maxRedirects(), Duration.ZERO, 64, f.maxRetryAfter(), f.robotsTtl()));
            settings = settings.withCrawl(CrawlSettings.defaults().withLimits(maxItems, 8, 64, 200)
                    .withMaxItemAge(Duration.ofDays(3650)));
            crawler = new Crawler(vertx, store, sink, settings, Clock.systemUTC());
        }

        CrawlReport crawlOnce() throws Exception {
            return crawler.crawlOnce(CrawlListener.NONE).toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.MINUTES);
        }

        @Override
        public void close() throws IOException {
            crawler.close();
            store.close();
            vertx.close();
        }
    }
}
