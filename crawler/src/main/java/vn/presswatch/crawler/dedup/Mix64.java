package vn.presswatch.crawler.dedup;

/**
 * The 64-bit hashing under the MinHash fingerprint and title keys: MurmurHash3's finaliser ({@code fmix64}).
 *
 * <p>{@link MinHashFingerprint} hashes every shingle once per bit, {@code mix(shingle ^ seed)} with 64 seeds, and
 * keeps the lowest bit of each minimum, so the 64 functions must order the shingles as if independently and the
 * lowest bit of a minimum must be an unbiased coin; a biased or shared bit would make unrelated texts agree on it
 * and shrink their distance. {@code String.hashCode} has only 32 bits and FNV-1a alone mixes its high bits poorly
 * for short words; fmix64 avalanches (each input bit flips each output bit with probability about 1/2) in five
 * cheap operations, cheap enough for 64 per shingle, where a {@link java.security.MessageDigest} would cost an
 * allocation and far more time. Nothing here
 * needs to resist an adversary: an outlet gains nothing from a forged near-duplicate.
 */
final class Mix64 {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** 2^64 / golden ratio, odd: multiplying by it spreads a hash before the next value is added. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix64() {
    }

    /** MurmurHash3 fmix64: a bijection on longs with full avalanche. */
    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Hash of {@code s[from, to)}: FNV-1a over the chars, then {@link #mix}. */
    static long chars(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** Appends {@code value} to the running hash {@code h}; order matters, so "a b" and "b a" differ. */
    static long combine(long h, long value) {
        return mix(h * GOLDEN + value);
    }
}
