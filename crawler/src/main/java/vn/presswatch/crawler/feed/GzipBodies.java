package vn.presswatch.crawler.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Inflates bodies that are still gzip-compressed (sitemap.xml.gz, or a server that compresses twice), with a
 * cap on the inflated size so a small "gzip bomb" cannot exhaust memory.
 */
final class GzipBodies {

    private GzipBodies() {
    }

    static boolean isGzip(byte[] body) {
        return body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
    }

    /** The body itself when it is not gzip, else its inflated content of at most {@code maxBytes}. */
    static byte[] inflateIfGzipped(byte[] body, int maxBytes, String url) throws FeedParseException {
        if (!isGzip(body)) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, body.length * 4 + 64));
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw new FeedParseException(url, String.format(Locale.ROOT,
                            "body too large: more than %d bytes after gzip decompression", maxBytes));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FeedParseException(url, "the body is gzip-compressed but corrupt: " + e.getMessage(), e);
        }
    }
}
