package vn.presswatch.crawler.warc;

import java.time.Instant;
import java.util.Objects;

/**
 * One HTML page as an archive captured it: an HTTP 200 {@code response} record with an HTML content type.
 *
 * @param targetUrl   the URL that was fetched (WARC-Target-URI)
 * @param capturedAt  when it was fetched (WARC-Date)
 * @param status      the HTTP status; always 200 for pages {@link WarcPageReader} delivers
 * @param contentType the HTTP Content-Type header as sent, e.g. {@code text/html; charset=utf-8}
 * @param body        the HTTP payload with transfer and content encodings (chunked, gzip, deflate) removed. Owned by
 *                    this record: callers must not modify it
 * @param recordId    the WARC-Record-ID, e.g. {@code urn:uuid:...}; names the capture in an import report
 * @param truncated   the archiver cut the payload short (a WARC-Truncated field, e.g. Common Crawl's 1 MiB limit): the
 *                    page may lack its end but its head and first paragraphs are usually there
 */
public record CapturedPage(String targetUrl, Instant capturedAt, int status, String contentType, byte[] body,
                           String recordId, boolean truncated) {

    public CapturedPage {
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(recordId, "recordId");
    }

    /** The charset named in the Content-Type header, or null: a hint for decoding {@link #body()}. */
    public String headerCharset() {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String charset = p.substring(8).replace("\"", "").strip();
                return charset.isEmpty() ? null : charset;
            }
        }
        return null;
    }

    /** Without the body, which may be megabytes. */
    @Override
    public String toString() {
        return "CapturedPage[" + targetUrl + ", " + capturedAt + ", " + status + ", " + contentType + ", "
                + body.length + " bytes, " + recordId + (truncated ? ", truncated" : "") + "]";
    }
}
