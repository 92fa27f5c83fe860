package vn.presswatch.api.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import vn.presswatch.crawler.crawl.CrawlListener;
import vn.presswatch.crawler.crawl.CrawlReport;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * Timed ingest passes through the application's own pipeline: the crawler (fetch, extract, dedup) hands articles
 * to the application's sink (classify, then upsert into the store). Each pass crawls some feed pages of the demo
 * site as a few sources of its own, polled at once, with the sources of earlier passes switched off, so a pass
 * counts only its own articles. Not thread-safe: one pass at a time.
 */
public final class IngestBench {
    private final ArticleStore store;
    private final Crawler crawler;
    private final List<Source> previous = new ArrayList<>();

    /** The store and crawler of a started application context. */
    public IngestBench(ArticleStore store, Crawler crawler) {
        this.store = Objects.requireNonNull(store, "store");
        this.crawler = Objects.requireNonNull(crawler, "crawler");
    }

    /**
     * Starts a pass over {@code feedPages}, split into {@code parts} sources named {@code bench-PASS-i}.
     *
     * @return the pass's result once every source is polled
     */
    public CompletableFuture<IngestResult> start(String pass, List<String> feedPages, int parts) {
        if (feedPages.isEmpty() || parts < 1) {
            throw new IllegalArgumentException("a pass needs feed pages and at least one source");
        }
        for (Source source : previous) {
            store.sources().put(source.withEnabled(false));
        }
        previous.clear();
        int n = Math.min(parts, feedPages.size());
        for (int i = 0; i < n; i++) {
            List<String> share = feedPages.subList(i * feedPages.size() / n, (i + 1) * feedPages.size() / n);
            Source source = new Source("bench-" + pass + "-" + (i + 1), "Đo hiệu năng " + pass + " " + (i + 1),
                    homepage(share.get(0)), share, List.of(), List.of(), "VN", "vi", SourceLevel.LOCAL,
                    Origin.DOMESTIC, true, true);
            store.sources().put(source);
            previous.add(source);
        }
        crawler.refresh();
        ProcessMeter meter = ProcessMeter.start();
        ThreadCpuMeter threads = ThreadCpuMeter.start();
        PassProgress.Recorder progress = new PassProgress.Recorder(store::count);
        long t0 = System.nanoTime();
        return crawler.crawlOnce(CrawlListener.NONE).toCompletionStage().toCompletableFuture()
                .thenApply(report -> result(report, (System.nanoTime() - t0) / 1e9, meter.read(), threads.read(),
                        progress.stop()))
                .whenComplete((result, failure) -> {
                    meter.close();
                    progress.stop();
                });
    }

    /** Articles in the store now (upserts are visible when they return). */
    public long storedArticles() {
        return store.count();
    }

    private static String homepage(String feed) {
        URI uri = URI.create(feed);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }

    private static IngestResult result(CrawlReport report, double seconds, ProcessMeter.Reading reading,
                                       ThreadCpuMeter.Reading threads, PassProgress progress) {
        return new IngestResult(report.stored(), report.failedItems(), report.failedSources(), seconds,
                reading.cpuSeconds(), reading.peakHeapBytes(), reading.peakLiveBytes(), threads, progress);
    }
}
