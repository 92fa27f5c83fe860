package vn.presswatch.crawler.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How the crawl loop schedules and bounds its work.
 *
 * @param minInterval             shortest polling interval of an address that brings news often (default 5 min)
 * @param maxInterval             longest polling interval of an address that never changes (default 24 h)
 * @param initialInterval         interval of an address never polled before (default 30 min)
 * @param jitter                  fraction of an interval added or removed at random (default 0.1), so sources added
 *                                together do not stay in lock-step
 * @param failureBackoff          wait after a first failed poll; doubles with every further failure, up to
 *                                {@code maxInterval} (default 5 min)
 * @param maxConsecutiveFailures  failed polls in a row after which the crawler switches the source off and says so
 *                                (default 10)
 * @param maxItemsPerPoll         new items taken from one poll of one source; the rest wait for the next poll
 *                                (default 300)
 * @param maxItemAge              listed items with a date older than this are left alone (default 14 days): the
 *                                office follows current coverage, and archives are backfilled by WARC import
 * @param maxChildSitemaps        child sitemaps of a sitemap index read per poll, most recently modified first
 *                                (default 5)
 * @param maxConcurrentSources    sources polled at once (default 8)
 * @param maxArticlesInFlight     articles being fetched or extracted at once over all sources (default 32): the
 *                                bound that keeps a flood of new items from exhausting memory
 * @param storeBatchSize          articles handed to the sink at once, at most (default 200)
 * @param tick                    how often the scheduler looks for due sources (default 1 s)
 * @param shardIndex              this instance's share of the sources when several crawl one store (default 0)
 * @param shardCount              number of instances sharing the sources (default 1)
 */
public record CrawlSettings(Duration minInterval, Duration maxInterval, Duration initialInterval, double jitter,
                            Duration failureBackoff, int maxConsecutiveFailures, int maxItemsPerPoll,
                            Duration maxItemAge, int maxChildSitemaps, int maxConcurrentSources, int maxArticlesInFlight,
                            int storeBatchSize, Duration tick, int shardIndex, int shardCount) {

    public CrawlSettings {
        positive("minInterval", minInterval);
        positive("maxInterval", maxInterval);
        positive("initialInterval", initialInterval);
        positive("failureBackoff", failureBackoff);
        positive("tick", tick);
        positive("maxItemAge", maxItemAge);
        if (maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("maxInterval must not be shorter than minInterval");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
        }
        if (maxConsecutiveFailures < 1 || maxItemsPerPoll < 1 || maxChildSitemaps < 0 || maxConcurrentSources < 1
                || maxArticlesInFlight < 1 || storeBatchSize < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount) {
            throw new IllegalArgumentException("shard must be i of n with 0 <= i < n: " + shardIndex + " of "
                    + shardCount);
        }
    }

    public static CrawlSettings defaults() {
        return new CrawlSettings(Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(30), 0.1,
                Duration.ofMinutes(5), 10, 300, Duration.ofDays(14), 5, 8, 32, 200, Duration.ofSeconds(1), 0, 1);
    }

    public CrawlSettings withIntervals(Duration min, Duration max, Duration initial) {
        return new CrawlSettings(min, max, initial, jitter, failureBackoff, maxConsecutiveFailures, maxItemsPerPoll, maxItemAge,
                maxChildSitemaps, maxConcurrentSources, maxArticlesInFlight, storeBatchSize, tick, shardIndex,
                shardCount);
    }

    public CrawlSettings withFailures(Duration backoff, int maxFailures) {
        return new CrawlSettings(minInterval, maxInterval, initialInterval, jitter, backoff, maxFailures,
                maxItemsPerPoll, maxItemAge, maxChildSitemaps, maxConcurrentSources, maxArticlesInFlight, storeBatchSize, tick,
                shardIndex, shardCount);
    }

    public CrawlSettings withLimits(int itemsPerPoll, int concurrentSources, int articlesInFlight, int batchSize) {
        return new CrawlSettings(minInterval, maxInterval, initialInterval, jitter, failureBackoff,
                maxConsecutiveFailures, itemsPerPoll, maxItemAge, maxChildSitemaps, concurrentSources, articlesInFlight,
                batchSize, tick, shardIndex, shardCount);
    }

    public CrawlSettings withMaxItemAge(Duration value) {
        return new CrawlSettings(minInterval, maxInterval, initialInterval, jitter, failureBackoff,
                maxConsecutiveFailures, maxItemsPerPoll, value, maxChildSitemaps, maxConcurrentSources,
                maxArticlesInFlight, storeBatchSize, tick, shardIndex, shardCount);
    }

    public CrawlSettings withTick(Duration value) {
        return new CrawlSettings(minInterval, maxInterval, initialInterval, jitter, failureBackoff,
                maxConsecutiveFailures, maxItemsPerPoll, maxItemAge, maxChildSitemaps, maxConcurrentSources, maxArticlesInFlight,
                storeBatchSize, value, shardIndex, shardCount);
    }

    public CrawlSettings withShard(int index, int count) {
        return new CrawlSettings(minInterval, maxInterval, initialInterval, jitter, failureBackoff,
                maxConsecutiveFailures, maxItemsPerPoll, maxItemAge, maxChildSitemaps, maxConcurrentSources, maxArticlesInFlight,
                storeBatchSize, tick, index, count);
    }

    /** Whether a source belongs to this instance's shard; stable across restarts and JVMs. */
    public boolean owns(String sourceId) {
        return Math.floorMod(ShardHash.of(sourceId), shardCount) == shardIndex;
    }

    private static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
