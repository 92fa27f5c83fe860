package vn.presswatch.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LshIndexTest {

    private static final long DAY = 86_400_000L;
    private final LshIndex index = new LshIndex();
    private long seq;

    /** Property: whatever bits differ, three at most, the banding finds the stored fingerprint. */
    @Test
    void findsEveryFingerprintWithinThreeBitsWhereverTheyDiffer() {
        Random random = new Random(2025);
        for (int i = 0; i < 5_000; i++) {
            add(random.nextLong(), 0); // distractors, as in a full window
        }
        List<WindowEntry> targets = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            targets.add(add(random.nextLong(), 0));
        }
        for (WindowEntry target : targets) {
            int flips = random.nextInt(LshIndex.MAX_FINDABLE_DISTANCE + 1);
            long query = flipDistinctBits(target.fingerprint, flips, random);
            WindowEntry found = index.nearest(query, LshIndex.MAX_FINDABLE_DISTANCE, 0, DAY);
            assertThat(found).as("%d flips of %016x", flips, target.fingerprint).isSameAs(target);
        }
    }

    @Test
    void findsThreeBitsFlippedOnePerBandAndAtTheBandEdges() {
        long base = 0x0123_4567_89AB_CDEFL;
        WindowEntry target = add(base, 0);
        for (long flips : new long[] {1L | 1L << 16 | 1L << 32, 1L << 15 | 1L << 31 | 1L << 63, 7L << 61}) {
            assertThat(index.nearest(base ^ flips, 3, 0, DAY)).isSameAs(target);
        }
    }

    @Test
    void neverReturnsAnEntryBeyondTheDistanceOrTheWindow() {
        long base = 0x0F0F_0F0F_0F0F_0F0FL;
        add(base, 0);
        long fourBitsInOneBand = base ^ 0xFL;
        assertThat(index.nearest(fourBitsInOneBand, 3, 0, DAY)).isNull();
        assertThat(index.nearest(base ^ 0x3L, 1, 0, DAY)).isNull();
        assertThat(index.nearest(base, 3, 2 * DAY, DAY)).isNull();
        assertThat(index.nearest(base, 3, DAY, DAY)).isNotNull();
    }

    @Test
    void prefersTheNearestThenTheFirstAdded() {
        long base = 0xFFFF_0000_FFFF_0000L;
        WindowEntry twoAway = add(base ^ 0b11, 0);
        WindowEntry oneAway = add(base ^ 0b1, 0);
        WindowEntry oneAwayLater = add(base ^ 0b10, 0);
        assertThat(index.nearest(base, 3, 0, DAY)).isSameAs(oneAway);
        index.remove(oneAway);
        assertThat(index.nearest(base, 3, 0, DAY)).isSameAs(oneAwayLater);
        index.remove(oneAwayLater);
        assertThat(index.nearest(base, 3, 0, DAY)).isSameAs(twoAway);
    }

    @Test
    void removingFromTheHeadMiddleOrTailOfAChainKeepsTheRestFindable() {
        long fingerprint = 0x1234_5678_9ABC_DEF0L;
        List<WindowEntry> chain = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            chain.add(add(fingerprint, 0)); // identical fingerprints share all four chains
        }
        index.remove(chain.get(4)); // head: added last
        index.remove(chain.get(2));
        index.remove(chain.get(0)); // tail
        assertThat(index.nearest(fingerprint, 0, 0, DAY)).isSameAs(chain.get(1));
        index.remove(chain.get(1));
        assertThat(index.nearest(fingerprint, 0, 0, DAY)).isSameAs(chain.get(3));
        index.remove(chain.get(3));
        assertThat(index.nearest(fingerprint, 3, 0, DAY)).isNull();
    }

    private WindowEntry add(long fingerprint, long timeMillis) {
        WindowEntry entry = new WindowEntry("a" + seq, "a" + seq, fingerprint, null, timeMillis, seq++);
        index.add(entry);
        return entry;
    }

    private static long flipDistinctBits(long value, int count, Random random) {
        long mask = 0;
        while (Long.bitCount(mask) < count) {
            mask |= 1L << random.nextInt(Long.SIZE);
        }
        return value ^ mask;
    }
}
