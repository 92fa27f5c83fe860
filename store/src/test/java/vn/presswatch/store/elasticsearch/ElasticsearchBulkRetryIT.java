package vn.presswatch.store.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.presswatch.store.Fixtures.HP_EXACT;
import static vn.presswatch.store.Fixtures.ISLAND;
import static vn.presswatch.store.Fixtures.KNIFE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Article;
import vn.presswatch.store.Fixtures;
import vn.presswatch.store.Origin;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.Tone;
import vn.presswatch.store.UpsertResult;

/**
 * The bulk writer's retries ({@link EsBulkWriter}) against the real node of {@link ElasticsearchNode}, seen through
 * a fault-injecting proxy on loopback: the store under test talks to the proxy, which forwards everything to the node
 * except the {@code _bulk} requests it has been told to fail. What ended up stored is read through a second store
 * opened directly on the node. Backoff is not configurable (100 ms doubling, with jitter), so every test keeps its
 * retries to three or fewer.
 */
class ElasticsearchBulkRetryIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Article> THREE = List.of(HP_EXACT, ISLAND, KNIFE);

    private static FaultyProxy proxy;

    private final List<ElasticsearchArticleStore> opened = new ArrayList<>();
    private String prefix;
    /** The store under test, through the proxy, with 3 retries. */
    private ElasticsearchArticleStore store;
    /** The same indexes, straight on the node: what is really stored. */
    private ElasticsearchArticleStore direct;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = new FaultyProxy(ElasticsearchNode.shared().httpUrl());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void open() {
        proxy.reset();
        prefix = "retry-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT).substring(0, 13);
        store = open(proxied(3));
        direct = open(ElasticsearchStoreSettings.defaults(ElasticsearchNode.shared().httpUrl())
                .withIndexPrefix(prefix));
    }

    @AfterEach
    void closeAndDelete() {
        opened.forEach(ElasticsearchArticleStore::close);
        deleteIndexes();
        // A proxy that failed in a way it was not told to would show up as I/O errors the writer quietly retried.
        assertThat(proxy.problems).as("unexpected proxy failures").isEmpty();
    }

    @Test
    void upsertRetriesABulkRejectedWith429() {
        proxy.failNextBulks(Fault.REJECT, Fault.REJECT);

        UpsertResult result = store.upsert(THREE);

        assertThat(proxy.bulkSizes()).containsExactly(3, 3, 3);
        // A rejected request wrote nothing, so Elasticsearch's own "created" from the retry is exact.
        assertThat(result.created()).containsExactlyInAnyOrderElementsOf(ids(THREE));
        assertThat(result.updated()).isEmpty();
        for (Article a : THREE) {
            assertThat(direct.get(a.id())).as(a.canonicalUrl()).contains(a);
        }
    }

    @Test
    void bulkImportRetriesARequestAnswered503() {
        // 300 articles in bulks of 100, two in flight; one of the bulks meets a load balancer's 503 page.
        ElasticsearchArticleStore importer = open(proxied(3).withBulk(100, 2));
        List<Article> many = IntStream.range(0, 300).mapToObj(i -> Fixtures.article("retry-" + i, "baoquangninh",
                Origin.DOMESTIC, "vi", "Quảng Ninh đón khách quốc tế số " + i, "Vịnh Hạ Long.", "Nội dung " + i,
                "2025-07-01T00:00:00Z", Tone.POSITIVE, List.of("Quảng Ninh"), "qn" + i, "tourism_culture")).toList();
        proxy.failNextBulks(Fault.UNAVAILABLE);

        assertThat(importer.bulkImport(many.iterator())).isEqualTo(300);

        assertThat(proxy.bulkSizes()).containsExactly(100, 100, 100, 100);
        assertThat(direct.count()).isEqualTo(300);
        assertThat(direct.existing(ids(many))).hasSize(300);
    }

    @Test
    void givesUpAfterMaxRetriesAndSaysWhatFailed() {
        ElasticsearchArticleStore twoRetries = open(proxied(2));
        proxy.failNextBulks(Collections.nCopies(10, Fault.REJECT).toArray(Fault[]::new));

        assertThatThrownBy(() -> twoRetries.upsert(THREE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot write 3 articles")
                .hasMessageContaining("429")
                .hasMessageContaining("rejected execution");
        // The first try and two retries, then nothing more: the writer must not keep hammering a full queue.
        assertThat(proxy.bulkSizes()).containsExactly(3, 3, 3);
        assertThat(direct.existing(ids(THREE))).isEmpty();
        assertThat(direct.count()).isZero();

        proxy.reset();
        UpsertResult later = twoRetries.upsert(THREE);
        assertThat(later.created()).containsExactlyInAnyOrderElementsOf(ids(THREE));
        assertThat(direct.existing(ids(THREE))).containsExactlyInAnyOrderElementsOf(ids(THREE));
    }

    @Test
    void retriesOnlyTheItemRejectedWith429() {
        proxy.failNextBulks(Fault.rejectItem(ISLAND.id()));

        UpsertResult result = store.upsert(THREE);

        // The second bulk carries only the rejected article, not the two that were written.
        assertThat(proxy.bulkSizes()).containsExactly(3, 1);
        assertThat(result.created()).containsExactlyInAnyOrderElementsOf(ids(THREE));
        for (Article a : THREE) {
            assertThat(direct.get(a.id())).as(a.canonicalUrl()).contains(a);
        }
    }

    @Test
    void namesTheItemStillRejectedWhenRetriesRunOut() {
        ElasticsearchArticleStore twoRetries = open(proxied(2));
        proxy.failNextBulks(Fault.rejectItem(ISLAND.id()), Fault.rejectItem(ISLAND.id()),
                Fault.rejectItem(ISLAND.id()));

        assertThatThrownBy(() -> twoRetries.upsert(THREE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot write 1 of 3 articles")
                .hasMessageContaining(ISLAND.id() + " (429 es_rejected_execution_exception: rejected execution)")
                .hasMessageNotContaining(HP_EXACT.id())
                .hasMessageNotContaining(KNIFE.id());
        assertThat(proxy.bulkSizes()).containsExactly(3, 1, 1);
        // Exactly what the message says: the two others are stored, the named one is not.
        assertThat(direct.existing(ids(THREE))).containsExactlyInAnyOrder(HP_EXACT.id(), KNIFE.id());
    }

    @Test
    void requestFailingAfterSomeItemsWereWrittenNamesOnlyTheUnwritten() {
        ElasticsearchArticleStore twoRetries = open(proxied(2));
        proxy.failNextBulks(Fault.rejectItem(ISLAND.id()), Fault.REJECT, Fault.REJECT);

        assertThatThrownBy(() -> twoRetries.upsert(THREE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot write 1 of 3 articles")
                .hasMessageContaining(ISLAND.id() + " (429 es_rejected_execution_exception: rejected execution)")
                .hasMessageContaining("the others were written")
                .hasMessageNotContaining(HP_EXACT.id())
                .hasMessageNotContaining(KNIFE.id());
        assertThat(proxy.bulkSizes()).containsExactly(3, 1, 1);
        assertThat(direct.existing(ids(THREE))).containsExactlyInAnyOrder(HP_EXACT.id(), KNIFE.id());
    }

    @Test
    void answerLostAfterTheWriteStillTellsNewFromUpdated() {
        store.upsert(List.of(HP_EXACT));
        proxy.reset();
        // The node writes all three, then the connection drops before the answer arrives; the retry finds all three
        // already there, so Elasticsearch says "updated" for each.
        proxy.failNextBulks(Fault.DROP_AFTER_WRITE);

        UpsertResult result = store.upsert(THREE);

        assertThat(proxy.bulkSizes()).containsExactly(3, 3);
        assertThat(result.created()).containsExactlyInAnyOrder(ISLAND.id(), KNIFE.id());
        assertThat(result.updated()).containsExactly(HP_EXACT.id());
        assertThat(direct.existing(ids(THREE))).hasSize(3);
    }

    private ElasticsearchStoreSettings proxied(int maxRetries) {
        return ElasticsearchStoreSettings.defaults(proxy.url()).withIndexPrefix(prefix)
                .withRetries(maxRetries, Duration.ofSeconds(30));
    }

    private ElasticsearchArticleStore open(ElasticsearchStoreSettings settings) {
        ElasticsearchArticleStore opening = new ElasticsearchArticleStore(settings);
        opened.add(opening);
        return opening;
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    private void deleteIndexes() {
        String indexes = prefix + "-articles" + EsMappings.FIRST_GENERATION + "," + prefix + "-records"
                + EsMappings.FIRST_GENERATION;
        HttpRequest delete = HttpRequest.newBuilder(URI.create(ElasticsearchNode.shared().httpUrl() + "/" + indexes
                        + "?ignore_unavailable=true"))
                .timeout(Duration.ofSeconds(30)).DELETE().build();
        try {
            HttpResponse<String> response = HTTP.send(delete, BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("deleting %s: %s", indexes, response.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + indexes, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted deleting " + indexes, e);
        }
    }

    /** What the proxy does to one {@code _bulk} request instead of just forwarding it. */
    private record Fault(Kind kind, String id) {
        enum Kind { REJECT, UNAVAILABLE, DROP_AFTER_WRITE, REJECT_ITEM }

        /** 429 with Elasticsearch's body for a full write queue; not forwarded. */
        static final Fault REJECT = new Fault(Kind.REJECT, null);
        /** 503 with a load balancer's text/plain page; not forwarded. */
        static final Fault UNAVAILABLE = new Fault(Kind.UNAVAILABLE, null);
        /** Forwarded, then the connection is closed without an answer. */
        static final Fault DROP_AFTER_WRITE = new Fault(Kind.DROP_AFTER_WRITE, null);

        /** Forwarded without the article {@code id}, which gets an item-level 429 in the answer. */
        static Fault rejectItem(String id) {
            return new Fault(Kind.REJECT_ITEM, id);
        }
    }

    /**
     * A loopback HTTP proxy in front of the node. It forwards method, path, query, content-type, accept and body, and
     * copies back status, content-type, {@code X-Elastic-Product} (the client refuses a 200 without it) and body;
     * {@code _bulk} requests meet the queued faults first, one fault per request.
     */
    private static final class FaultyProxy implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final String PRODUCT = "X-Elastic-Product";
        private static final String REJECTED = "{\"error\":{\"type\":\"es_rejected_execution_exception\","
                + "\"reason\":\"rejected execution\"},\"status\":429}";

        private final String target;
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "faulty-proxy");
            t.setDaemon(true);
            return t;
        });
        private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
        private final List<Integer> bulkSizes = Collections.synchronizedList(new ArrayList<>());
        final List<Throwable> problems = Collections.synchronizedList(new ArrayList<>());

        FaultyProxy(String target) throws IOException {
            this.target = target;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void failNextBulks(Fault... next) {
            faults.addAll(Arrays.asList(next));
        }

        /** Drops the queued faults and forgets the bulk requests seen. */
        void reset() {
            faults.clear();
            bulkSizes.clear();
        }

        /** The number of articles in each {@code _bulk} request seen, in order. */
        List<Integer> bulkSizes() {
            synchronized (bulkSizes) {
                return List.copyOf(bulkSizes);
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Fault fault = null;
                if (exchange.getRequestURI().getPath().endsWith("/_bulk")) {
                    bulkSizes.add(items(body).size());
                    fault = faults.poll();
                }
                if (fault == null) {
                    reply(exchange, forward(exchange, body));
                    return;
                }
                switch (fault.kind()) {
                    case REJECT -> reply(exchange, new Answer(429, "application/json", "Elasticsearch",
                            REJECTED.getBytes(StandardCharsets.UTF_8)));
                    case UNAVAILABLE -> reply(exchange, new Answer(503, "text/plain; charset=utf-8", null,
                            "503 Service Temporarily Unavailable".getBytes(StandardCharsets.UTF_8)));
                    case DROP_AFTER_WRITE -> {
                        Answer answer = forward(exchange, body);
                        if (answer.status() != 200) {
                            throw new IllegalStateException("bulk answered " + answer.status());
                        }
                        // Closing the exchange without a response makes the server drop the connection.
                        return;
                    }
                    case REJECT_ITEM -> reply(exchange, rejectItem(exchange, body, fault.id()));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(e);
                throw e;
            }
        }

        /** Forwards the bulk without the article {@code id} and puts a 429 for it into the answer at its place. */
        private Answer rejectItem(HttpExchange exchange, byte[] body, String id) throws IOException {
            List<String[]> items = items(body);
            int at = -1;
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(JSON.readTree(items.get(i)[0]).elements().next().path("_id").asText())) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new IllegalStateException("no article " + id + " in the bulk");
            }
            ObjectNode answer;
            if (items.size() == 1) {
                answer = JSON.createObjectNode().put("took", 0);
                answer.putArray("items");
            } else {
                List<String[]> rest = new ArrayList<>(items);
                rest.remove(at);
                StringBuilder forwarded = new StringBuilder();
                rest.forEach(lines -> forwarded.append(String.join("\n", lines)).append('\n'));
                Answer written = forward(exchange, forwarded.toString().getBytes(StandardCharsets.UTF_8));
                answer = (ObjectNode) JSON.readTree(written.body());
            }
            String path = exchange.getRequestURI().getPath();
            ObjectNode rejected = JSON.createObjectNode();
            rejected.putObject("index").put("_index", path.substring(1, path.length() - "/_bulk".length()))
                    .put("_id", id).put("status", 429).set("error", JSON.readTree(REJECTED).get("error"));
            ((ArrayNode) answer.get("items")).insert(at, rejected);
            answer.put("errors", true);
            return new Answer(200, "application/json", "Elasticsearch", JSON.writeValueAsBytes(answer));
        }

        /** The bulk body's operations, each as its lines: an action, and a document unless it is a delete. */
        private static List<String[]> items(byte[] body) throws IOException {
            List<String> lines = new String(body, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            List<String[]> items = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                boolean delete = JSON.readTree(lines.get(i)).has("delete");
                items.add(delete ? new String[] {lines.get(i)} : new String[] {lines.get(i), lines.get(++i)});
            }
            return items;
        }

        private Answer forward(HttpExchange exchange, byte[] body) throws IOException {
            URI from = exchange.getRequestURI();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + from.getRawPath()
                            + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery())))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0 ? BodyPublishers.noBody()
                            : BodyPublishers.ofByteArray(body));
            for (String name : List.of("Content-Type", "Accept")) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            }
            try {
                HttpResponse<byte[]> response = HTTP.send(request.build(), BodyHandlers.ofByteArray());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                        response.headers().firstValue(PRODUCT).orElse(null), response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted forwarding " + from, e);
            }
        }

        private static void reply(HttpExchange exchange, Answer answer) throws IOException {
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            if (answer.product() != null) {
                exchange.getResponseHeaders().set(PRODUCT, answer.product());
            }
            boolean empty = answer.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
            if (!empty) {
                exchange.getResponseBody().write(answer.body());
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }

        private record Answer(int status, String contentType, String product, byte[] body) {
        }
    }
}
