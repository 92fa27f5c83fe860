package vn.presswatch.store.lucene;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The CPU time searches may spend while articles are being written: a token bucket that fills at a fixed number
 * of cores and holds one second of them. A search spends what it used; once the bucket is empty the next one waits
 * until it has refilled. On two cores the crawl needs nearly both to keep its pace, and a few users sending
 * searches back to back would otherwise take what they can (issue 6); a person who reads between searches never
 * empties the bucket. When nothing has been written for {@link #WRITING_WINDOW_NANOS}, searches run unmetered.
 * Thread-safe.
 */
final class SearchCpuBudget {
    /** How long after the last write the store counts as being written to. */
    static final long WRITING_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long BUCKET_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final double cores;
    private final long capacity;
    private final LongSupplier clock;
    private long balance;
    private long updatedAt;
    private volatile long lastWrite;
    private volatile boolean written;

    /**
     * @param cores the CPU searches may use while writes go on, in cores (e.g. 0.25); as many as may search at
     *              once means no limit
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    SearchCpuBudget(double cores, LongSupplier clock) {
        if (!(cores > 0)) {
            throw new IllegalArgumentException("cores must be positive: " + cores);
        }
        this.cores = cores;
        this.capacity = (long) (cores * BUCKET_NANOS);
        this.clock = clock;
        this.balance = capacity;
        this.updatedAt = clock.getAsLong();
    }

    /** Notes that articles were written just now. */
    void wrote() {
        lastWrite = clock.getAsLong();
        written = true;
    }

    /** How long the next search must wait before it starts; 0 to start now. */
    synchronized long waitNanos() {
        refill();
        if (!writing() || balance >= 0) {
            return 0;
        }
        return (long) Math.ceil(-balance / cores);
    }

    /** Blocks until a search may start. */
    void awaitTurn() throws InterruptedException {
        for (long wait = waitNanos(); wait > 0; wait = waitNanos()) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Takes the CPU time a search used from the bucket (only while writes go on). */
    synchronized void spend(long cpuNanos) {
        refill();
        if (writing()) {
            balance -= cpuNanos;
        }
    }

    private boolean writing() {
        return written && clock.getAsLong() - lastWrite < WRITING_WINDOW_NANOS;
    }

    private void refill() {
        long now = clock.getAsLong();
        balance = Math.min(capacity, balance + (long) ((now - updatedAt) * cores));
        updatedAt = now;
    }
}
