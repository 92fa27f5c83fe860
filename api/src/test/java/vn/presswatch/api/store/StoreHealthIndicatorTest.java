package vn.presswatch.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.Article;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

class StoreHealthIndicatorTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @TempDir
    Path dataDir;

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void upWithBackendAndArticleCount() {
        try (LuceneArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dataDir))) {
            store.upsert(List.of(Article.builder().canonicalUrl("https://vnexpress.net/a-1.html").sourceId("vnexpress")
                    .title("Hải Phòng").fetchedAt(Instant.parse("2025-01-01T00:00:00Z")).build()));

            HealthResult result = new StoreHealthIndicator(store, executor).check();

            assertThat(result.getName()).isEqualTo("store");
            assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
            assertThat(details(result)).containsEntry("backend", store.describe()).containsEntry("articles", 1L);
        }
    }

    @Test
    void downWithTheErrorWhenTheStoreFails() {
        LuceneArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dataDir));
        store.close();

        HealthResult result = new StoreHealthIndicator(store, executor).check();

        assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(details(result)).containsEntry("backend", store.describe()).containsKey("error")
                .doesNotContainKey("articles");
        assertThat(details(result).get("error")).asString().isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(HealthResult result) {
        return (Map<String, Object>) result.getDetails();
    }
}
