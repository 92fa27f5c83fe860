package vn.presswatch.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.internal.Json;

/** Builds the elasticsearch-java client of the store from its settings. */
final class EsClients {
    /** Connecting is quick or hopeless; waiting long on it only delays the "unreachable" answer. */
    private static final long CONNECT_TIMEOUT_MS = 5_000;
    /**
     * HttpClient's default strategy, except that it never repeats a request because of its answer. By default it
     * repeats every 429 and 503 once after a fixed second, unseen by {@link EsBulkWriter}, which retries those itself
     * with backoff and jitter: each of its attempts would be two requests against a cluster asking for fewer, and
     * {@code maxRetries} would not mean what it says. Retries of idempotent requests after an I/O error (a stale
     * pooled connection) stay.
     */
    private static final HttpRequestRetryStrategy NO_RETRY_ON_ANSWER = new DefaultHttpRequestRetryStrategy() {
        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return false;
        }
    };

    private EsClients() {
    }

    /**
     * A client on the Rest5 (Apache HttpClient 5) transport. Built from the low-level builder rather than
     * {@code ElasticsearchClient.of(...)} because only the builder takes timeouts. The JSON mapper is a copy of the
     * store's mapper (JavaTimeModule, lenient reading): JacksonJsonpMapper reconfigures the mapper it is given.
     */
    static ElasticsearchClient create(ElasticsearchStoreSettings settings) {
        Rest5ClientBuilder builder = Rest5Client.builder(settings.urls());
        List<Header> headers = new ArrayList<>();
        if (settings.username() != null) {
            String credentials = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        } else if (settings.apiKey() != null) {
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + settings.apiKey()));
        }
        if (!headers.isEmpty()) {
            builder.setDefaultHeaders(headers.toArray(Header[]::new));
        }
        if (settings.caCertificate() != null) {
            builder.setSSLContext(sslContext(settings));
        }
        long timeoutMs = settings.requestTimeout().toMillis();
        builder.setConnectionConfigCallback(c -> c
                .setConnectTimeout(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .setSocketTimeout(Timeout.ofMilliseconds(timeoutMs)));
        builder.setRequestConfigCallback(r -> r
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(timeoutMs))
                .setResponseTimeout(Timeout.ofMilliseconds(timeoutMs)));
        // More connections than bulk requests in flight, so reads are not queued behind an import.
        builder.setConnectionManagerCallback(m -> m
                .setMaxConnPerRoute(Math.max(10, settings.bulkConcurrency() * 2 + 4))
                .setMaxConnTotal(Math.max(30, settings.bulkConcurrency() * 2 + 4) * settings.urls().size()));
        builder.setHttpClientConfigCallback(c -> c.setRetryStrategy(NO_RETRY_ON_ANSWER));
        Rest5Client restClient = builder.build();
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(Json.mapper().copy());
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, mapper));
    }

    private static SSLContext sslContext(ElasticsearchStoreSettings settings) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(settings.caCertificate().toFile());
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot read the Elasticsearch CA certificate " + settings.caCertificate() + ": "
                    + e.getMessage(), e);
        }
    }
}
