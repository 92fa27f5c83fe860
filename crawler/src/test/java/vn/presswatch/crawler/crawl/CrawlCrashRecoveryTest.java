package vn.presswatch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.crawler.demo.DemoPressSite;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Sort;
import vn.presswatch.store.Source;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/**
 * Kill -9 in the middle of a crawl, restart, and compare with a crawl that was never interrupted: nothing lost,
 * nothing stored twice, nothing corrupted.
 */
class CrawlCrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aKilledCrawlResumesAndLosesNothing() throws Exception {
        try (DemoPressSite site = new DemoPressSite(DemoPressSite.Settings.defaults()
                .withReleaseInterval(Duration.ZERO)).start()) {
            // The misbehaving outlet only slows the runs down (its slow endpoint takes the full timeout).
            List<Source> sources = site.sources().stream().filter(s -> !s.id().equals("demo-baoloi")).toList();

            Map<String, String> reference = crawlInProcess(dir.resolve("reference"), sources);
            assertThat(reference).hasSizeGreaterThan(20);

            Path data = dir.resolve("killed");
            try (ArticleStore store = open(data)) {
                sources.forEach(store.sources()::put);
            }
            Process child = child(data, 400);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            int storedBeforeKill = 0;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("STORED ")) {
                    storedBeforeKill = Integer.parseInt(line.substring(7));
                    if (storedBeforeKill >= 6) {
                        break;
                    }
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (ArticleStore store = open(data)) {
                // The kill came mid-crawl: some articles stored, not all.
                assertThat(store.count()).isBetween((long) storedBeforeKill, (long) reference.size() - 1);
            }

            Process restart = child(data, 0);
            assertThat(restart.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .as(() -> "restarted crawl's log: " + log(data, 0)).contains("DONE");
            assertThat(restart.exitValue()).isZero();

            try (ArticleStore store = open(data)) {
                assertThat(contents(store)).isEqualTo(reference);
            }
        }
    }

    private Map<String, String> crawlInProcess(Path data, List<Source> sources) throws Exception {
        Vertx vertx = Vertx.vertx();
        try (ArticleStore store = open(data)) {
            sources.forEach(store.sources()::put);
            try (Crawler crawler = new Crawler(vertx, store, ArticleSink.into(store), CrawlChild.settings(),
                    Clock.systemUTC())) {
                crawler.crawlOnce(CrawlListener.NONE).toCompletionStage().toCompletableFuture()
                        .get(3, TimeUnit.MINUTES);
            }
            return contents(store);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Every stored article: id to its address, title and content hash. */
    private static Map<String, String> contents(ArticleStore store) {
        Map<String, String> all = new TreeMap<>();
        SearchResult result = store.search(new SearchRequest("", ArticleFilter.none(), Sort.NEWEST, 0,
                SearchRequest.MAX_LIMIT, false));
        for (SearchResult.ArticleHit hit : result.hits()) {
            Article a = hit.article();
            all.put(a.id(), a.canonicalUrl() + " | " + a.title() + " | " + a.contentHash());
        }
        assertThat(result.total()).isEqualTo(all.size());
        return all;
    }

    private static String log(Path data, long delayMillis) {
        try {
            return java.nio.file.Files.readString(logFile(data, delayMillis), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static Path logFile(Path data, long delayMillis) {
        return data.resolveSibling("child-" + delayMillis + ".log");
    }

    private static ArticleStore open(Path data) {
        return new LuceneArticleStore(LuceneStoreSettings.defaults(data));
    }

    private static Process child(Path data, long delayMillis) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrawlChild.class.getName(),
                data.toString(), Long.toString(delayMillis)).redirectError(ProcessBuilder.Redirect.appendTo(logFile(data, delayMillis).toFile())).start();
    }
}
