package vn.presswatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.DataDirectoryInUseException;
import vn.presswatch.store.Origin;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** The application as it starts with the default settings: embedded store in a data directory, public /health. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationTest implements TestPropertyProvider {

    /** Deleted by JUnit after the application context, and so the store, is closed. */
    @TempDir
    static Path dataDir;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ArticleStore store;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("presswatch.data-dir", dataDir.toString());
    }

    @Test
    void healthIsPublicAndShowsTheStore() {
        HttpResponse<Map<String, Object>> response = client.toBlocking()
                .exchange(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        Map<String, Object> body = response.body();
        assertThat(body).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) body.get("details");
        @SuppressWarnings("unchecked")
        Map<String, Object> storeHealth = (Map<String, Object>) details.get("store");
        assertThat(storeHealth).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> storeDetails = (Map<String, Object>) storeHealth.get("details");
        assertThat(storeDetails.get("backend")).asString()
                .startsWith("embedded Lucene store at ").contains(dataDir.toString());
        assertThat(storeDetails.get("articles")).isInstanceOf(Number.class);
    }

    @Test
    void otherManagementEndpointsAreNotExposed() {
        for (String path : List.of("/beans", "/env", "/loggers", "/routes", "/threaddump", "/info", "/refresh")) {
            assertThatThrownBy(() -> client.toBlocking().exchange(path, String.class))
                    .as(path)
                    .isInstanceOfSatisfying(HttpClientResponseException.class,
                            e -> assertThat(e.code()).as(path).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
        }
    }

    @Test
    void storeIsTheEmbeddedOneAndWorks() {
        assertThat(store).isInstanceOf(LuceneArticleStore.class);
        Article article = Article.builder()
                .canonicalUrl("https://baohaiphong.vn/le-hoi-hoa-phuong-do-2025.html")
                .sourceId("baohaiphong")
                .origin(Origin.DOMESTIC)
                .title("Khai mạc Lễ hội Hoa Phượng Đỏ 2025")
                .lead("Tối 10/5, thành phố Hải Phòng khai mạc Lễ hội Hoa Phượng Đỏ.")
                .publishedAt(Instant.parse("2025-05-10T13:00:00Z"))
                .fetchedAt(Instant.parse("2025-05-10T13:05:00Z"))
                .topic("tourism_culture")
                .build();

        store.upsert(List.of(article));

        assertThat(store.get(article.id())).contains(article);
        assertThat(store.count()).isPositive();
    }

    @Test
    void aSecondStoreOnTheSameDataDirectoryIsRefused() {
        assertThatThrownBy(() -> new LuceneArticleStore(LuceneStoreSettings.defaults(dataDir)))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessageContaining("in use");
    }

    @Test
    void aSecondApplicationOnTheSameDataDirectoryFailsWithTheStoresMessage() {
        Throwable failure = null;
        try (ApplicationContext second = ApplicationContext.run(
                Map.of("presswatch.data-dir", dataDir.toString()), Environment.TEST)) {
            assertThat(second.isRunning()).as("second application started").isFalse();
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(failure).as("start-up failure").isNotNull();
        assertThat(Launcher.userMessage(failure)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("data directory " + dataDir)
                .contains("is in use by another presswatch process"));
    }
}
