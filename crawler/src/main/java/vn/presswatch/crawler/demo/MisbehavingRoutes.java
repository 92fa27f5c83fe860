package vn.presswatch.crawler.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static vn.presswatch.crawler.demo.Markup.esc;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Map;

/**
 * The {@code /bad/} endpoints: one per way real servers fail a crawler. Each is described in {@link #ENDPOINTS};
 * none holds a large body in memory, and the timers of slow responses stop when the client goes away.
 */
final class MisbehavingRoutes {

    static final String SLOW = "/bad/slow";
    static final String HUGE = "/bad/huge";
    static final String REDIRECT_LOOP = "/bad/redirect-loop";
    static final String REDIRECT_CHAIN = "/bad/redirects/0";
    static final String SERVER_ERROR = "/bad/500";
    static final String UNAVAILABLE = "/bad/503";
    static final String NOT_FOUND = "/bad/404";
    static final String BROKEN_FEED = "/bad/broken.rss";
    static final String NOT_A_FEED = "/bad/not-a-feed.rss";
    static final String UNCLOSED_TAGS = "/bad/unclosed-tags.rss";
    static final String EMPTY = "/bad/empty.rss";
    static final String DUPLICATE_GUIDS = "/bad/duplicate-guids.rss";
    static final String MISLABELLED_1258 = DemoCatalog.MISBEHAVING_PATHS.get(0);
    static final String LABELLED_1258 = DemoCatalog.MISBEHAVING_PATHS.get(1);
    static final String GZIP_WRONG_ENCODING = DemoCatalog.MISBEHAVING_PATHS.get(2);
    static final String GZIP_UNLABELLED = "/bad/gzip-unlabelled.html";

    /** Every endpoint with what it does, for the site's index page. */
    static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry(SLOW, "gửi tiêu đề rồi nhỏ giọt mỗi giây một byte trong một phút"),
            Map.entry(HUGE, "nội dung 64 MB, gửi dần (không giữ trong bộ nhớ)"),
            Map.entry(REDIRECT_LOOP, "chuyển hướng vòng lặp a → b → a"),
            Map.entry(REDIRECT_CHAIN, "chuỗi 10 lần chuyển hướng"),
            Map.entry(SERVER_ERROR, "lỗi máy chủ 500"),
            Map.entry(UNAVAILABLE, "503 kèm Retry-After: 120"),
            Map.entry(NOT_FOUND, "404"),
            Map.entry(MISLABELLED_1258, "bài viết mã windows-1258 nhưng khai báo UTF-8"),
            Map.entry(LABELLED_1258, "bài viết mã windows-1258, khai báo đúng bằng thẻ meta"),
            Map.entry(GZIP_WRONG_ENCODING, "trang nén gzip nhưng khai báo Content-Encoding: deflate"),
            Map.entry(GZIP_UNLABELLED, "trang nén gzip không khai báo Content-Encoding"),
            Map.entry(BROKEN_FEED, "RSS sai cú pháp XML: dấu & trần, thực thể HTML, HTML trong tiêu đề"),
            Map.entry(UNCLOSED_TAGS, "RSS có thẻ không đóng và bị cắt cụt"),
            Map.entry(NOT_A_FEED, "trang HTML báo lỗi trả về mã 200 thay cho RSS"),
            Map.entry(EMPTY, "trả về 200 với nội dung rỗng"),
            Map.entry(DUPLICATE_GUIDS, "RSS có GUID trùng nhau và liên kết tương đối"));

    static final int HUGE_BYTES = 64 * 1024 * 1024;
    static final int REDIRECT_CHAIN_LENGTH = 10;
    private static final int SLOW_SECONDS = 60;

    private final Vertx vertx;
    private final DemoCatalog catalog;
    private final String baseUrl;
    private final Buffer hugeChunk;

    MisbehavingRoutes(Vertx vertx, DemoCatalog catalog, String baseUrl) {
        this.vertx = vertx;
        this.catalog = catalog;
        this.baseUrl = baseUrl;
        this.hugeChunk = Buffer.buffer("<p>Nội dung rất dài của trang lỗi. </p>\n".repeat(1600));
    }

    /** Answers {@code request} if its path is one of ours; returns false otherwise. */
    boolean handle(HttpServerRequest request) {
        String path = request.path();
        HttpServerResponse response = request.response();
        switch (path) {
            case SLOW -> slow(response);
            case HUGE -> huge(response);
            case REDIRECT_LOOP -> redirect(response, "/bad/redirect-loop-b");
            case "/bad/redirect-loop-b" -> redirect(response, REDIRECT_LOOP);
            case SERVER_ERROR -> html(response.setStatusCode(500), "Lỗi máy chủ", "Internal Server Error");
            case UNAVAILABLE -> html(response.setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "120"),
                    "Hệ thống đang bảo trì", "Máy chủ tạm ngừng phục vụ để bảo trì, vui lòng quay lại sau.");
            case NOT_FOUND -> html(response.setStatusCode(404), "Không tìm thấy trang",
                    "Trang bạn tìm không tồn tại hoặc đã bị xóa.");
            case BROKEN_FEED -> xml(response, BrokenFeeds.broken(baseUrl, catalog.misbehaving()));
            case UNCLOSED_TAGS -> xml(response, BrokenFeeds.unclosedTags(baseUrl, catalog.misbehaving()));
            case GZIP_UNLABELLED -> response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end(Buffer.buffer(Resource.gzip(page(2).getBytes(UTF_8))));
            case DUPLICATE_GUIDS -> xml(response, BrokenFeeds.duplicateGuids(catalog.misbehaving()));
            case NOT_A_FEED -> html(response, "Lỗi hệ thống",
                    "Đã xảy ra lỗi khi tải dữ liệu. Mã lỗi: 0x80004005. Vui lòng thử lại sau.");
            case EMPTY -> response.putHeader(HttpHeaders.CONTENT_TYPE, "application/rss+xml; charset=utf-8").end();
            default -> {
                if (path.startsWith("/bad/redirects/")) {
                    return chain(request, path.substring("/bad/redirects/".length()));
                }
                return article(request, path);
            }
        }
        return true;
    }

    private boolean article(HttpServerRequest request, String path) {
        int index = DemoCatalog.MISBEHAVING_PATHS.indexOf(path);
        if (index < 0 || index >= catalog.misbehaving().size()) {
            return false;
        }
        String page = page(index);
        HttpServerResponse response = request.response();
        switch (index) {
            case 0 -> response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end(Buffer.buffer(Windows1258.encode(page)));
            case 1 -> response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html")
                    .end(Buffer.buffer(Windows1258.encode(page.replace("<meta charset=\"UTF-8\">",
                            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"))));
            default -> response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.CONTENT_ENCODING, "deflate")
                    .end(Buffer.buffer(Resource.gzip(page.getBytes(UTF_8))));
        }
        return true;
    }

    private String page(int index) {
        OutletTemplate template = OutletTemplate.of(DemoOutlet.BAOLOI,
                catalog.start().atZone(Markup.VIETNAM).toLocalDate());
        return template.articlePage(catalog.misbehaving().get(index), catalog.misbehaving(), baseUrl);
    }

    private boolean chain(HttpServerRequest request, String step) {
        int n;
        try {
            n = Integer.parseInt(step);
        } catch (NumberFormatException e) {
            return false;
        }
        if (n < 0 || n > REDIRECT_CHAIN_LENGTH) {
            return false;
        }
        if (n == REDIRECT_CHAIN_LENGTH) {
            html(request.response(), "Cuối chuỗi chuyển hướng", "Bạn đã tới trang đích sau "
                    + REDIRECT_CHAIN_LENGTH + " lần chuyển hướng.");
        } else {
            redirect(request.response(), "/bad/redirects/" + (n + 1));
        }
        return true;
    }

    /** Headers at once, then one byte a second: a fetcher without a total time limit waits a minute. */
    private void slow(HttpServerResponse response) {
        response.setChunked(true).putHeader(HttpHeaders.CONTENT_TYPE, "application/rss+xml; charset=utf-8");
        response.write("<");
        int[] sent = {0};
        long timer = vertx.setPeriodic(1000, id -> {
            if (response.closed() || response.ended()) {
                vertx.cancelTimer(id);
            } else if (++sent[0] >= SLOW_SECONDS) {
                vertx.cancelTimer(id);
                response.end(".");
            } else {
                response.write(".");
            }
        });
        response.closeHandler(v -> vertx.cancelTimer(timer));
    }

    /** {@link #HUGE_BYTES} of HTML, written as the connection drains, never held whole. */
    private void huge(HttpServerResponse response) {
        response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(HUGE_BYTES));
        Buffer head = Buffer.buffer("<!DOCTYPE html><html><head><title>Trang khổng lồ</title></head><body>\n");
        response.write(head);
        long[] remaining = {HUGE_BYTES - (long) head.length()};
        pump(response, remaining);
    }

    private void pump(HttpServerResponse response, long[] remaining) {
        while (remaining[0] > 0 && !response.writeQueueFull()) {
            if (response.closed()) {
                return;
            }
            int n = (int) Math.min(hugeChunk.length(), remaining[0]);
            remaining[0] -= n;
            Buffer chunk = n == hugeChunk.length() ? hugeChunk.copy() : hugeChunk.getBuffer(0, n);
            if (remaining[0] == 0) {
                response.end(chunk);
                return;
            }
            response.write(chunk);
        }
        if (remaining[0] > 0 && !response.closed()) {
            response.drainHandler(v -> pump(response, remaining));
        }
    }

    private static void redirect(HttpServerResponse response, String location) {
        response.setStatusCode(302).putHeader(HttpHeaders.LOCATION, location)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end("<html><body>Đã chuyển tới <a href=\"" + esc(location) + "\">" + esc(location) + "</a></body></html>");
    }

    private static void html(HttpServerResponse response, String title, String message) {
        response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                        + "</title></head>\n<body><h1>" + esc(title) + "</h1><p>" + esc(message)
                        + "</p><p><a href=\"/\">Về trang chủ</a></p></body></html>\n");
    }

    private static void xml(HttpServerResponse response, String body) {
        response.putHeader(HttpHeaders.CONTENT_TYPE, "application/rss+xml; charset=utf-8").end(body);
    }

    static List<String> feedPaths() {
        return List.of(BROKEN_FEED, UNCLOSED_TAGS, DUPLICATE_GUIDS, NOT_A_FEED, EMPTY, UNAVAILABLE);
    }
}
