package vn.presswatch.crawler.dedup;

/**
 * One article in the {@link ClusterWindow}. Mutable only in its LSH links, and only under the clusterer's lock.
 *
 * <p>Kept small on purpose (see the heap estimate in {@link StoryClusterer.Settings}): the time is epoch
 * milliseconds rather than an {@link java.time.Instant}, and the cluster id is the same String instance as the
 * article id of the cluster's first member.
 */
final class WindowEntry {

    final String articleId;
    final String clusterId;
    /** Valid only when {@link #links} is not null. */
    final long fingerprint;
    /** Valid only when {@link #titled}. */
    final long titleKey;
    final boolean titled;
    final long timeMillis;
    /** Insertion order, to break ties deterministically. */
    final long seq;
    /**
     * Doubly linked LSH chains, one per band: {@code links[2 * band]} is the next entry, {@code links[2 * band + 1]}
     * the previous one; null for an entry whose text was too short to fingerprint, which is not in the LSH index.
     */
    final WindowEntry[] links;

    WindowEntry(String articleId, String clusterId, Long fingerprint, Long titleKey, long timeMillis, long seq) {
        this.articleId = articleId;
        this.clusterId = clusterId;
        this.fingerprint = fingerprint == null ? 0 : fingerprint;
        this.links = fingerprint == null ? null : new WindowEntry[2 * LshIndex.BANDS];
        this.titled = titleKey != null;
        this.titleKey = titleKey == null ? 0 : titleKey;
        this.timeMillis = timeMillis;
        this.seq = seq;
    }

    boolean fingerprinted() {
        return links != null;
    }

    /** Older first: by time, then by insertion. */
    static int byAge(WindowEntry a, WindowEntry b) {
        int byTime = Long.compare(a.timeMillis, b.timeMillis);
        return byTime != 0 ? byTime : Long.compare(a.seq, b.seq);
    }
}
