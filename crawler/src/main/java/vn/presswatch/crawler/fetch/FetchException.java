package vn.presswatch.crawler.fetch;

import java.time.Duration;

/**
 * A fetch that failed, with the reason in words a person can act on. The crawl records it against the source
 * (its crawl state) and moves on; {@link #vietnameseMessage()} is what the office sees in the source list.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Reason {
        TIMEOUT("Máy chủ phản hồi quá chậm"),
        TOO_LARGE("Nội dung quá lớn"),
        TOO_MANY_REDIRECTS("Chuyển hướng quá nhiều lần"),
        REDIRECT_LOOP("Chuyển hướng vòng lặp"),
        HTTP_STATUS("Máy chủ trả lỗi"),
        RATE_LIMITED("Máy chủ yêu cầu tạm dừng truy cập"),
        FORBIDDEN_ADDRESS("Địa chỉ không được phép truy cập"),
        ROBOTS_DISALLOWED("Trang không cho phép thu thập (robots.txt)"),
        CONNECTION("Không kết nối được tới máy chủ"),
        /**
         * The server answered, but its compressed body could not be inflated: corrupt, or compressed otherwise than
         * its Content-Encoding says (gzip labelled deflate).
         */
        BAD_ENCODING("Nội dung nén bị lỗi hoặc sai khai báo nén"),
        INVALID_URL("Địa chỉ không hợp lệ");

        private final String vietnamese;

        Reason(String vietnamese) {
            this.vietnamese = vietnamese;
        }
    }

    private final String url;
    private final Reason reason;
    private final int status;
    private final transient Duration retryAfter;

    public FetchException(String url, Reason reason, String detail, int status, Duration retryAfter, Throwable cause) {
        super(detail + " (" + url + ")", cause);
        this.url = url;
        this.reason = reason;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public FetchException(String url, Reason reason, String detail) {
        this(url, reason, detail, 0, null, null);
    }

    public String url() {
        return url;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status, or 0 when no response came. */
    public int status() {
        return status;
    }

    /** How long the server asked us to wait (capped), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** For the office: e.g. "Máy chủ trả lỗi (HTTP 503): https://..." */
    public String vietnameseMessage() {
        return reason.vietnamese + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + url;
    }
}
