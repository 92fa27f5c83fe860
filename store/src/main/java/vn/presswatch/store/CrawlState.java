package vn.presswatch.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where the crawler stands with one source; persisted so a restart resumes politely instead of refetching.
 *
 * @param sourceId            the {@link Source#id()}
 * @param validators          per polled URL (feed or sitemap): the validators of its last good response
 * @param lastAttempt         when it was last polled, null if never
 * @param lastSuccess         when a poll last succeeded, null if never
 * @param consecutiveFailures failed polls since the last success
 * @param lastError           why the last failed poll failed, in words a person can act on; null after success
 * @param lastErrorAt         when that was
 * @param nextPoll            when the scheduler polls it next, null for "as soon as possible"
 */
public record CrawlState(
        String sourceId,
        Map<String, FetchValidators> validators,
        Instant lastAttempt,
        Instant lastSuccess,
        int consecutiveFailures,
        String lastError,
        Instant lastErrorAt,
        Instant nextPoll) {

    public static final RecordType<CrawlState> RECORD_TYPE =
            RecordType.of("crawl-state", CrawlState.class, CrawlState::sourceId);

    public CrawlState {
        Objects.requireNonNull(sourceId, "sourceId");
        validators = Map.copyOf(Objects.requireNonNullElse(validators, Map.of()));
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 0");
        }
    }

    /** The state of a source never polled. */
    public static CrawlState initial(String sourceId) {
        return new CrawlState(sourceId, Map.of(), null, null, 0, null, null, null);
    }

    /**
     * What a conditional GET sends back, plus our own hash of the body because some servers lie about both.
     *
     * @param etag         the ETag header, may be null
     * @param lastModified the Last-Modified header as sent, may be null
     * @param contentHash  hash of the last body, may be null
     */
    public record FetchValidators(String etag, String lastModified, String contentHash) {
    }
}
