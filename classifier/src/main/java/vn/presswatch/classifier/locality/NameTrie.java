package vn.presswatch.classifier.locality;

import java.util.Arrays;

/**
 * A trie over syllable ids: each name is a path from the root, and the node where it ends holds its entry. The
 * edges live in one open-addressing table keyed by (node, syllable), so a step is one hash probe and no object.
 * Immutable once built.
 */
final class NameTrie {

    static final int ROOT = 0;
    static final int NONE = -1;

    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int mask;
    /** The entry index at each node, or {@link #NONE}. */
    private final int[] entries;
    /** The root's children by syllable id, because every token of a text starts a walk from the root. */
    private final int[] rootChildren;
    /** By node: some name continues from it with a word it writes in lower case. */
    private final boolean[] lowercaseNext;

    private NameTrie(long[] edgeKeys, int[] edgeTargets, int[] entries, boolean[] lowercaseNext, int syllables) {
        this.edgeKeys = edgeKeys;
        this.edgeTargets = edgeTargets;
        this.mask = edgeKeys.length - 1;
        this.entries = entries;
        this.lowercaseNext = lowercaseNext;
        this.rootChildren = new int[syllables];
        for (int syllable = 0; syllable < syllables; syllable++) {
            rootChildren[syllable] = slowChild(ROOT, syllable);
        }
    }

    /** The node reached from {@code node} by {@code syllable}, or {@link #NONE}. */
    int child(int node, int syllable) {
        return node == ROOT ? rootChildren[syllable] : slowChild(node, syllable);
    }

    private int slowChild(int node, int syllable) {
        long key = key(node, syllable);
        int slot = mix(key) & mask;
        while (true) {
            int target = edgeTargets[slot];
            if (target == 0) {
                return NONE;
            }
            if (edgeKeys[slot] == key) {
                return target;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The entry index of names ending at {@code node}, or {@link #NONE}. */
    int entry(int node) {
        return entries[node];
    }

    /** True when some name goes on from {@code node} with a lower-case word, so a lower-case token may follow. */
    boolean lowercaseNext(int node) {
        return lowercaseNext[node];
    }

    private static long key(int node, int syllable) {
        return ((long) node << 32) | (syllable & 0xFFFFFFFFL);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Adds paths one at a time. Not thread-safe. */
    static final class Builder {
        private long[] keys = new long[1 << 12];
        private int[] targets = new int[1 << 12];
        private int edges;
        private int[] entries = {NONE};
        private boolean[] lowercaseNext = {false};
        private int nodes = 1;

        /** The node for the path of {@code syllables}, creating it if needed. */
        int node(int[] syllables) {
            int node = ROOT;
            for (int syllable : syllables) {
                int next = find(node, syllable);
                if (next == NONE) {
                    next = newNode();
                    put(node, syllable, next);
                }
                node = next;
            }
            return node;
        }

        int entry(int node) {
            return entries[node];
        }

        /** Marks the nodes of {@code path} after which the name has a lower-case word (bit i of {@code lower}). */
        void markLowercase(int[] path, long lower) {
            int node = ROOT;
            for (int i = 0; i < path.length; i++) {
                if (i > 0 && ((lower >>> i) & 1) != 0) {
                    lowercaseNext[node] = true;
                }
                node = find(node, path[i]);
            }
        }

        void setEntry(int node, int entry) {
            entries[node] = entry;
        }

        /** The trie, for syllable ids below {@code syllables}. */
        NameTrie build(int syllables) {
            return new NameTrie(keys.clone(), targets.clone(), Arrays.copyOf(entries, nodes),
                    Arrays.copyOf(lowercaseNext, nodes), syllables);
        }

        private int newNode() {
            if (nodes == entries.length) {
                entries = Arrays.copyOf(entries, nodes * 2);
                lowercaseNext = Arrays.copyOf(lowercaseNext, nodes * 2);
            }
            entries[nodes] = NONE;
            return nodes++;
        }

        private int find(int node, int syllable) {
            long key = key(node, syllable);
            int m = keys.length - 1;
            for (int slot = mix(key) & m; targets[slot] != 0; slot = (slot + 1) & m) {
                if (keys[slot] == key) {
                    return targets[slot];
                }
            }
            return NONE;
        }

        private void put(int node, int syllable, int target) {
            if ((edges + 1) * 2 > keys.length) {
                grow();
            }
            insert(keys, targets, key(node, syllable), target);
            edges++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldTargets = targets;
            keys = new long[oldKeys.length * 2];
            targets = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldTargets[i] != 0) {
                    insert(keys, targets, oldKeys[i], oldTargets[i]);
                }
            }
        }

        private static void insert(long[] keys, int[] targets, long key, int target) {
            int m = keys.length - 1;
            int slot = mix(key) & m;
            while (targets[slot] != 0) {
                slot = (slot + 1) & m;
            }
            keys[slot] = key;
            targets[slot] = target;
        }
    }
}
