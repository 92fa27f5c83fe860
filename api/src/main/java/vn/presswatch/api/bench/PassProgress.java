package vn.presswatch.api.bench;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToDoubleFunction;
import java.util.function.LongSupplier;

/**
 * How far an ingest pass had got at each moment: articles stored and CPU of the ingest threads since its start,
 * sampled every {@value #SAMPLE_MILLIS} ms. A pass does not run evenly (it reads the feed pages first, and the
 * index grows), so a stretch of one pass is compared with the same stretch of another, not with a whole pass.
 *
 * @param seconds          time of each sample since the start, ascending, the first 0
 * @param stored           articles stored by then
 * @param ingestCpuSeconds CPU of the ingest threads by then ({@link ThreadCpuMeter.Group#INGEST})
 */
public record PassProgress(double[] seconds, long[] stored, double[] ingestCpuSeconds) {
    static final long SAMPLE_MILLIS = 250;

    public PassProgress {
        seconds = seconds.clone();
        stored = stored.clone();
        ingestCpuSeconds = ingestCpuSeconds.clone();
        if (seconds.length == 0 || stored.length != seconds.length || ingestCpuSeconds.length != seconds.length) {
            throw new IllegalArgumentException("one value of each per sample, and at least one sample");
        }
    }

    /** Articles stored after {@code t} seconds, interpolated between samples. */
    public double storedAt(double t) {
        return at(t, i -> stored[i]);
    }

    /** CPU seconds of the ingest threads after {@code t} seconds, interpolated between samples. */
    public double ingestCpuAt(double t) {
        return at(t, i -> ingestCpuSeconds[i]);
    }

    private double at(double t, IntToDoubleFunction value) {
        int i = Arrays.binarySearch(seconds, t);
        if (i >= 0) {
            return value.applyAsDouble(i);
        }
        int after = -i - 1;
        if (after == 0) {
            return value.applyAsDouble(0);
        }
        if (after == seconds.length) {
            return value.applyAsDouble(seconds.length - 1);
        }
        double share = (t - seconds[after - 1]) / (seconds[after] - seconds[after - 1]);
        return value.applyAsDouble(after - 1) + share * (value.applyAsDouble(after) - value.applyAsDouble(after - 1));
    }

    /** Samples a pass from now until {@link #stop()}. */
    static final class Recorder {
        private final LongSupplier stored;
        private final long storedAtStart;
        private final ThreadCpuMeter cpu = ThreadCpuMeter.start();
        private final long start = System.nanoTime();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-progress");
            t.setDaemon(true);
            return t;
        });
        private double[] seconds = new double[256];
        private long[] counts = new long[256];
        private double[] cpuSeconds = new double[256];
        private int size;
        private PassProgress stopped;

        /** @param stored articles in the store now */
        Recorder(LongSupplier stored) {
            this.stored = Objects.requireNonNull(stored, "stored");
            this.storedAtStart = stored.getAsLong();
            sample();
            timer.scheduleAtFixedRate(this::sample, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        }

        private synchronized void sample() {
            if (stopped != null) {
                return;
            }
            if (size == seconds.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                cpuSeconds = Arrays.copyOf(cpuSeconds, size * 2);
            }
            seconds[size] = size == 0 ? 0 : (System.nanoTime() - start) / 1e9;
            counts[size] = stored.getAsLong() - storedAtStart;
            cpuSeconds[size] = size == 0 ? 0 : cpu.cpuSeconds(ThreadCpuMeter.Group.INGEST);
            size++;
        }

        /** Takes a last sample and stops; later calls return the same progress. */
        synchronized PassProgress stop() {
            if (stopped == null) {
                timer.shutdownNow();
                sample();
                stopped = new PassProgress(Arrays.copyOf(seconds, size), Arrays.copyOf(counts, size),
                        Arrays.copyOf(cpuSeconds, size));
            }
            return stopped;
        }
    }
}
