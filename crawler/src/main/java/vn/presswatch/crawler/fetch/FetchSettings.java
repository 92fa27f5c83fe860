package vn.presswatch.crawler.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the crawler fetches.
 *
 * @param userAgent      sent with every request; names presswatch and a contact address, as robots.txt etiquette asks
 * @param connectTimeout time to establish a connection (default 10 s)
 * @param totalTimeout   time for a whole response, headers and body, per hop (default 30 s): a server that drips
 *                       bytes cannot hold a fetch forever
 * @param maxBytes       largest body accepted, after decompression (default 10 MB); larger responses are cut off
 *                       and reported, never half-parsed
 * @param maxRedirects   redirects followed per fetch (default 5)
 * @param hostDelay      minimum time between the starts of two requests to one host (default 3 s); a longer
 *                       robots.txt Crawl-delay wins
 * @param maxPerHost     requests in flight to one host at once (default 1)
 * @param maxRetryAfter  longest Retry-After honoured (default 1 h); longer asks are capped
 * @param robotsTtl      how long a host's robots.txt is trusted before it is fetched again (default 24 h)
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration totalTimeout, long maxBytes,
                            int maxRedirects, Duration hostDelay, int maxPerHost, Duration maxRetryAfter,
                            Duration robotsTtl) {

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        positive("connectTimeout", connectTimeout);
        positive("totalTimeout", totalTimeout);
        Objects.requireNonNull(hostDelay, "hostDelay");
        positive("maxRetryAfter", maxRetryAfter);
        positive("robotsTtl", robotsTtl);
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024: " + maxBytes);
        }
        if (maxRedirects < 0 || maxPerHost < 1) {
            throw new IllegalArgumentException("maxRedirects must be >= 0 and maxPerHost >= 1");
        }
    }

    public static FetchSettings defaults(String contact) {
        return new FetchSettings("presswatch/0.1 (+" + contact + ")", Duration.ofSeconds(10), Duration.ofSeconds(30),
                10L * 1024 * 1024, 5, Duration.ofSeconds(3), 1, Duration.ofHours(1), Duration.ofHours(24));
    }

    public FetchSettings withHostDelay(Duration value) {
        return new FetchSettings(userAgent, connectTimeout, totalTimeout, maxBytes, maxRedirects, value, maxPerHost,
                maxRetryAfter, robotsTtl);
    }

    public FetchSettings withLimits(Duration newTotalTimeout, long newMaxBytes, int newMaxRedirects) {
        return new FetchSettings(userAgent, connectTimeout, newTotalTimeout, newMaxBytes, newMaxRedirects, hostDelay,
                maxPerHost, maxRetryAfter, robotsTtl);
    }

    /** The product token robots.txt groups are matched against: the User-Agent up to its first '/'. */
    public String robotsAgent() {
        int slash = userAgent.indexOf('/');
        return slash > 0 ? userAgent.substring(0, slash) : userAgent;
    }

    private static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
