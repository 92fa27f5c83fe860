package vn.presswatch.crawler.feed;

import java.io.IOException;
import vn.presswatch.crawler.text.GzipBodies;

/** A feed or sitemap body still in gzip, inflated ({@link GzipBodies}), its failures told as feed errors. */
final class CompressedBodies {

    private CompressedBodies() {
    }

    /** The body itself when it is not gzip, else its inflated content of at most {@code maxBytes}. */
    static byte[] inflate(byte[] body, int maxBytes, String url) throws FeedParseException {
        try {
            return GzipBodies.inflateIfGzipped(body, maxBytes);
        } catch (GzipBodies.TooLargeException e) {
            throw new FeedParseException(url, "body too large: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FeedParseException(url, "the body is gzip-compressed but corrupt: " + e.getMessage(), e);
        }
    }
}
