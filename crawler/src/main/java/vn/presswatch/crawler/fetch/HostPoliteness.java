package vn.presswatch.crawler.fetch;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-host gate: at most {@code maxPerHost} requests in flight to a host, and consecutive request starts at least
 * the host delay apart (the larger of the configured delay and the host's robots.txt Crawl-delay). Waiting never
 * blocks a thread: a waiter is a promise completed from a Vert.x timer. Thread-safe.
 */
final class HostPoliteness {
    private final Vertx vertx;
    private final Context context;
    private final Duration defaultDelay;
    private final int maxPerHost;
    private final Map<String, Host> hosts = new HashMap<>();

    private static final class Host {
        long nextStartNanos;
        int inFlight;
        Duration crawlDelay = Duration.ZERO;
        boolean timerArmed;
        final Deque<Promise<Void>> waiting = new ArrayDeque<>();
    }

    HostPoliteness(Vertx vertx, Duration defaultDelay, int maxPerHost) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.defaultDelay = defaultDelay;
        this.maxPerHost = maxPerHost;
    }

    /** Completes when a request to {@code host} may start; pair every completion with one {@link #release}. */
    Future<Void> acquire(String host) {
        Promise<Void> promise = Promise.promise();
        List<Promise<Void>> ready;
        synchronized (this) {
            Host h = hosts.computeIfAbsent(host, k -> new Host());
            h.waiting.add(promise);
            ready = admit(host, h);
        }
        complete(ready);
        return promise.future();
    }

    /** A request to {@code host} has finished. */
    void release(String host) {
        List<Promise<Void>> ready;
        synchronized (this) {
            Host h = hosts.get(host);
            if (h == null) {
                return;
            }
            h.inFlight = Math.max(0, h.inFlight - 1);
            ready = admit(host, h);
        }
        complete(ready);
    }

    /** The host's robots.txt asks for this delay between requests. */
    synchronized void crawlDelay(String host, Duration delay) {
        hosts.computeIfAbsent(host, k -> new Host()).crawlDelay = delay;
    }

    /** Starts as many waiters as the host allows now; arms a timer for the next one. Caller holds the lock. */
    private List<Promise<Void>> admit(String host, Host h) {
        List<Promise<Void>> ready = new ArrayList<>();
        while (!h.waiting.isEmpty() && h.inFlight < maxPerHost) {
            long now = System.nanoTime();
            if (now < h.nextStartNanos) {
                if (!h.timerArmed) {
                    h.timerArmed = true;
                    long waitMs = Math.max(1, (h.nextStartNanos - now + 999_999) / 1_000_000);
                    vertx.setTimer(waitMs, id -> {
                        List<Promise<Void>> later;
                        synchronized (this) {
                            h.timerArmed = false;
                            later = admit(host, h);
                        }
                        complete(later);
                    });
                }
                break;
            }
            h.inFlight++;
            Duration delay = h.crawlDelay.compareTo(defaultDelay) > 0 ? h.crawlDelay : defaultDelay;
            h.nextStartNanos = now + delay.toNanos();
            ready.add(h.waiting.poll());
        }
        return ready;
    }

    /** Outside the lock, on the fetcher's context, so callbacks never run under it or on a timer thread. */
    private void complete(List<Promise<Void>> ready) {
        for (Promise<Void> p : ready) {
            context.runOnContext(v -> p.complete());
        }
    }
}
