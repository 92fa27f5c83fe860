package vn.presswatch.api.crawl;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import vn.presswatch.crawler.crawl.CrawlSettings;
import vn.presswatch.crawler.crawl.Crawler;
import vn.presswatch.crawler.fetch.FetchSettings;
import vn.presswatch.crawler.url.AddressGuard;

/**
 * The {@code presswatch.crawler.*} settings. Unset values take the crawler's own defaults
 * ({@link CrawlSettings#defaults()}, {@link FetchSettings#defaults(String)}), so the defaults live in one place.
 *
 * @param schedule             poll sources on their schedule while the server runs (default true)
 * @param contact              e-mail or web address for site owners, sent in the User-Agent
 * @param minInterval          shortest polling interval
 * @param initialInterval      polling interval of a new address
 * @param maxInterval          longest polling interval
 * @param hostDelay            minimum time between two requests to one host
 * @param maxPerHost           requests in flight to one host
 * @param totalTimeout         time limit of one response
 * @param maxBytes             largest response accepted
 * @param maxFailures          failed polls in a row before a source is switched off
 * @param maxItemsPerPoll      new articles taken from one poll of one source
 * @param maxItemAge           listed items older than this are ignored
 * @param concurrentSources    sources polled at once
 * @param articlesInFlight     articles fetched or extracted at once
 * @param allowLoopback        allow sources on this machine (tests, the demo)
 * @param allowPrivate         allow sources on private networks (an intranet portal)
 * @param shard                "i/n": this instance polls the i-th of n shares of the sources (0-based)
 */
@ConfigurationProperties("presswatch.crawler")
public record CrawlerProperties(@Nullable Boolean schedule, @Nullable String contact, @Nullable Duration minInterval,
                                @Nullable Duration initialInterval,
                                @Nullable Duration maxInterval, @Nullable Duration hostDelay,
                                @Nullable Integer maxPerHost, @Nullable Duration totalTimeout,
                                @Nullable Long maxBytes, @Nullable Integer maxFailures,
                                @Nullable Integer maxItemsPerPoll, @Nullable Duration maxItemAge,
                                @Nullable Integer concurrentSources, @Nullable Integer articlesInFlight,
                                @Nullable Boolean allowLoopback, @Nullable Boolean allowPrivate,
                                @Nullable String shard) {

    /** What the User-Agent says when no contact is configured; the log warns about it. */
    static final String NO_CONTACT = "contact not configured";

    public boolean scheduled() {
        return schedule == null || schedule;
    }

    public boolean hasContact() {
        return contact != null && !contact.isBlank();
    }

    /**
     * @throws IllegalArgumentException if a value is out of range, with the setting's name
     */
    public Crawler.Settings toSettings() {
        Crawler.Settings defaults = Crawler.Settings.defaults(hasContact() ? contact.strip() : NO_CONTACT);
        CrawlSettings c = defaults.crawl();
        c = c.withIntervals(or(minInterval, c.minInterval()), or(maxInterval, c.maxInterval()),
                or(initialInterval, c.initialInterval()));
        c = c.withFailures(c.failureBackoff(), or(maxFailures, c.maxConsecutiveFailures()));
        c = c.withLimits(or(maxItemsPerPoll, c.maxItemsPerPoll()), or(concurrentSources, c.maxConcurrentSources()),
                or(articlesInFlight, c.maxArticlesInFlight()), c.storeBatchSize());
        c = c.withMaxItemAge(or(maxItemAge, c.maxItemAge()));
        int[] share = parseShard();
        c = c.withShard(share[0], share[1]);

        FetchSettings f = defaults.fetch();
        f = new FetchSettings(f.userAgent(), f.connectTimeout(), or(totalTimeout, f.totalTimeout()),
                or(maxBytes, f.maxBytes()), f.maxRedirects(), or(hostDelay, f.hostDelay()),
                or(maxPerHost, f.maxPerHost()), f.maxRetryAfter(), f.robotsTtl());
        AddressGuard.Settings addresses = new AddressGuard.Settings(Boolean.TRUE.equals(allowLoopback),
                Boolean.TRUE.equals(allowPrivate));
        return defaults.withCrawl(c).withFetch(f).withAddresses(addresses);
    }

    /** This instance's share index (0 when not sharded): instance 0 also sends the alert deliveries. */
    public int shardIndex() {
        return parseShard()[0];
    }

    private int[] parseShard() {
        if (shard == null || shard.isBlank()) {
            return new int[] {0, 1};
        }
        String[] parts = shard.strip().split("/");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("shard must look like 0/2 (this instance's index / number of instances),"
                + " not '" + shard + "'");
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
