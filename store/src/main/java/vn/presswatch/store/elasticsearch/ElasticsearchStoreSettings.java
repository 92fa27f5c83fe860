package vn.presswatch.store.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the Elasticsearch store.
 *
 * @param urls            the nodes' HTTP addresses, e.g. {@code http://127.0.0.1:9200}; requests are spread over them
 * @param username        basic-auth user, or null
 * @param password        basic-auth password, or null (needs {@code username})
 * @param apiKey          an encoded API key ({@code Authorization: ApiKey ...}), or null; exclusive with username
 * @param caCertificate   a PEM CA certificate to trust for {@code https} (e.g. Elasticsearch's {@code http_ca.crt}),
 *                        or null to use the JVM's trust store
 * @param indexPrefix     names the indexes {@code <prefix>-articles} and {@code <prefix>-records} (aliases); lets
 *                        several installations or tests share one cluster. Default {@code presswatch}
 * @param shards          primary shards of a new index; default 1 (hundreds of thousands of articles fit one shard)
 * @param replicas        replicas of a new index; default 0 (a single node); set 1 on a cluster of several nodes
 * @param bulkSize        articles per bulk request in {@code bulkImport}; default 2,000 (about 5-10 MB)
 * @param bulkConcurrency bulk requests in flight at once in {@code bulkImport}; default 2
 * @param maxRetries      retries of a request (or of the items of a bulk) that failed with 429, 5xx or an I/O error,
 *                        with exponential backoff from 100 ms; default 3
 * @param requestTimeout  how long to wait for an answer to one request; default 60 s
 */
public record ElasticsearchStoreSettings(List<URI> urls, String username, String password, String apiKey,
                                         Path caCertificate, String indexPrefix, int shards, int replicas,
                                         int bulkSize, int bulkConcurrency, int maxRetries,
                                         Duration requestTimeout) {

    public static final String DEFAULT_INDEX_PREFIX = "presswatch";

    public ElasticsearchStoreSettings {
        urls = List.copyOf(Objects.requireNonNull(urls, "urls"));
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch URL is needed");
        }
        for (URI url : urls) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new IllegalArgumentException("Elasticsearch URL must be http(s)://host[:port]: " + url);
            }
        }
        username = blankToNull(username);
        password = blankToNull(password);
        apiKey = blankToNull(apiKey);
        if (password != null && username == null) {
            throw new IllegalArgumentException("an Elasticsearch password needs a username");
        }
        if (apiKey != null && username != null) {
            throw new IllegalArgumentException("give either an Elasticsearch API key or a username, not both");
        }
        indexPrefix = Objects.requireNonNullElse(blankToNull(indexPrefix), DEFAULT_INDEX_PREFIX);
        // Index names must be lower case and may not start with '-', '_' or '+'.
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]{0,99}")) {
            throw new IllegalArgumentException("index prefix must be lower-case letters, digits, '-' or '_': "
                    + indexPrefix);
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be >= 1 and replicas >= 0: " + shards + ", " + replicas);
        }
        if (bulkSize < 1 || bulkConcurrency < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("bulkSize and bulkConcurrency must be >= 1 and maxRetries >= 0");
        }
        requestTimeout = Objects.requireNonNullElse(requestTimeout, Duration.ofSeconds(60));
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
    }

    /** One node at {@code url}, no authentication, the default index prefix and tuning. */
    public static ElasticsearchStoreSettings defaults(String url) {
        return new ElasticsearchStoreSettings(List.of(URI.create(url.strip())), null, null, null, null,
                DEFAULT_INDEX_PREFIX, 1, 0, 2_000, 2, 3, Duration.ofSeconds(60));
    }

    public ElasticsearchStoreSettings withIndexPrefix(String value) {
        return new ElasticsearchStoreSettings(urls, username, password, apiKey, caCertificate, value, shards,
                replicas, bulkSize, bulkConcurrency, maxRetries, requestTimeout);
    }

    public ElasticsearchStoreSettings withBasicAuth(String user, String pass) {
        return new ElasticsearchStoreSettings(urls, user, pass, null, caCertificate, indexPrefix, shards, replicas,
                bulkSize, bulkConcurrency, maxRetries, requestTimeout);
    }

    public ElasticsearchStoreSettings withApiKey(String value) {
        return new ElasticsearchStoreSettings(urls, null, null, value, caCertificate, indexPrefix, shards, replicas,
                bulkSize, bulkConcurrency, maxRetries, requestTimeout);
    }

    public ElasticsearchStoreSettings withCaCertificate(Path value) {
        return new ElasticsearchStoreSettings(urls, username, password, apiKey, value, indexPrefix, shards, replicas,
                bulkSize, bulkConcurrency, maxRetries, requestTimeout);
    }

    public ElasticsearchStoreSettings withIndexLayout(int newShards, int newReplicas) {
        return new ElasticsearchStoreSettings(urls, username, password, apiKey, caCertificate, indexPrefix, newShards,
                newReplicas, bulkSize, bulkConcurrency, maxRetries, requestTimeout);
    }

    public ElasticsearchStoreSettings withBulk(int newBulkSize, int newBulkConcurrency) {
        return new ElasticsearchStoreSettings(urls, username, password, apiKey, caCertificate, indexPrefix, shards,
                replicas, newBulkSize, newBulkConcurrency, maxRetries, requestTimeout);
    }

    public ElasticsearchStoreSettings withRetries(int newMaxRetries, Duration newRequestTimeout) {
        return new ElasticsearchStoreSettings(urls, username, password, apiKey, caCertificate, indexPrefix, shards,
                replicas, bulkSize, bulkConcurrency, newMaxRetries, newRequestTimeout);
    }

    /** The articles alias every read and write goes through. */
    public String articlesAlias() {
        return indexPrefix + "-articles";
    }

    /** The records alias. */
    public String recordsAlias() {
        return indexPrefix + "-records";
    }

    /** The URLs for messages and logs (they never hold credentials: those are separate settings). */
    public String describeUrls() {
        return urls.size() == 1 ? urls.get(0).toString() : urls.toString();
    }

    /** Without the password and API key, so settings can be logged. */
    @Override
    public String toString() {
        return "ElasticsearchStoreSettings[urls=" + urls + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", caCertificate=" + caCertificate + ", indexPrefix=" + indexPrefix + ", shards=" + shards
                + ", replicas=" + replicas + ", bulkSize=" + bulkSize + ", bulkConcurrency=" + bulkConcurrency
                + ", maxRetries=" + maxRetries + ", requestTimeout=" + requestTimeout + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
