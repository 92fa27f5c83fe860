package vn.presswatch.crawler.dedup;

/**
 * A 64-bit one-bit MinHash (b-bit minwise hashing with b = 1, Li and König 2010) of an article body, over the set
 * of its shingles of {@value #SHINGLE_SIZE} consecutive syllables: texts that share most of their shingles get
 * fingerprints a few bits apart.
 *
 * <p>How: 64 hash functions {@code mix(shingle ^ seed[i])} ({@link Mix64#mix}) of the shingles' 64-bit hashes, one
 * seed per bit; for each function the least value over the body's shingles is kept, and its lowest bit becomes bit
 * {@code i}. Two texts get the same minimum for a function exactly when the shingle least among the union of their
 * sets is in both, which happens with probability J, their Jaccard similarity; otherwise the two lowest bits agree
 * by chance, half the time. Each bit thus differs with probability (1 - J) / 2, and the Hamming distance,
 * Binomial(64, (1 - J) / 2), estimates 32 * (1 - J). The fingerprint is still one {@code long}, so the
 * {@link LshIndex} bands, the distance and the threshold are those of the SimHash it replaced.
 *
 * <p>Why not SimHash (Charikar 2002): its distance follows the angle between the texts' shingle-count vectors, which
 * for nearly identical texts grows like the square root of the share of shingles changed, so the first edits cost the
 * most bits. At the 3-bit threshold that the LSH bands guarantee, SimHash found 80% of the copies of a 400-syllable
 * body with one syllable edited, 52% of those with "thành phố" shortened to "TP" twice, and under half of the single
 * edits of 150-to-180-shingle bodies. The MinHash distance is linear in that share: one edited syllable (three shingles
 * in 400) costs half a bit, and {@code MinHashFingerprintTest} finds 99.5% of the one-edit and 98% of the two-edit
 * copies of that body within 3 bits (95 to 98% and 76 to 87% for the shorter bodies), and a reprint without its closing
 * sentence 85% of the time (SimHash: 5.1 bits expected, a quarter of the time). Different stories stay apart: two FDI
 * reports four months apart, sharing 17% of their shingles, are 26.5 bits apart expected (30 with these seeds; the
 * least over 1,000 random seed sets was 15) and merge with probability 2e-11. The price is paid by the nearest
 * different stories: two days' forecasts from one template, sharing 59% of their shingles, are 13.2 bits apart against
 * SimHash's 14.5, and merge with probability 3e-4 rather than 9e-5.
 *
 * <p>Why three syllables: most Vietnamese words have one or two syllables, so shorter shingles are roughly words,
 * and stories on one topic share their vocabulary ("thu hút vốn đầu tư trực tiếp nước ngoài") while differing in
 * order and figures; longer shingles let every edited syllable spoil more of them. On the test texts (expected
 * distances over all hash functions) the two template forecasts are 5.5 bits apart with one-syllable shingles,
 * 10.0 with two, 13.2 with three and 17.1 with five, merging with probability 0.19, 6e-3, 3e-4 and 6e-6, while one
 * edited syllable in 400 costs 0.04, 0.32, 0.47 and 0.78 bits and the "TP" pair is found 100%, 99%, 97% and 90% of
 * the time. Three is the shortest size at which templated reports seldom merge and distinct same-topic stories
 * practically never (below 1e-10); each syllable more costs another 0.15 bits per edited syllable.
 *
 * <p>Cost: 64 mixes per shingle, some 25,600 for a 400-syllable body (about 50 µs), in two loops that allocate
 * nothing beyond the shingle array; the calling thread pays it, outside the clusterer's lock.
 *
 * <p>The body is read through {@link Syllables#ofBody}: folded, without short lines (bylines, photo credits,
 * "Theo TTXVN") and short parentheses (agency tags), which is where copies of a story usually differ.
 */
public final class MinHashFingerprint {

    /** Syllables per shingle. */
    public static final int SHINGLE_SIZE = 3;
    private static final long SHINGLE_SEED = 0x5bd1e9955bd1e995L;
    /**
     * One seed per bit, each selecting a hash function {@code mix(shingle ^ seed)} that orders the shingles
     * independently of the others: a Weyl sequence through {@link Mix64#mix}, as in SplitMix64, so the seeds are
     * distinct and differ from each other in about half their bits. Changing them changes every fingerprint, as
     * changing the algorithm would: fingerprints kept from before could no longer be compared.
     */
    private static final long[] SEEDS = new long[Long.SIZE];

    static {
        for (int i = 0; i < SEEDS.length; i++) {
            SEEDS[i] = Mix64.mix((i + 1) * 0x9E3779B97F4A7C15L);
        }
    }

    private MinHashFingerprint() {
    }

    /**
     * A fingerprint and how many shingles it was computed from; few shingles make it unreliable, since one edited
     * syllable then changes a large share of them.
     *
     * @param bits     the 64-bit fingerprint; 0 for a text without syllables
     * @param shingles the number of shingles, repeats included (a text shorter than one shingle counts as one)
     */
    public record Fingerprint(long bits, int shingles) {
    }

    /** The fingerprint of {@code text} (null or blank gives 0). */
    public static long of(String text) {
        return fingerprint(text).bits();
    }

    /** The fingerprint of {@code text} with its number of shingles. */
    public static Fingerprint fingerprint(String text) {
        long[] shingles = shingles(text, SHINGLE_SIZE);
        return new Fingerprint(of(shingles), shingles.length);
    }

    /**
     * The fingerprint of a set of shingle hashes (repeats count once; 0 for none): bit {@code i} is the lowest bit
     * of the least {@code mix(shingle ^ SEEDS[i])}. Package-private for the tests.
     */
    static long of(long[] shingles) {
        if (shingles.length == 0) {
            return 0;
        }
        long fingerprint = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            long seed = SEEDS[bit];
            long min = Long.MAX_VALUE;
            for (long shingle : shingles) {
                min = Math.min(min, Mix64.mix(shingle ^ seed));
            }
            fingerprint |= (min & 1) << bit;
        }
        return fingerprint;
    }

    /**
     * The hashes of the body's shingles of {@code size} syllables, in text order; a body shorter than one shingle
     * gives one shingle of all its syllables, an empty body none. Package-private so that the tests can weigh
     * other shingle sizes.
     */
    static long[] shingles(String text, int size) {
        long[] syllables = Syllables.ofBody(text);
        if (syllables.length == 0) {
            return new long[0];
        }
        long[] shingles = new long[Math.max(1, syllables.length - size + 1)];
        for (int start = 0; start < shingles.length; start++) {
            long h = SHINGLE_SEED;
            for (int i = start, end = Math.min(syllables.length, start + size); i < end; i++) {
                h = Mix64.combine(h, syllables[i]);
            }
            shingles[start] = h;
        }
        return shingles;
    }

    /** The number of bits in which {@code a} and {@code b} differ (Hamming distance), 0 to 64. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
