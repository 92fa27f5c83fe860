package vn.presswatch.api.bench;

/**
 * What one timed ingest pass did and cost.
 *
 * @param stored        articles stored (new ids)
 * @param failedItems   articles that could not be fetched or read
 * @param failedSources sources whose poll failed as a whole
 * @param wallSeconds   elapsed time of the pass
 * @param cpuSeconds    CPU time of this process during the pass
 * @param peakHeapBytes largest heap occupancy seen during the pass (before a collection)
 * @param peakLiveBytes largest heap occupancy right after a collection during the pass; 0 if none ran
 */
public record IngestResult(int stored, int failedItems, int failedSources, double wallSeconds, double cpuSeconds,
                           long peakHeapBytes, long peakLiveBytes) {

    public IngestResult {
        if (stored < 0 || failedItems < 0 || failedSources < 0 || wallSeconds <= 0 || cpuSeconds < 0
                || peakHeapBytes < 0 || peakLiveBytes < 0) {
            throw new IllegalArgumentException("counts and times must not be negative, and the pass must take time");
        }
    }

    public double articlesPerSecond() {
        return stored / wallSeconds;
    }

    /** CPU milliseconds per stored article; 0 when nothing was stored. */
    public double cpuMillisPerArticle() {
        return stored == 0 ? 0 : cpuSeconds * 1000 / stored;
    }

    /** Minutes {@code articles} would take at this pace; infinite when nothing was stored. */
    public double minutesFor(long articles) {
        return stored == 0 ? Double.POSITIVE_INFINITY : articles / articlesPerSecond() / 60;
    }

    /** True when every article was stored and nothing failed. */
    public boolean complete(int expected) {
        return stored == expected && failedItems == 0 && failedSources == 0;
    }
}
