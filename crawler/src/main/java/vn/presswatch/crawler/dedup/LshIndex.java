package vn.presswatch.crawler.dedup;

/**
 * Finds stored {@link MinHashFingerprint fingerprints} within a few bits of a query without scanning them all: the 64
 * bits are cut into {@value #BANDS} bands of 16 bits, and each band value is a key to the entries sharing it. Two
 * fingerprints at most three bits apart agree on at least one band (three differing bits cannot touch four bands), so
 * looking up the query's four band values finds every such entry; each candidate is then checked by its full distance.
 *
 * <p>Each band is a table of 65,536 chain heads (1 MiB for all four with compressed references), which is smaller
 * and faster than a hash map once the window holds more than a few thousand entries. Random fingerprints put
 * about {@code size / 65,536} entries in a chain: three at the default 200,000. Not thread-safe.
 */
final class LshIndex {

    static final int BANDS = 4;
    private static final int BAND_BITS = Long.SIZE / BANDS;
    private static final int BAND_MASK = (1 << BAND_BITS) - 1;
    /**
     * Chain entries examined per band and query. Only many copies of one story (identical fingerprints) make a
     * chain this long, and its newest members, scanned first, are in the same cluster as the rest; the cap keeps a
     * flood of copies from making every lookup slower.
     */
    static final int MAX_SCAN_PER_BAND = 64;

    private final WindowEntry[][] heads = new WindowEntry[BANDS][1 << BAND_BITS];

    /** The largest distance the banding is sure to find. */
    static final int MAX_FINDABLE_DISTANCE = BANDS - 1;

    void add(WindowEntry entry) {
        for (int band = 0; band < BANDS; band++) {
            int key = key(entry.fingerprint, band);
            WindowEntry head = heads[band][key];
            entry.links[2 * band] = head;
            entry.links[2 * band + 1] = null;
            if (head != null) {
                head.links[2 * band + 1] = entry;
            }
            heads[band][key] = entry;
        }
    }

    void remove(WindowEntry entry) {
        for (int band = 0; band < BANDS; band++) {
            WindowEntry next = entry.links[2 * band];
            WindowEntry prev = entry.links[2 * band + 1];
            if (prev == null) {
                heads[band][key(entry.fingerprint, band)] = next;
            } else {
                prev.links[2 * band] = next;
            }
            if (next != null) {
                next.links[2 * band + 1] = prev;
            }
            entry.links[2 * band] = null;
            entry.links[2 * band + 1] = null;
        }
    }

    /**
     * The entry nearest to {@code fingerprint} among those at most {@code maxDistance} bits away and within
     * {@code windowMillis} of {@code timeMillis}; on a tie, the one added first. Null when there is none.
     */
    WindowEntry nearest(long fingerprint, int maxDistance, long timeMillis, long windowMillis) {
        WindowEntry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int band = 0; band < BANDS; band++) {
            WindowEntry candidate = heads[band][key(fingerprint, band)];
            for (int scanned = 0; candidate != null && scanned < MAX_SCAN_PER_BAND; scanned++) {
                int distance = MinHashFingerprint.distance(fingerprint, candidate.fingerprint);
                boolean better = distance < bestDistance || (distance == bestDistance && candidate.seq < best.seq);
                if (distance <= maxDistance && better
                        && Math.abs(candidate.timeMillis - timeMillis) <= windowMillis) {
                    best = candidate;
                    bestDistance = distance;
                }
                candidate = candidate.links[2 * band];
            }
        }
        return best;
    }

    private static int key(long fingerprint, int band) {
        return (int) (fingerprint >>> (band * BAND_BITS)) & BAND_MASK;
    }
}
