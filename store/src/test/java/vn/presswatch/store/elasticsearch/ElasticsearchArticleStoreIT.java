package vn.presswatch.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.ArticleStoreContract;
import vn.presswatch.store.Fixtures;
import vn.presswatch.store.ScanRequest;

/**
 * The contract on the Elasticsearch store, against the real node of {@link ElasticsearchNode}. Each test gets its
 * own index prefix, so tests never see each other's data, and its indexes are deleted afterwards.
 */
class ElasticsearchArticleStoreIT extends ArticleStoreContract {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String prefix;

    private ElasticsearchStoreSettings settings() {
        return ElasticsearchStoreSettings.defaults(ElasticsearchNode.shared().httpUrl()).withIndexPrefix(prefix);
    }

    @Override
    protected ArticleStore openStore() {
        prefix = "it-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT).substring(0, 13);
        return new ElasticsearchArticleStore(settings());
    }

    @Override
    protected ArticleStore reopen(ArticleStore current) {
        current.close();
        return new ElasticsearchArticleStore(settings());
    }

    /**
     * A walk holds a point in time, which holds the index's old segments on the node until it is closed or expires:
     * it must be closed when the walk ends, however it ends. Points in time count as open search contexts.
     */
    @Test
    void scanClosesItsPointInTimeAlsoWhenTheConsumerFails() {
        store.upsert(Fixtures.ALL);
        long before = openSearchContexts();
        long handed = store.scan(new ScanRequest("", null, 4),
                batch -> assertThat(openSearchContexts()).isGreaterThan(before));
        assertThat(handed).isEqualTo(Fixtures.ALL.size());
        assertThat(openSearchContexts()).isEqualTo(before);
        assertThatThrownBy(() -> store.scan(new ScanRequest("", null, 4), batch -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(openSearchContexts()).isEqualTo(before);
    }

    private static long openSearchContexts() {
        HttpRequest stats = HttpRequest.newBuilder(URI.create(ElasticsearchNode.shared().httpUrl()
                        + "/_nodes/stats/indices/search")).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(stats,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long open = 0;
            for (JsonNode node : new ObjectMapper().readTree(response.body()).path("nodes")) {
                open += node.path("indices").path("search").path("open_contexts").asLong();
            }
            return open;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the node stats", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the node stats", e);
        }
    }

    @Override
    protected void dispose(ArticleStore current) {
        String indexes = prefix + "-articles" + EsMappings.FIRST_GENERATION + "," + prefix + "-records"
                + EsMappings.FIRST_GENERATION;
        HttpRequest delete = HttpRequest.newBuilder(URI.create(ElasticsearchNode.shared().httpUrl() + "/" + indexes
                        + "?ignore_unavailable=true"))
                .timeout(Duration.ofSeconds(30)).DELETE().build();
        try {
            HttpResponse<String> response = HTTP.send(delete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("cannot delete " + indexes + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + indexes, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted deleting " + indexes, e);
        }
    }
}
