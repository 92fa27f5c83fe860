package vn.presswatch.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where the crawler stands with one source; persisted so a restart resumes politely instead of refetching.
 *
 * @param sourceId            the {@link Source#id()}
 * @param urls                per polled address (feed, sitemap or section page): validators and schedule
 * @param lastAttempt         when it was last polled, null if never
 * @param lastSuccess         when a poll last succeeded, null if never
 * @param consecutiveFailures failed polls since the last success
 * @param lastError           why the last failed poll failed, in words a person can act on; null after success
 * @param lastErrorAt         when that was
 * @param nextPoll            when the scheduler polls it next, null for "as soon as possible"
 * @param autoDisabled        true when the crawler itself switched the source off after too many consecutive
 *                            failures (as opposed to an editor); {@code lastError} says why
 */
public record CrawlState(
        String sourceId,
        Map<String, UrlState> urls,
        Instant lastAttempt,
        Instant lastSuccess,
        int consecutiveFailures,
        String lastError,
        Instant lastErrorAt,
        Instant nextPoll,
        boolean autoDisabled) {

    public static final RecordType<CrawlState> RECORD_TYPE =
            RecordType.of("crawl-state", CrawlState.class, CrawlState::sourceId);

    public CrawlState {
        Objects.requireNonNull(sourceId, "sourceId");
        urls = Map.copyOf(Objects.requireNonNullElse(urls, Map.of()));
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 0");
        }
    }

    /** The state of a source never polled. */
    public static CrawlState initial(String sourceId) {
        return new CrawlState(sourceId, Map.of(), null, null, 0, null, null, null, false);
    }

    /** The state of one address, or a fresh one if it was never polled. */
    public UrlState url(String url) {
        return urls.getOrDefault(url, UrlState.NEW);
    }

    /**
     * One polled address: what a conditional GET sends back, our own hash of the last body (because some servers
     * lie about both validators), and its adaptive schedule.
     *
     * @param etag         the ETag header, may be null
     * @param lastModified the Last-Modified header as sent, may be null
     * @param contentHash  hash of the last body, may be null
     * @param interval     the current polling interval, adapted to how often the address brings new items; null
     *                     until the first poll
     * @param nextPoll     when this address is due, null for "as soon as possible"
     * @param lastNewItems when a poll last found items not seen before, null if never
     */
    public record UrlState(String etag, String lastModified, String contentHash, Duration interval, Instant nextPoll,
                           Instant lastNewItems) {

        public static final UrlState NEW = new UrlState(null, null, null, null, null, null);
    }
}
