package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How often each unit was mentioned in one article, whether in the title, and where first. Not thread-safe. */
final class Tallies {

    static final int PROVINCE = 0;
    static final int COMMUNE = 1;
    static final int CUSTOM = 2;

    /**
     * One unit's count.
     *
     * @param kind  PROVINCE, COMMUNE or CUSTOM
     * @param index the unit's index in the name index
     */
    record Tally(int kind, int index, int mentions, boolean inTitle, int first) {
    }

    private final Map<Long, Integer> slots = new HashMap<>();
    private final List<Tally> tallies = new ArrayList<>();

    static long key(int kind, int index) {
        return ((long) kind << 32) | index;
    }

    static int kind(long key) {
        return (int) (key >>> 32);
    }

    static int index(long key) {
        return (int) key;
    }

    void add(int kind, int index, int position, boolean inTitle) {
        Integer slot = slots.get(key(kind, index));
        if (slot == null) {
            slots.put(key(kind, index), tallies.size());
            tallies.add(new Tally(kind, index, 1, inTitle, position));
        } else {
            Tally old = tallies.get(slot);
            tallies.set(slot, new Tally(kind, index, old.mentions() + 1, old.inTitle() || inTitle,
                    Math.min(old.first(), position)));
        }
    }

    boolean has(int kind, int index) {
        return slots.containsKey(key(kind, index));
    }

    List<Tally> all() {
        return tallies;
    }
}
