package vn.presswatch.api.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import vn.presswatch.store.elasticsearch.ElasticsearchStoreSettings;

/**
 * The {@code presswatch.store.elasticsearch.*} settings. An unset or blank value takes the default of
 * {@link ElasticsearchStoreSettings#defaults(String)}, so the defaults live in one place, the store; the store's
 * settings record checks the values.
 *
 * @param url             one or more node addresses, comma-separated
 * @param username        basic-auth user, or blank
 * @param password        basic-auth password, or blank; never logged
 * @param apiKey          an encoded API key instead of a user, or blank; never logged
 * @param caCertificate   path of a PEM CA certificate to trust for https, or blank for the JVM's trust store
 * @param indexPrefix     prefix of the index names
 * @param shards          primary shards of a new index
 * @param replicas        replicas of a new index
 * @param bulkSize        articles per bulk request during imports
 * @param bulkConcurrency bulk requests in flight during imports
 * @param maxRetries      retries of a failed request (429, 5xx, I/O error)
 * @param requestTimeout  how long to wait for one answer
 */
@ConfigurationProperties("presswatch.store.elasticsearch")
public record ElasticsearchStoreProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @Nullable String apiKey,
        @Nullable String caCertificate,
        @Nullable String indexPrefix,
        @Nullable Integer shards,
        @Nullable Integer replicas,
        @Nullable Integer bulkSize,
        @Nullable Integer bulkConcurrency,
        @Nullable Integer maxRetries,
        @Nullable Duration requestTimeout) {

    /** The default of {@code presswatch.store.elasticsearch.url}, also written in application.yml. */
    public static final String DEFAULT_URL = "http://localhost:9200";

    /**
     * The store's settings.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public ElasticsearchStoreSettings toSettings() {
        List<URI> urls = Arrays.stream((isBlank(url) ? DEFAULT_URL : url).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ElasticsearchStoreProperties::uri)
                .toList();
        ElasticsearchStoreSettings defaults = ElasticsearchStoreSettings.defaults(DEFAULT_URL);
        return new ElasticsearchStoreSettings(urls, username, password, apiKey,
                isBlank(caCertificate) ? null : Path.of(caCertificate.strip()),
                isBlank(indexPrefix) ? defaults.indexPrefix() : indexPrefix,
                shards == null ? defaults.shards() : shards,
                replicas == null ? defaults.replicas() : replicas,
                bulkSize == null ? defaults.bulkSize() : bulkSize,
                bulkConcurrency == null ? defaults.bulkConcurrency() : bulkConcurrency,
                maxRetries == null ? defaults.maxRetries() : maxRetries,
                requestTimeout == null ? defaults.requestTimeout() : requestTimeout);
    }

    /** Without the password and API key, so the properties can be logged. */
    @Override
    public String toString() {
        return "ElasticsearchStoreProperties[url=" + url + ", username=" + username
                + ", password=" + (isBlank(password) ? "none" : "***") + ", apiKey=" + (isBlank(apiKey) ? "none" : "***")
                + ", caCertificate=" + caCertificate + ", indexPrefix=" + indexPrefix + ", shards=" + shards
                + ", replicas=" + replicas + ", bulkSize=" + bulkSize + ", bulkConcurrency=" + bulkConcurrency
                + ", maxRetries=" + maxRetries + ", requestTimeout=" + requestTimeout + "]";
    }

    private static URI uri(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("presswatch.store.elasticsearch.url is not a URL: " + value, e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
