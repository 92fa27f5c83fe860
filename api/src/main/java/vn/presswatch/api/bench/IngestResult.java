package vn.presswatch.api.bench;

import java.util.Objects;

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
 * @param threads       the CPU of the pass by thread group, and what other programs took meanwhile
 * @param progress      articles stored and ingest CPU along the pass
 */
public record IngestResult(int stored, int failedItems, int failedSources, double wallSeconds, double cpuSeconds,
                           long peakHeapBytes, long peakLiveBytes, ThreadCpuMeter.Reading threads,
                           PassProgress progress) {

    public IngestResult {
        if (stored < 0 || failedItems < 0 || failedSources < 0 || wallSeconds <= 0 || cpuSeconds < 0
                || peakHeapBytes < 0 || peakLiveBytes < 0) {
            throw new IllegalArgumentException("counts and times must not be negative, and the pass must take time");
        }
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(progress, "progress");
    }

    public double articlesPerSecond() {
        return stored / wallSeconds;
    }

    /** CPU milliseconds per stored article; 0 when nothing was stored. */
    public double cpuMillisPerArticle() {
        return stored == 0 ? 0 : cpuSeconds * 1000 / stored;
    }

    /** CPU milliseconds of the ingest threads per stored article (without GC and JIT); 0 when nothing was stored. */
    public double ingestThreadMillisPerArticle() {
        return stored == 0 ? 0 : threads.cpuSeconds(ThreadCpuMeter.Group.INGEST) * 1000 / stored;
    }

    /** Articles per second over the first {@code seconds} of the pass. */
    public double articlesPerSecondWithin(double seconds) {
        return progress.storedAt(seconds) / seconds;
    }

    /** CPU milliseconds of the ingest threads per article stored over the first {@code seconds} of the pass. */
    public double ingestThreadMillisPerArticleWithin(double seconds) {
        double articles = progress.storedAt(seconds);
        return articles == 0 ? 0 : progress.ingestCpuAt(seconds) * 1000 / articles;
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
