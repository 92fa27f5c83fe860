package vn.presswatch.api.service;

import java.util.Objects;
import vn.presswatch.store.CrawlState;
import vn.presswatch.store.Source;

/**
 * A source with where the crawler stands with it (the source list and the API show both).
 *
 * @param source the source
 * @param state  its crawl state; {@link CrawlState#initial} when never polled
 */
public record SourceStatus(Source source, CrawlState state) {
    public SourceStatus {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
    }

    /** Whether the last poll failed (the source list marks such sources). */
    public boolean failing() {
        return state.consecutiveFailures() > 0;
    }
}
