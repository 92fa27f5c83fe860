package vn.presswatch.crawler.crawl;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import vn.presswatch.crawler.dedup.StoryClusterer;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.url.UrlCanonicalizer;
import vn.presswatch.crawler.warc.CapturedPage;
import vn.presswatch.crawler.warc.WarcPageReader;
import vn.presswatch.crawler.warc.WarcPages;
import vn.presswatch.crawler.warc.WarcReadException;
import vn.presswatch.store.Article;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * Backfills the store from web archives (WARC files such as Common Crawl's CC-NEWS): every archived HTML page goes
 * through the same extraction and assembly as a crawled one, under the configured outlet its address belongs to,
 * or under the {@link #ARCHIVE_SOURCE_ID archive source} when none matches. Pages are extracted on a few threads
 * with a bounded backlog; importing a file twice is harmless, because upserts are idempotent.
 */
public final class ArchiveImport {
    /** Where articles of outlets nobody configured are filed. */
    public static final String ARCHIVE_SOURCE_ID = "luu-tru-warc";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ArticleExtractor extractor;
    private final ArticleAssembler assembler;
    private final OutletDirectory outlets;
    private final ArticleSink sink;
    private final Settings settings;
    private final Source archive = new Source(ARCHIVE_SOURCE_ID, "Lưu trữ web (WARC)", null, List.of(), List.of(),
            List.of(), null, null, SourceLevel.SEARCH_FEED, Origin.FOREIGN, false, true);

    /**
     * @param threads            extraction threads
     * @param batchSize          articles per sink call
     * @param onlyKnownOutlets   keep only pages of configured outlets (CC-NEWS holds the whole world's news)
     * @param languages          keep only articles in these languages (ISO 639-1); empty for all
     */
    public record Settings(int threads, int batchSize, boolean onlyKnownOutlets, List<String> languages) {
        public Settings {
            if (threads < 1 || batchSize < 1) {
                throw new IllegalArgumentException("threads and batchSize must be positive");
            }
            languages = List.copyOf(Objects.requireNonNullElse(languages, List.of()));
        }

        public static Settings defaults() {
            return new Settings(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 200, false,
                    List.of());
        }

        public Settings withFilter(boolean knownOutletsOnly, List<String> onlyLanguages) {
            return new Settings(threads, batchSize, knownOutletsOnly, onlyLanguages);
        }
    }

    /**
     * What an import did.
     *
     * @param read     archive summary (pages read, records skipped and why), in Vietnamese
     * @param stored   articles handed to the sink
     * @param filtered articles left out by the outlet or language filter
     * @param notArticles pages that held no article (home pages, lists, empty pages)
     * @param failed   pages that broke the extractor or the store's limits
     * @param error    why reading stopped early (a truncated or corrupt archive), or null; what came before is stored
     */
    public record Report(String read, long stored, long filtered, long notArticles, long failed, String error) {
    }

    public ArchiveImport(ArticleExtractor extractor, UrlCanonicalizer canonicalizer, StoryClusterer clusterer,
                         List<Source> sources, ArticleSink sink, Settings settings) {
        this.extractor = extractor;
        this.assembler = new ArticleAssembler(canonicalizer, clusterer);
        this.outlets = new OutletDirectory(sources);
        this.sink = sink;
        this.settings = settings;
    }

    /**
     * Imports one WARC or WARC.gz file.
     *
     * @throws WarcReadException if the file cannot be opened at all
     * @throws Exception         what the sink threw: the batch failed and the import stopped (re-run it)
     */
    public Report importFile(Path file) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
        Semaphore backlog = new Semaphore(settings.threads() * 4);
        Counts counts = new Counts();
        String error = null;
        List<Future<?>> running = new ArrayList<>();
        try (WarcPageReader reader = new WarcPages().open(file)) {
            try {
                for (Optional<CapturedPage> page = reader.next(); page.isPresent(); page = reader.next()) {
                    CapturedPage captured = page.get();
                    backlog.acquire();
                    running.add(workers.submit(() -> {
                        try {
                            counts.handle(extract(captured), this);
                        } finally {
                            backlog.release();
                        }
                        return null;
                    }));
                    running.removeIf(Future::isDone);
                    counts.throwIfStoreFailed();
                }
            } catch (WarcReadException e) {
                error = e.vietnameseMessage();
            }
            for (Future<?> f : running) {
                f.get();
            }
            counts.flush(this);
            counts.throwIfStoreFailed();
            return new Report(reader.summary().vietnameseSummary(), counts.stored, counts.filtered,
                    counts.notArticles, counts.failed, error);
        } finally {
            workers.shutdownNow();
        }
    }

    private Object extract(CapturedPage page) {
        try {
            var doc = HtmlPages.parse(page.body(), page.contentType(), page.targetUrl());
            var extracted = extractor.extract(doc, page.capturedAt().atZone(VIETNAM));
            Source outlet = outlets.outletOf(page.targetUrl());
            if (outlet == null && settings.onlyKnownOutlets()) {
                return Outcome.FILTERED;
            }
            Article article = assembler.assemble(outlet != null ? outlet : archive, outlets,
                    new ListedItem(page.targetUrl(), null, null, page.recordId()), page.targetUrl(), extracted,
                    page.capturedAt());
            if (article == null) {
                return Outcome.NOT_AN_ARTICLE;
            }
            if (!settings.languages().isEmpty() && !settings.languages().contains(article.language())) {
                return Outcome.FILTERED;
            }
            return article;
        } catch (RuntimeException e) {
            return Outcome.FAILED;
        }
    }

    private enum Outcome { FILTERED, NOT_AN_ARTICLE, FAILED }

    /** Tallies and the pending batch, shared by the extraction threads. */
    private static final class Counts {
        private final List<Article> batch = new ArrayList<>();
        long stored;
        long filtered;
        long notArticles;
        long failed;
        Exception storeFailure;

        synchronized void handle(Object result, ArchiveImport owner) {
            if (result instanceof Article) {
                batch.add((Article) result);
                if (batch.size() >= owner.settings.batchSize()) {
                    flush(owner);
                }
            } else if (result == Outcome.FILTERED) {
                filtered++;
            } else if (result == Outcome.NOT_AN_ARTICLE) {
                notArticles++;
            } else {
                failed++;
            }
        }

        synchronized void flush(ArchiveImport owner) {
            if (batch.isEmpty() || storeFailure != null) {
                return;
            }
            try {
                owner.sink.accept(List.copyOf(batch));
                stored += batch.size();
            } catch (Exception e) {
                storeFailure = e;
            }
            batch.clear();
        }

        synchronized void throwIfStoreFailed() throws Exception {
            if (storeFailure != null) {
                throw storeFailure;
            }
        }
    }
}
