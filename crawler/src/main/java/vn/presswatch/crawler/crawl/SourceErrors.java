package vn.presswatch.crawler.crawl;

import vn.presswatch.crawler.feed.FeedParseException;
import vn.presswatch.crawler.fetch.FetchException;

/** Failure messages in words an office can act on, in Vietnamese, with the technical reason after them. */
final class SourceErrors {
    private SourceErrors() {
    }

    static String listing(String url, Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof FetchException) {
            return ((FetchException) t).vietnameseMessage();
        }
        if (t instanceof FeedParseException) {
            return "Không đọc được danh sách bài (RSS/Atom, sitemap hoặc trang chuyên mục) tại " + url + ": "
                    + t.getMessage();
        }
        return "Lỗi khi đọc " + url + ": " + t;
    }

    static String store(Throwable failure) {
        return "Không lưu được bài viết vào kho dữ liệu, sẽ thử lại ở lần sau: " + unwrap(failure).getMessage();
    }

    static String unverified(String message) {
        return "Địa chỉ của nguồn này chưa từng được kiểm chứng, có thể đã sai hoặc đã đổi. " + message;
    }

    static String disabled(int failures, String message) {
        return "Đã tự động tạm dừng sau " + failures + " lần lỗi liên tiếp; hãy kiểm tra địa chỉ rồi bật lại. "
                + "Lỗi cuối: " + message;
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
