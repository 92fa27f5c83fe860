package vn.presswatch.crawler.crawl;

import java.time.Instant;
import java.util.Objects;

/**
 * An article link found on a listing (feed, sitemap or section page), with what the listing said about it.
 *
 * @param url        absolute http(s) address of the article
 * @param title      the listing's headline, or null; used when the page itself has none
 * @param published  the listing's date, or null; used when the page itself has none
 * @param listingUrl the polled address it was found on
 */
record ListedItem(String url, String title, Instant published, String listingUrl) {
    ListedItem {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(listingUrl, "listingUrl");
    }
}
