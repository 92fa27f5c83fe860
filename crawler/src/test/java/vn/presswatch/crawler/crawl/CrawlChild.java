package vn.presswatch.crawler.crawl;

import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.presswatch.crawler.url.AddressGuard;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/**
 * A crawl pass in a process of its own, so a test can kill it mid-crawl: {@code CrawlChild DATA_DIR DELAY_MS}
 * crawls the sources in the store at DATA_DIR once, in batches of three, waiting DELAY_MS before each batch is
 * stored, and prints {@code STORED n} after each batch and {@code DONE} at the end.
 */
public final class CrawlChild {
    private CrawlChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long delay = Long.parseLong(args[1]);
        Vertx vertx = Vertx.vertx();
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(Path.of(args[0])))) {
            AtomicInteger stored = new AtomicInteger();
            ArticleSink slow = batch -> {
                Thread.sleep(delay);
                store.upsert(batch);
                out.println("STORED " + stored.addAndGet(batch.size()));
            };
            Crawler crawler = new Crawler(vertx, store, slow, settings(), Clock.systemUTC());
            crawler.crawlOnce(CrawlListener.NONE).toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
            crawler.close();
        }
        out.println("DONE");
        vertx.close();
        System.exit(0);
    }

    static Crawler.Settings settings() {
        Crawler.Settings settings = Crawler.Settings.defaults("mailto:test@example.vn")
                .withAddresses(new AddressGuard.Settings(true, false))
                .withCrawl(CrawlSettings.defaults().withLimits(1000, 2, 4, 3).withMaxItemAge(Duration.ofDays(3650)));
        return settings.withFetch(settings.fetch().withHostDelay(Duration.ZERO));
    }
}
