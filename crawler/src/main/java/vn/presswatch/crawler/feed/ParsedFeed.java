package vn.presswatch.crawler.feed;

import java.util.List;
import java.util.Objects;

/**
 * What {@link FeedParser} read from one feed body.
 *
 * @param title    plain-text feed title; null when missing
 * @param link     the feed's home page, absolute; null when missing or unusable
 * @param items    items in feed order, unique by {@link FeedItem#key()}, at most the configured maximum
 * @param warnings what was repaired, guessed or dropped, one short English sentence each, for the source's
 *                 health page; empty for a clean feed
 */
public record ParsedFeed(String title, String link, List<FeedItem> items, List<String> warnings) {

    public ParsedFeed {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }
}
