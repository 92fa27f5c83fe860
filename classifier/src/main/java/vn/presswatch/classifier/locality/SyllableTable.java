package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded syllables that occur in any name or context word, numbered from 0. Text tokens are looked up straight
 * from a char buffer, so tokenising an article creates no String per token. Immutable once built.
 */
final class SyllableTable {

    static final int UNKNOWN = -1;

    private final char[][] keys;
    /** Open addressing: slot holds id + 1, 0 for empty. */
    private final int[] slots;
    private final int mask;

    private SyllableTable(List<String> syllables) {
        keys = new char[syllables.size()][];
        int capacity = Integer.highestOneBit(Math.max(16, syllables.size() * 3)) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int id = 0; id < syllables.size(); id++) {
            char[] key = syllables.get(id).toCharArray();
            keys[id] = key;
            int slot = hash(key, key.length) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    static int hash(char[] buffer, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + buffer[i];
        }
        return h ^ (h >>> 16);
    }

    /** The id of the folded, lower-case syllable in {@code buffer[0, length)}, or {@link #UNKNOWN}. */
    int id(char[] buffer, int length, int hash) {
        int slot = hash & mask;
        for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
            char[] key = keys[entry - 1];
            if (key.length == length && regionEquals(key, buffer, length)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    /** The id of a folded syllable given as a string, or {@link #UNKNOWN}. */
    int id(String folded) {
        char[] chars = folded.toCharArray();
        return id(chars, chars.length, hash(chars, chars.length));
    }

    int size() {
        return keys.length;
    }

    private static boolean regionEquals(char[] key, char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (key[i] != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    /** Collects syllables, each once. Not thread-safe. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> syllables = new ArrayList<>();

        /** Adds a folded syllable if new; returns its id. */
        int add(String folded) {
            Integer id = ids.get(folded);
            if (id != null) {
                return id;
            }
            ids.put(folded, syllables.size());
            syllables.add(folded);
            return syllables.size() - 1;
        }

        SyllableTable build() {
            return new SyllableTable(syllables);
        }
    }
}
