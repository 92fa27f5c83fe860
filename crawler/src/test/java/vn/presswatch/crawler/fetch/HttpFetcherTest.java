package vn.presswatch.crawler.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.presswatch.crawler.fetch.FetchException.Reason;
import vn.presswatch.crawler.url.AddressGuard;

/** The fetcher against a real HTTP server on loopback, one route per behaviour real sites have. */
class HttpFetcherTest {
    private static Vertx vertx;
    private static HttpServer server;
    private static String base;
    private static final List<String> hits = Collections.synchronizedList(new ArrayList<>());
    private static final List<Long> okArrivals = Collections.synchronizedList(new ArrayList<>());
    /** The Host header of each request, in order: the name from the URL, whatever address was connected to. */
    private static final List<String> hostHeaders = Collections.synchronizedList(new ArrayList<>());
    private static final String PAGE = "<html><head><title>Hải Phòng</title></head><body>" + "Tin tức. ".repeat(2000)
            + "</body></html>";

    @BeforeAll
    static void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
                .requestHandler(HttpFetcherTest::route);
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + server.actualPort();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void clear() {
        hits.clear();
        okArrivals.clear();
        hostHeaders.clear();
    }

    private static void route(HttpServerRequest req) {
        String path = req.path();
        hits.add(path);
        hostHeaders.add(req.getHeader("Host"));
        var res = req.response();
        switch (path) {
            case "/robots.txt" -> res.putHeader("Content-Type", "text/plain")
                    .end("User-agent: *\nDisallow: /private\n");
            case "/ok" -> {
                okArrivals.add(System.nanoTime());
                if ("\"v1\"".equals(req.getHeader("If-None-Match"))) {
                    res.setStatusCode(304).end();
                } else {
                    res.putHeader("Content-Type", "text/html; charset=utf-8").putHeader("ETag", "\"v1\"")
                            .putHeader("Last-Modified", "Mon, 18 Aug 2025 03:00:00 GMT").end(PAGE);
                }
            }
            case "/gz" -> res.putHeader("Content-Type", "text/html; charset=utf-8")
                    .putHeader("Content-Encoding", "gzip").end(Buffer.buffer(gzip(PAGE.getBytes(UTF_8))));
            case "/gzip-bomb" -> res.putHeader("Content-Type", "text/html")
                    .putHeader("Content-Encoding", "gzip").end(Buffer.buffer(gzip(new byte[50 * 1024 * 1024])));
            case "/gzip-labelled-deflate" -> res.putHeader("Content-Type", "text/html; charset=utf-8")
                    .putHeader("Content-Encoding", "deflate").end(Buffer.buffer(gzip(PAGE.getBytes(UTF_8))));
            case "/gzip-corrupt" -> {
                byte[] corrupt = gzip(PAGE.getBytes(UTF_8));
                for (int i = 12; i < 40; i++) {
                    corrupt[i] = (byte) 0xff; // the deflate stream after the 10-byte gzip header
                }
                res.putHeader("Content-Type", "text/html").putHeader("Content-Encoding", "gzip").end(Buffer.buffer(corrupt));
            }
            case "/redirect-ok" -> res.setStatusCode(301).putHeader("Location", "/ok").end();
            case "/redirect-other-host" -> res.setStatusCode(302)
                    .putHeader("Location", "http://other.rebind.test:" + server.actualPort() + "/ok").end();
            case "/redirect-intranet" -> res.setStatusCode(302).putHeader("Location", "http://intranet.rebind.test/rss").end();
            case "/loop-a" -> res.setStatusCode(302).putHeader("Location", base + "/loop-b").end();
            case "/loop-b" -> res.setStatusCode(302).putHeader("Location", "/loop-a").end();
            case "/error" -> res.setStatusCode(500).end("boom");
            case "/busy" -> res.setStatusCode(429).putHeader("Retry-After", "7200").end();
            case "/slow" -> {
                res.setChunked(true).putHeader("Content-Type", "text/html").write("<html>");
                long timer = vertx.setPeriodic(300, id -> res.write("."));
                res.closeHandler(v -> vertx.cancelTimer(timer));
            }
            case "/huge" -> {
                res.setChunked(true).putHeader("Content-Type", "text/html");
                String block = "x".repeat(64 * 1024);
                for (int i = 0; i < 64; i++) {
                    res.write(block);
                }
                res.end();
            }
            default -> {
                if (path.startsWith("/chain/")) {
                    int n = Integer.parseInt(path.substring(7));
                    res.setStatusCode(302).putHeader("Location", "/chain/" + (n + 1)).end();
                } else {
                    res.setStatusCode(404).end();
                }
            }
        }
    }

    private static byte[] gzip(byte[] data) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
            gz.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpFetcher fetcher(FetchSettings settings) {
        return new HttpFetcher(vertx, settings, new AddressGuard(new AddressGuard.Settings(true, false)));
    }

    private static FetchSettings quick() {
        return FetchSettings.defaults("test@presswatch.local").withHostDelay(Duration.ZERO)
                .withLimits(Duration.ofSeconds(2), 1024 * 1024, 5);
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static FetchException failure(Future<?> future) throws Exception {
        try {
            await(future);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(FetchException.class);
            return (FetchException) e.getCause();
        }
        return fail("expected the fetch to fail");
    }

    @Test
    void fetchesDecompressesAndThenAsksConditionally() throws Exception {
        try (HttpFetcher f = fetcher(quick())) {
            FetchResult first = await(f.fetch(FetchRequest.of(base + "/ok")));
            assertThat(first.status()).isEqualTo(200);
            assertThat(new String(first.body(), UTF_8)).isEqualTo(PAGE);
            assertThat(first.headerCharset()).isEqualTo("utf-8");
            assertThat(first.etag()).isEqualTo("\"v1\"");
            FetchResult second = await(f.fetch(new FetchRequest(base + "/ok", first.etag(), first.lastModified())));
            assertThat(second.notModified()).isTrue();
            assertThat(second.body()).isEmpty();
            assertThat(hits.stream().filter("/robots.txt"::equals).count()).as("robots.txt fetched once").isEqualTo(1);
        }
    }

    @Test
    void decompressesGzipAndLimitsTheDecompressedSize() throws Exception {
        try (HttpFetcher f = fetcher(quick())) {
            FetchResult gz = await(f.fetch(FetchRequest.of(base + "/gz")));
            assertThat(new String(gz.body(), UTF_8)).isEqualTo(PAGE);
            // 50 MB of zeros is about 50 KB on the wire: the limit must count what it inflates to.
            FetchException bomb = failure(f.fetch(FetchRequest.of(base + "/gzip-bomb")));
            assertThat(bomb.reason()).isEqualTo(Reason.TOO_LARGE);
        }
    }

    @Test
    void aBodyThatDoesNotInflateAsLabelledIsABadEncodingNotAConnectionError() throws Exception {
        try (HttpFetcher f = fetcher(quick())) {
            FetchException mislabelled = failure(f.fetch(FetchRequest.of(base + "/gzip-labelled-deflate")));
            assertThat(mislabelled.reason()).isEqualTo(Reason.BAD_ENCODING);
            assertThat(mislabelled.getMessage()).contains("could not be decompressed").contains("/gzip-labelled-deflate");
            assertThat(mislabelled.vietnameseMessage())
                    .isEqualTo("Nội dung nén bị lỗi hoặc sai khai báo nén: " + base + "/gzip-labelled-deflate");

            FetchException corrupt = failure(f.fetch(FetchRequest.of(base + "/gzip-corrupt")));
            assertThat(corrupt.reason()).isEqualTo(Reason.BAD_ENCODING);
            assertThat(corrupt.getMessage()).contains("could not be decompressed");
        }
    }

    @Test
    void followsRedirectsAndStopsLoopsAndLongChains() throws Exception {
        try (HttpFetcher f = fetcher(quick())) {
            FetchResult moved = await(f.fetch(FetchRequest.of(base + "/redirect-ok")));
            assertThat(moved.finalUrl()).isEqualTo(base + "/ok");
            assertThat(moved.redirects()).containsExactly(base + "/ok");
            assertThat(failure(f.fetch(FetchRequest.of(base + "/loop-a"))).reason()).isEqualTo(Reason.REDIRECT_LOOP);
            FetchException chain = failure(f.fetch(FetchRequest.of(base + "/chain/0")));
            assertThat(chain.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
            assertThat(hits).doesNotContain("/chain/6");
        }
    }

    @Test
    void limitsTimeAndSize() throws Exception {
        try (HttpFetcher f = fetcher(quick())) {
            FetchException slow = failure(f.fetch(FetchRequest.of(base + "/slow")));
            assertThat(slow.reason()).isEqualTo(Reason.TIMEOUT);
            FetchException huge = failure(f.fetch(FetchRequest.of(base + "/huge")));
            assertThat(huge.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(huge.getMessage()).contains("1024 KB").contains("/huge");
        }
    }

    @Test
    void reportsErrorsWithTheirStatusAndRetryAfter() throws Exception {
        try (HttpFetcher f = fetcher(quick())) {
            FetchException error = failure(f.fetch(FetchRequest.of(base + "/error")));
            assertThat(error.reason()).isEqualTo(Reason.HTTP_STATUS);
            assertThat(error.status()).isEqualTo(500);
            assertThat(error.vietnameseMessage()).startsWith("Máy chủ trả lỗi (HTTP 500)");
            FetchException busy = failure(f.fetch(FetchRequest.of(base + "/busy")));
            assertThat(busy.reason()).isEqualTo(Reason.RATE_LIMITED);
            assertThat(busy.retryAfter()).as("capped at maxRetryAfter").isEqualTo(Duration.ofHours(1));
            FetchException refused = failure(f.fetch(FetchRequest.of("http://127.0.0.1:1/x")));
            assertThat(refused.reason()).isEqualTo(Reason.CONNECTION);
            assertThat(failure(f.fetch(FetchRequest.of("ftp://example.vn/x"))).reason()).isEqualTo(Reason.INVALID_URL);
        }
    }

    @Test
    void obeysRobotsTxtWithoutTouchingTheDisallowedPage() throws Exception {
        try (HttpFetcher f = fetcher(quick())) {
            FetchException e = failure(f.fetch(FetchRequest.of(base + "/private/report.html")));
            assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
            assertThat(hits).contains("/robots.txt").doesNotContain("/private/report.html");
        }
    }

    @Test
    void refusesLoopbackUnlessAllowed() throws Exception {
        try (HttpFetcher f = new HttpFetcher(vertx, quick(), new AddressGuard(new AddressGuard.Settings(false, false)))) {
            FetchException e = failure(f.fetch(FetchRequest.of(base + "/ok")));
            assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
            assertThat(hits).isEmpty();
        }
    }

    /**
     * A resolver for made-up names under .test (RFC 6761: no DNS resolves them), so a request can only reach the
     * test server if the fetcher connects to the address the guard checked: Vert.x could not resolve the name.
     */
    private static AddressGuard.Resolver madeUpNames(List<String> asked, Map<String, String> addresses) {
        return host -> {
            asked.add(host);
            String address = addresses.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            String[] all = address.split(",");
            InetAddress[] answer = new InetAddress[all.length];
            for (int i = 0; i < all.length; i++) {
                answer[i] = InetAddress.getByName(all[i]); // literals: no lookup
            }
            return answer;
        };
    }

    @Test
    void connectsToTheCheckedAddressAndKeepsTheHostName() throws Exception {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        AddressGuard guard = new AddressGuard(new AddressGuard.Settings(true, false),
                madeUpNames(asked, Map.of("news.rebind.test", "127.0.0.1", "other.rebind.test", "127.0.0.1")));
        String site = "http://news.rebind.test:" + server.actualPort();
        try (HttpFetcher f = new HttpFetcher(vertx, quick(), guard)) {
            FetchResult direct = await(f.fetch(FetchRequest.of(site + "/redirect-ok")));
            assertThat(direct.status()).isEqualTo(200);
            assertThat(new String(direct.body(), UTF_8)).isEqualTo(PAGE);
            assertThat(direct.finalUrl()).isEqualTo(site + "/ok");
            assertThat(hits).containsExactly("/robots.txt", "/redirect-ok", "/ok");
            assertThat(hostHeaders).as("robots.txt and every hop keep the URL's host in the Host header")
                    .containsOnly("news.rebind.test:" + server.actualPort());

            FetchResult moved = await(f.fetch(FetchRequest.of(site + "/redirect-other-host")));
            assertThat(moved.finalUrl()).isEqualTo("http://other.rebind.test:" + server.actualPort() + "/ok");
            assertThat(hostHeaders).endsWith("other.rebind.test:" + server.actualPort());
        }
        assertThat(asked).as("the guard resolved each host, robots.txt included").contains("news.rebind.test", "other.rebind.test");
    }

    @Test
    void refusesAHostWithAnyForbiddenAddressAmongItsAnswers() throws Exception {
        AddressGuard guard = new AddressGuard(AddressGuard.Settings.defaults(),
                madeUpNames(new ArrayList<>(), Map.of("news.rebind.test", "203.113.131.1,127.0.0.1")));
        try (HttpFetcher f = new HttpFetcher(vertx, quick(), guard)) {
            FetchException e = failure(f.fetch(FetchRequest.of("http://news.rebind.test:" + server.actualPort() + "/ok")));
            assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
            assertThat(e.getMessage()).contains("news.rebind.test resolves to 127.0.0.1, a loopback address");
            assertThat(hits).isEmpty();
        }
    }

    @Test
    void checksTheAddressOfEveryRedirectHop() throws Exception {
        AddressGuard guard = new AddressGuard(new AddressGuard.Settings(true, false),
                madeUpNames(new ArrayList<>(), Map.of("news.rebind.test", "127.0.0.1", "intranet.rebind.test", "10.0.0.7")));
        try (HttpFetcher f = new HttpFetcher(vertx, quick(), guard)) {
            FetchException e = failure(f.fetch(FetchRequest.of("http://news.rebind.test:" + server.actualPort()
                    + "/redirect-intranet")));
            assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
            assertThat(e.url()).isEqualTo("http://intranet.rebind.test/rss");
            assertThat(e.vietnameseMessage()).startsWith("Địa chỉ không được phép truy cập");
        }
    }

    @Test
    void spacesRequestsToOneHost() throws Exception {
        Duration delay = Duration.ofMillis(400);
        try (HttpFetcher f = fetcher(quick().withHostDelay(delay))) {
            List<Future<FetchResult>> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(f.fetch(FetchRequest.of(base + "/ok")));
            }
            for (Future<FetchResult> one : all) {
                assertThat(await(one).status()).isEqualTo(200);
            }
        }
        assertThat(okArrivals).hasSize(3);
        List<Long> sorted = new ArrayList<>(okArrivals);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            // Starts are at least the delay apart (minus a little for the timer's and the network's granularity).
            assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThan(delay.toNanos() - 50_000_000L);
        }
    }
}
