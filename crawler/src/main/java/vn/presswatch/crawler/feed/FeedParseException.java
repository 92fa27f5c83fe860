package vn.presswatch.crawler.feed;

import java.util.Objects;

/**
 * A feed or sitemap body could not be read at all. The message says why in words an editor can act on
 * ("not a feed: the server returned an HTML page (title 'Trang chủ')", "XML broken at line 3 column 17: ...");
 * it never contains the body. Checked, because a bad feed is a normal event: the caller records it against the
 * source and carries on with the others.
 */
public class FeedParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String url;

    public FeedParseException(String url, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.url = url;
    }

    public FeedParseException(String url, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.url = url;
    }

    /** The address of the feed or sitemap that failed, as given to the parser; may be null. */
    public String url() {
        return url;
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage() + " [url=" + url + "]";
    }
}
