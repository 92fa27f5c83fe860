package vn.presswatch.crawler.fetch;

import java.util.Objects;

/**
 * One URL to fetch, with the validators of its previous good response for a conditional GET.
 *
 * @param url          absolute http(s) URL
 * @param etag         the previous ETag, or null
 * @param lastModified the previous Last-Modified header as the server sent it, or null
 */
public record FetchRequest(String url, String etag, String lastModified) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    public static FetchRequest of(String url) {
        return new FetchRequest(url, null, null);
    }
}
