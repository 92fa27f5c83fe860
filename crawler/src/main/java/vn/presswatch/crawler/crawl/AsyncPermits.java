package vn.presswatch.crawler.crawl;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * A non-blocking semaphore for Vert.x futures: at most {@code permits} tasks run at once and the others wait in
 * line without holding a thread. Pollers ask for a permit before fetching an article, so the work in flight (and
 * the memory it holds) stays bounded however many new items the feeds bring: backpressure instead of a queue that
 * grows without limit.
 */
final class AsyncPermits {
    private final int permits;
    private final Queue<Promise<Void>> waiting = new ArrayDeque<>();
    private int inUse;

    AsyncPermits(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be positive");
        }
        this.permits = permits;
    }

    /** Runs the task when a permit is free and releases it when the task's future completes, however it ends. */
    <T> Future<T> run(Supplier<Future<T>> task) {
        return acquire().compose(v -> {
            Future<T> running;
            try {
                running = task.get();
            } catch (RuntimeException e) {
                running = Future.failedFuture(e);
            }
            return running.andThen(ar -> release());
        });
    }

    synchronized int inUse() {
        return inUse;
    }

    private Future<Void> acquire() {
        synchronized (this) {
            if (inUse < permits) {
                inUse++;
                return Future.succeededFuture();
            }
            Promise<Void> promise = Promise.promise();
            waiting.add(promise);
            return promise.future();
        }
    }

    private void release() {
        Promise<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inUse--;
                return;
            }
        }
        // The permit passes straight to the next in line.
        next.complete();
    }
}
