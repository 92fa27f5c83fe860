package vn.presswatch.classifier;

import java.util.Arrays;

/**
 * Feature codes to row numbers: an open-addressing hash table over primitive longs, built once and then only
 * read (so thread-safe). Scoring an article looks up some thousand codes; here each is one probe into one array
 * in the usual case, where a {@code HashMap<String, float[]>} walked a node, a string and its bytes.
 */
final class CodeIndex {
    private static final long EMPTY = -1;

    /** Slot i at [2i, 2i + 1]: the code and its row, side by side so that a hit reads one cache line. */
    private final long[] slots;
    private final int mask;
    private final int shift;

    /** @param codes distinct non-negative codes; code {@code codes[i]} gets row {@code i} */
    CodeIndex(long[] codes) {
        // At most half full, so that a miss (most of an article's bigrams) ends after a probe or two.
        int capacity = Integer.highestOneBit(Math.max(4, codes.length) * 2 - 1) << 1;
        slots = new long[2 * capacity];
        Arrays.fill(slots, EMPTY);
        mask = capacity - 1;
        shift = Long.numberOfLeadingZeros(capacity) + 1;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0) {
                throw new IllegalArgumentException("negative code " + codes[i]);
            }
            int slot = slot(codes[i]);
            while (slots[2 * slot] != EMPTY) {
                if (slots[2 * slot] == codes[i]) {
                    throw new IllegalArgumentException("code " + codes[i] + " appears twice");
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = codes[i];
            slots[2 * slot + 1] = i;
        }
    }

    /** The code's row, or -1 if it has none. */
    int row(long code) {
        for (int slot = slot(code); ; slot = (slot + 1) & mask) {
            long key = slots[2 * slot];
            if (key == code) {
                return (int) slots[2 * slot + 1];
            }
            if (key == EMPTY) {
                return -1;
            }
        }
    }

    /** Fibonacci hashing: the top bits of the code times 2^64 / golden ratio, which every bit of the code moves. */
    private int slot(long code) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
