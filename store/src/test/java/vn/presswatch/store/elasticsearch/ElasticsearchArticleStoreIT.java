package vn.presswatch.store.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.ArticleStoreContract;

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
