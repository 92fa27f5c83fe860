package vn.presswatch.crawler.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Inflates bodies that are still gzip-compressed after HTTP content decoding: sitemap.xml.gz, a server that
 * compresses twice, or one that sends gzip without saying so in Content-Encoding. The inflated size is capped, so a
 * small "gzip bomb" cannot exhaust memory. Stateless and thread-safe.
 */
public final class GzipBodies {

    private GzipBodies() {
    }

    /** Whether {@code body} starts with the gzip magic bytes 1f 8b (no text document starts so). */
    public static boolean isGzip(byte[] body) {
        return body.length >= 2 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
    }

    /**
     * The body itself when it is not gzip, else its inflated content.
     *
     * @param maxBytes the largest inflated size accepted
     * @throws TooLargeException when the content inflates to more than {@code maxBytes}
     * @throws IOException       when the gzip stream is corrupt or cut short; the message says how
     */
    public static byte[] inflateIfGzipped(byte[] body, int maxBytes) throws IOException {
        if (!isGzip(body)) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, body.length * 4 + 64));
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** The content inflates to more than the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(int maxBytes) {
            super(String.format(Locale.ROOT, "more than %d bytes after gzip decompression", maxBytes));
        }
    }
}
