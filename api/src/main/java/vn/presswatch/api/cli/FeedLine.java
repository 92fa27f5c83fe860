package vn.presswatch.api.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import vn.presswatch.crawler.feed.ParsedFeed;

/**
 * What {@code parse-feed} prints for a feed that could be read.
 *
 * @param title    the feed's title, or null
 * @param items    how many items the parser kept (duplicates dropped)
 * @param warnings what the parser repaired, guessed or dropped, in English; empty for a clean feed
 */
@JsonPropertyOrder({"file", "ok", "title", "items", "warnings"})
record FeedLine(String file, String title, int items, List<String> warnings) implements FileLine {

    FeedLine {
        warnings = List.copyOf(warnings);
    }

    static FeedLine of(String file, ParsedFeed feed) {
        return new FeedLine(file, feed.title(), feed.items().size(), feed.warnings());
    }

    @Override
    @JsonProperty
    public boolean ok() {
        return true;
    }
}
