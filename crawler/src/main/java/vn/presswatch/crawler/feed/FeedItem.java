package vn.presswatch.crawler.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a feed, cleaned up.
 *
 * @param url       absolute http(s) address of the article, resolved against the feed URL and any xml:base;
 *                  never null. This is the item's identity, see {@link #key()}
 * @param guid      the RSS guid or Atom id as written (not resolved); null when the feed gives none
 * @param title     plain text (HTML tags stripped, entities decoded, NFC); null when missing
 * @param summary   plain text of the description/summary (or the content when there is no description); null when missing
 * @param published publication time; null when the feed gives none or none that could be parsed
 * @param author    plain-text author name; null when missing
 */
public record FeedItem(String url, String guid, String title, String summary, Instant published, String author) {

    public FeedItem {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("url must be an absolute http(s) URL: " + url);
        }
    }

    /**
     * What identifies this item across polls: its link. Not the guid, because some CMSs derive the guid from the
     * headline and issue a new one each time an editor corrects the title, which would make the story look new.
     */
    public String key() {
        return url;
    }
}
