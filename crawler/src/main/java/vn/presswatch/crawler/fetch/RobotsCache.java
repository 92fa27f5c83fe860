package vn.presswatch.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.vertx.core.Future;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt rules per origin (scheme, host, port), fetched once per TTL and parsed by crawler-commons. As RFC 9309
 * says: a 4xx robots.txt means no rules (allow all); a 5xx means "assume disallow" for now, so a failing site is not
 * crawled blindly, and its robots.txt is asked for again after 10 minutes. When no answer comes at all, the lookup
 * fails with the fetch's own error (unreachable, timeout) and nothing is cached. Thread-safe; concurrent lookups of
 * one origin share one fetch.
 */
final class RobotsCache {
    private static final Duration RETRY_FAILED = Duration.ofMinutes(10);

    /** What fetching a robots.txt gave: a status and a body. */
    record RobotsResponse(int status, String contentType, byte[] body) {
    }

    private record Entry(BaseRobotRules rules, long expiresNanos) {
    }

    private final Map<String, Future<Entry>> cache = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final List<String> agentNames;
    private final Duration ttl;
    private final Function<String, Future<RobotsResponse>> fetchRobots;

    RobotsCache(String agent, Duration ttl, Function<String, Future<RobotsResponse>> fetchRobots) {
        this.agentNames = List.of(agent.toLowerCase(java.util.Locale.ROOT));
        this.ttl = ttl;
        this.fetchRobots = fetchRobots;
    }

    /** The rules that apply to {@code uri}'s origin. */
    Future<BaseRobotRules> rulesFor(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        long now = System.nanoTime();
        Future<Entry> entry = cache.compute(origin, (k, cached) -> {
            if (cached != null && (!cached.isComplete() || cached.succeeded() && cached.result().expiresNanos > now)) {
                return cached;
            }
            return load(origin);
        });
        return entry.map(Entry::rules);
    }

    private Future<Entry> load(String origin) {
        String robotsUrl = origin + "/robots.txt";
        return fetchRobots.apply(robotsUrl).map(response -> {
            BaseRobotRules rules;
            Duration keep = ttl;
            if (response.status() >= 200 && response.status() < 300) {
                rules = parser.parseContent(robotsUrl, response.body(), response.contentType(), agentNames);
            } else if (response.status() >= 400 && response.status() < 500) {
                rules = parser.failedFetch(response.status());
            } else {
                // 5xx: crawler-commons' failedFetch(5xx) disallows everything; ask again soon.
                rules = parser.failedFetch(response.status());
                keep = RETRY_FAILED;
            }
            return new Entry(rules, System.nanoTime() + keep.toNanos());
        });
    }
}
