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
 * @param news          the entry has a {@code <news:news>} element, so it is an article, and a recent one
 */
public record SitemapEntry(String url, Instant lastModified, String newsTitle, Instant newsPublished,
                           String newsLanguage, boolean news) {

    public SitemapEntry {
        Objects.requireNonNull(url, "url");
    }

    /** An entry that is news if it has any news field. */
    public SitemapEntry(String url, Instant lastModified, String newsTitle, Instant newsPublished,
                        String newsLanguage) {
        this(url, lastModified, newsTitle, newsPublished, newsLanguage,
                newsTitle != null || newsPublished != null || newsLanguage != null);
    }

    /**
     * When the article was published, as far as the sitemap says: {@code <news:publication_date>}, else, for a
     * news entry, its {@code <lastmod>} (news sitemaps list articles of the last two days, so the last change is
     * close to the publication). Null for other entries: an old page's {@code <lastmod>} says nothing about when
     * it was published.
     */
    public Instant published() {
        if (newsPublished != null) {
            return newsPublished;
        }
        return news ? lastModified : null;
    }
}
