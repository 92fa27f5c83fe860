package vn.presswatch.crawler.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Gives each new article a story cluster id, so that a report counts a story once "and 4 other outlets": an article
 * whose body is within {@link Settings#maxDistance} bits of an article seen in the window joins that article's cluster
 * (distances between {@link MinHashFingerprint}s); otherwise it starts its own, named by its own article id.
 *
 * <p>Bodies too short for a trustworthy fingerprint (headline-only feed items, "Xem chi tiết tại file đính kèm")
 * are clustered by their exact headline after folding instead, and only when the headline is specific enough
 * (see {@link Settings#minTitleSyllables}). Articles further apart in time than the window never join.
 *
 * <p>Thread-safe: the fingerprint, the costly part, is computed by the calling thread; only the index lookups
 * (four table look-ups, each candidate checked by one XOR) and updates run under a lock, never a scan of the
 * window. Deterministic: the same sequence of calls gives the same clusters, because time is the articles'
 * own and ties are broken by order of arrival.
 */
public final class StoryClusterer {

    private final Settings settings;
    private final Object lock = new Object();
    private final ClusterWindow window;

    public StoryClusterer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.window = new ClusterWindow(settings);
    }

    /**
     * The cluster id of an article, which is remembered for the articles that follow. Calling it again for an
     * article still in the window returns the same id, so a re-fetch after a crash is harmless.
     *
     * @param articleId the article's id
     * @param title     its headline; null counts as empty
     * @param text      its body, ideally without the headline and lead, which outlets rewrite; null counts as empty
     * @param time      when it was published, or fetched if the outlet gave no date
     * @return the id of the cluster it joined, or {@code articleId} if it starts one
     */
    public String assign(String articleId, String title, String text, Instant time) {
        Objects.requireNonNull(articleId, "articleId");
        long millis = Objects.requireNonNull(time, "time").toEpochMilli();
        Long fingerprint = usableFingerprint(text);
        Long titleKey = titleKey(title);
        synchronized (lock) {
            return window.assign(articleId, fingerprint, titleKey, millis);
        }
    }

    /**
     * Warms the window with a stored article after a restart, so copies published before and after it still join
     * one cluster. Does nothing for an article already in the window, or one older than the window.
     *
     * @param fingerprint {@link MinHashFingerprint#of MinHashFingerprint.of(body)}; an article whose body was too
     *                    short to fingerprint should be remembered with
     *                    {@link #remember(String, String, String, String, Instant)} instead
     */
    public void remember(String articleId, String clusterId, long fingerprint, Instant publishedOrFetched) {
        rememberKeys(articleId, clusterId, fingerprint, null, publishedOrFetched);
    }

    /**
     * As {@link #remember(String, String, long, Instant)}, computing the fingerprint and the headline key the way
     * {@link #assign} does: the complete warm-up, which also covers headline-only items.
     */
    public void remember(String articleId, String clusterId, String title, String text, Instant publishedOrFetched) {
        rememberKeys(articleId, clusterId, usableFingerprint(text), titleKey(title), publishedOrFetched);
    }

    /** How many articles the window holds now. */
    public int size() {
        synchronized (lock) {
            return window.size();
        }
    }

    public Settings settings() {
        return settings;
    }

    private void rememberKeys(String articleId, String clusterId, Long fingerprint, Long titleKey, Instant time) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(clusterId, "clusterId");
        long millis = Objects.requireNonNull(time, "publishedOrFetched").toEpochMilli();
        synchronized (lock) {
            window.remember(articleId, clusterId, fingerprint, titleKey, millis);
        }
    }

    /** The body's fingerprint, or null when it has too few shingles to be compared by fingerprint. */
    private Long usableFingerprint(String text) {
        MinHashFingerprint.Fingerprint fingerprint = MinHashFingerprint.fingerprint(text);
        return fingerprint.shingles() >= settings.minShingles() ? fingerprint.bits() : null;
    }

    private Long titleKey(String title) {
        OptionalLong key = TitleKey.of(title, settings.minTitleSyllables());
        return key.isPresent() ? key.getAsLong() : null;
    }

    /**
     * Clustering settings.
     *
     * <p>Heap cost: about 290 bytes per article in the window on a 64-bit JVM with compressed references: the
     * entry (64), its LSH links (48), the 32-character article id kept alive (72), the id map node (~40), the
     * headline map node with its boxed key (~56) and the age queue slot (~8); a cluster id is the same String as
     * the id of the cluster's first article when it was assigned here. Measured with 200,000 entries: 214 bytes
     * each besides the id. The defaults thus cap it near 60 MB, plus 1 MiB of LSH tables; an office crawling 3,000
     * articles a day holds about 21,000 entries, some 6 MB.
     *
     * @param window            how far apart in time two copies may be; older articles are evicted. Default 7 days:
     *                          syndication happens within hours or days, and a story retold a month later is news
     *                          again, to be counted again
     * @param maxEntries        most articles kept, oldest evicted first; bounds the heap (above). Default 200,000:
     *                          a week of a department watching a few hundred sources
     * @param maxDistance       most fingerprint bits in which copies differ, 0 to 3 (the LSH bands find no more).
     *                          Default 3: see {@code MinHashFingerprintTest} for the distances of copies and of
     *                          different stories
     * @param minShingles       fewest shingles for a body to be compared by fingerprint; shorter ones go by headline.
     *                          Default 40, about two sentences: portal boilerplate bodies ("Xem chi tiết tại file đính
     *                          kèm") are shorter, and one edit in a short text moves its fingerprint too far anyway
     *                          (one syllable in 40 shingles: 4.5 bits expected)
     * @param minTitleSyllables fewest syllables for a headline to cluster headline-only items. Default 6: news
     *                          headlines have 10 to 20, generic ones ("Thông báo", "Lịch công tác tuần") fewer
     */
    public record Settings(Duration window, int maxEntries, int maxDistance, int minShingles, int minTitleSyllables) {

        public Settings {
            Objects.requireNonNull(window, "window");
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive: " + window);
            }
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
            }
            if (maxDistance < 0 || maxDistance > LshIndex.MAX_FINDABLE_DISTANCE) {
                throw new IllegalArgumentException("maxDistance must be 0 to " + LshIndex.MAX_FINDABLE_DISTANCE
                        + " (the " + LshIndex.BANDS + " LSH bands find no more): " + maxDistance);
            }
            if (minShingles < 1) {
                throw new IllegalArgumentException("minShingles must be at least 1: " + minShingles);
            }
            if (minTitleSyllables < 1) {
                throw new IllegalArgumentException("minTitleSyllables must be at least 1: " + minTitleSyllables);
            }
        }

        public static Settings defaults() {
            return new Settings(Duration.ofDays(7), 200_000, 3, 40, 6);
        }

        public Settings withWindow(Duration value) {
            return new Settings(value, maxEntries, maxDistance, minShingles, minTitleSyllables);
        }

        public Settings withMaxEntries(int value) {
            return new Settings(window, value, maxDistance, minShingles, minTitleSyllables);
        }
    }
}
