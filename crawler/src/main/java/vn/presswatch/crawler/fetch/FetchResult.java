package vn.presswatch.crawler.fetch;

import java.util.List;

/**
 * A successful fetch: a 2xx body, or 304 Not Modified.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL that answered, after redirects
 * @param status       HTTP status (200-299 or 304)
 * @param contentType  the Content-Type header, or null
 * @param body         the decompressed body, empty for 304
 * @param etag         the ETag of this response, or null
 * @param lastModified the Last-Modified of this response, or null
 * @param redirects    the URLs redirected through, in order
 */
public record FetchResult(String requestedUrl, String finalUrl, int status, String contentType, byte[] body,
                          String etag, String lastModified, List<String> redirects) {

    public FetchResult {
        redirects = List.copyOf(redirects);
    }

    /** The server said the resource has not changed since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }

    /** The charset named in the Content-Type header, or null. */
    public String headerCharset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }
}
