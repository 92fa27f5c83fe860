package vn.presswatch.crawler.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The articles of the last days that a new article may be a copy of, indexed by fingerprint band and by headline, and
 * evicted oldest first. Time is the articles' own (published or fetched), never the wall clock, so replaying the
 * same sequence gives the same clusters. Not thread-safe: {@link StoryClusterer} holds the lock.
 */
final class ClusterWindow {

    private final StoryClusterer.Settings settings;
    private final long windowMillis;
    private final Map<String, WindowEntry> byId = new HashMap<>();
    /** For each headline key, its newest entry: the one evicted last among those with that headline. */
    private final Map<Long, WindowEntry> byTitle = new HashMap<>();
    private final LshIndex lsh = new LshIndex();
    private final PriorityQueue<WindowEntry> byAge = new PriorityQueue<>(WindowEntry::byAge);
    private long newestMillis = Long.MIN_VALUE;
    private long nextSeq;

    ClusterWindow(StoryClusterer.Settings settings) {
        this.settings = settings;
        this.windowMillis = settings.window().toMillis();
    }

    /**
     * The cluster of a new article, which is then remembered. An article already in the window keeps its cluster.
     *
     * @param fingerprint its {@link MinHashFingerprint}, or null when the body is too short to trust one
     * @param titleKey    its {@link TitleKey}, or null for a generic or missing headline
     */
    String assign(String articleId, Long fingerprint, Long titleKey, long timeMillis) {
        WindowEntry known = byId.get(articleId);
        if (known != null) {
            return known.clusterId;
        }
        advanceTo(timeMillis);
        WindowEntry match = fingerprint == null ? null
                : lsh.nearest(fingerprint, settings.maxDistance(), timeMillis, windowMillis);
        if (match == null && titleKey != null) {
            match = sameHeadline(titleKey, fingerprint != null, timeMillis);
        }
        String clusterId = match == null ? articleId : match.clusterId;
        add(articleId, clusterId, fingerprint, titleKey, timeMillis);
        return clusterId;
    }

    /** Adds an article whose cluster is already known (from the store, after a restart); no-op if known. */
    void remember(String articleId, String clusterId, Long fingerprint, Long titleKey, long timeMillis) {
        if (!byId.containsKey(articleId)) {
            advanceTo(timeMillis);
            add(articleId, clusterId, fingerprint, titleKey, timeMillis);
        }
    }

    int size() {
        return byId.size();
    }

    /**
     * The entry with the same headline, if it may be joined: a headline-only item joins any article with its exact
     * headline, but an article with a body joins only a headline-only item that way. Two bodies are compared by
     * fingerprint alone, because different stories do share headlines ("Thời tiết Hải Phòng ngày mai ...").
     */
    private WindowEntry sameHeadline(long titleKey, boolean hasBody, long timeMillis) {
        WindowEntry entry = byTitle.get(titleKey);
        if (entry == null || Math.abs(entry.timeMillis - timeMillis) > windowMillis
                || (hasBody && entry.fingerprinted())) {
            return null;
        }
        return entry;
    }

    private void advanceTo(long timeMillis) {
        newestMillis = Math.max(newestMillis, timeMillis);
        long oldestKept = newestMillis - windowMillis;
        while (!byAge.isEmpty() && byAge.peek().timeMillis < oldestKept) {
            evict(byAge.poll());
        }
    }

    private void add(String articleId, String clusterId, Long fingerprint, Long titleKey, long timeMillis) {
        if (timeMillis < newestMillis - windowMillis) {
            return; // older than everything kept: it would be evicted at once
        }
        WindowEntry entry = new WindowEntry(articleId, clusterId, fingerprint, titleKey, timeMillis, nextSeq++);
        byId.put(articleId, entry);
        byAge.add(entry);
        if (entry.fingerprinted()) {
            lsh.add(entry);
        }
        if (entry.titled) {
            byTitle.merge(entry.titleKey, entry, (old, added) -> WindowEntry.byAge(old, added) >= 0 ? old : added);
        }
        while (byId.size() > settings.maxEntries()) {
            evict(byAge.poll());
        }
    }

    private void evict(WindowEntry entry) {
        byId.remove(entry.articleId);
        if (entry.fingerprinted()) {
            lsh.remove(entry);
        }
        if (entry.titled) {
            byTitle.remove(entry.titleKey, entry);
        }
    }
}
