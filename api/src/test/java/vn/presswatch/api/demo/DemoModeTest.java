package vn.presswatch.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.Application;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.SearchResult;
import vn.presswatch.store.Sort;

/** Demo mode for real: the server, the demo press site, the scheduled crawl and the classifier, end to end. */
class DemoModeTest {
    @TempDir
    Path dir;

    @Test
    void classifiedArticlesArriveWithinAMinute() throws Exception {
        List<String> args = new ArrayList<>(vn.presswatch.api.cli.DemoSettings.settings());
        args.add("--presswatch.data-dir=" + dir.resolve("data"));
        args.add("--micronaut.server.port=-1");
        try (ApplicationContext context = Application.startServer(args.toArray(String[]::new))) {
            ArticleStore store = context.getBean(ArticleStore.class);
            assertThat(store.sources().get("demo-haiphong")).isPresent();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.count() < 30 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(store.count()).isGreaterThanOrEqualTo(30);
            SearchResult all = store.search(new SearchRequest("", ArticleFilter.none(), Sort.NEWEST, 0, 100, false));
            assertThat(all.hits()).anySatisfy(hit -> assertThat(hit.article().topics()).isNotEmpty());
            assertThat(all.hits()).allSatisfy(hit -> assertThat(hit.article().tone()).isNotNull());
            assertThat(all.hits()).anySatisfy(hit -> assertThat(hit.article().localities()).contains("Hải Phòng"));
        }
    }
}
