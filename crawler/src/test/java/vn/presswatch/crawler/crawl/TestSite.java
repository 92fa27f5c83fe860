package vn.presswatch.crawler.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny loopback web site whose pages a test sets and changes: honours If-None-Match when told to, and logs
 * every request so tests can check what the crawler fetched.
 */
final class TestSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    record Page(int status, String contentType, byte[] body, String etag, boolean honoursEtag,
                Map<String, String> headers) {
    }

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void html(String path, String html) {
        put(path, 200, "text/html; charset=utf-8", html, null, false, Map.of());
    }

    void feed(String path, String xml, String etag) {
        put(path, 200, "application/rss+xml; charset=utf-8", xml, etag, etag != null, Map.of());
    }

    void put(String path, int status, String type, String body, String etag, boolean honoursEtag,
             Map<String, String> headers) {
        pages.put(path, new Page(status, type, body.getBytes(StandardCharsets.UTF_8), etag, honoursEtag, headers));
    }

    void remove(String path) {
        pages.remove(path);
    }

    /** How many times a path was requested (200 or 304 alike). */
    int hits(String path) {
        synchronized (requests) {
            return (int) requests.stream().filter(r -> r.equals(path)).count();
        }
    }

    void clearLog() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (exchange.getRequestURI().getRawQuery() != null) {
            path += "?" + exchange.getRequestURI().getRawQuery();
        }
        requests.add(path);
        Page page = pages.get(path);
        try (exchange) {
            if (path.equals("/robots.txt") && page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            page.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (page.etag() != null) {
                exchange.getResponseHeaders().add("ETag", page.etag());
                String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
                if (page.honoursEtag() && page.etag().equals(inm)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", page.contentType());
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            if (page.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
