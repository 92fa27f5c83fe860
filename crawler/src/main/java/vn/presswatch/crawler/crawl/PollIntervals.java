package vn.presswatch.crawler.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The arithmetic of when to poll again: an address that brings new items is polled twice as often, one that
 * brings nothing half again as rarely, always within the configured bounds, with jitter; failures back off
 * exponentially and a server's Retry-After is respected.
 */
final class PollIntervals {
    private final CrawlSettings settings;
    private final SplittableRandom random;

    PollIntervals(CrawlSettings settings, long seed) {
        this.settings = settings;
        this.random = new SplittableRandom(seed);
    }

    /** The next interval of an address after a successful poll. */
    Duration adapt(Duration current, boolean broughtNewItems) {
        Duration base = current == null ? settings.initialInterval() : current;
        Duration next = broughtNewItems ? base.dividedBy(2) : base.plus(base.dividedBy(2));
        return clamp(next);
    }

    /** When to poll after failure number {@code failures} (1 for the first), at least {@code retryAfter} if given. */
    Duration backoff(int failures, Duration retryAfter) {
        Duration wait = settings.failureBackoff();
        for (int i = 1; i < failures && wait.compareTo(settings.maxInterval()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(settings.maxInterval()) > 0) {
            wait = settings.maxInterval();
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return wait;
    }

    /** {@code now + interval}, moved by up to ±jitter of the interval. */
    synchronized Instant schedule(Instant now, Duration interval) {
        long millis = interval.toMillis();
        long spread = (long) (millis * settings.jitter());
        long offset = spread == 0 ? 0 : random.nextLong(-spread, spread + 1);
        return now.plusMillis(Math.max(0, millis + offset));
    }

    private Duration clamp(Duration d) {
        if (d.compareTo(settings.minInterval()) < 0) {
            return settings.minInterval();
        }
        return d.compareTo(settings.maxInterval()) > 0 ? settings.maxInterval() : d;
    }
}
