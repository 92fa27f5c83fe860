package vn.presswatch.crawler.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * One {@code <url>} of a sitemap, with the Google News extension's fields when present.
 *
 * @param url           absolute http(s) URL of the page; never null
 * @param lastModified  {@code <lastmod>}; null when missing or unreadable
 * @param newsTitle     plain-text {@code <news:title>}; null when not a news entry
 * @param newsPublished {@code <news:publication_date>}; null when missing or unreadable
 * @param newsLanguage  {@code <news:language>} as written (ISO 639, e.g. "vi"); null when missing
 */
public record SitemapEntry(String url, Instant lastModified, String newsTitle, Instant newsPublished, String newsLanguage) {

    public SitemapEntry {
        Objects.requireNonNull(url, "url");
    }
}
