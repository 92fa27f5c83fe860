package vn.presswatch.api.bench;

import java.util.Arrays;
import java.util.Objects;

/**
 * Latencies of one kind of request in a load run.
 *
 * @param endpoint  what was requested, e.g. {@code GET /api/articles}
 * @param requests  requests answered or failed
 * @param failures  of those, not answered 2xx (or not answered at all)
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param maxMillis slowest request
 */
public record LatencySummary(String endpoint, long requests, long failures, double p50Millis, double p99Millis,
                             double maxMillis) {

    public LatencySummary {
        Objects.requireNonNull(endpoint, "endpoint");
        if (requests < 0 || failures < 0 || failures > requests) {
            throw new IllegalArgumentException("requests and failures must be counts with failures <= requests");
        }
    }

    /**
     * Percentiles by the nearest-rank method over every request, failed ones included (a fast failure must not
     * flatter the figures, and a slow one counts).
     *
     * @param nanos one latency per request, in nanoseconds; sorted in place
     */
    public static LatencySummary of(String endpoint, long[] nanos, long failures) {
        Arrays.sort(nanos);
        return new LatencySummary(endpoint, nanos.length, failures, millis(percentile(nanos, 50)),
                millis(percentile(nanos, 99)), millis(nanos.length == 0 ? 0 : nanos[nanos.length - 1]));
    }

    /** The smallest value with at least {@code p} percent of the values at or below it; 0 when empty. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
