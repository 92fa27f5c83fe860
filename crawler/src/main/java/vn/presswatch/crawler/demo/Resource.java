package vn.presswatch.crawler.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One response body ready to serve: its bytes, their gzip form (made once, on first demand), and its validators.
 * The ETag is a digest of the bytes, so it changes exactly when the content does. Thread-safe.
 */
final class Resource {

    private final String contentType;
    private final byte[] body;
    private final String etag;
    private final Instant lastModified;
    private final int gzipLevel;
    private volatile byte[] gzipped;

    private Resource(String contentType, byte[] body, String etag, Instant lastModified, int gzipLevel) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.body = body;
        this.etag = etag;
        this.lastModified = lastModified;
        this.gzipLevel = gzipLevel;
    }

    /** A resource whose ETag is derived from its bytes. */
    static Resource of(String contentType, byte[] body, Instant lastModified) {
        CRC32 crc = new CRC32();
        crc.update(body);
        String etag = String.format(Locale.ROOT, "\"%08x-%x\"", crc.getValue(), body.length);
        return new Resource(contentType, body, etag, lastModified, Deflater.DEFAULT_COMPRESSION);
    }

    static Resource of(String contentType, String text, Instant lastModified) {
        return of(contentType, text.getBytes(StandardCharsets.UTF_8), lastModified);
    }

    /**
     * A resource made for one response, with an ETag given by the caller, who knows a cheaper stable key for the
     * content than its bytes (bulk pages answer 304 without being rendered). It is compressed at the fastest level:
     * that happens on the event loop for every response, not once.
     */
    static Resource onDemand(Resource resource, String etag) {
        return new Resource(resource.contentType, resource.body, etag, resource.lastModified, Deflater.BEST_SPEED);
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    /** The quoted ETag of the identity representation, e.g. {@code "1a2b3c4d-5e6f"}. */
    String etag() {
        return etag;
    }

    /** Truncated to seconds, as HTTP dates are. */
    Instant lastModified() {
        return lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    byte[] gzipped() {
        byte[] g = gzipped;
        if (g == null) {
            g = gzip(body, gzipLevel);
            gzipped = g;
        }
        return g;
    }

    static byte[] gzip(byte[] data) {
        return gzip(data, Deflater.DEFAULT_COMPRESSION);
    }

    private static byte[] gzip(byte[] data, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream gz = new LeveledGzip(out, level)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** GZIPOutputStream with a compression level (its deflater is protected, not configurable). */
    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(ByteArrayOutputStream out, int level) throws IOException {
            super(out);
            def.setLevel(level);
        }
    }
}
