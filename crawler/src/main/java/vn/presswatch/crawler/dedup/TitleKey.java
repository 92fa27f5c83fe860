package vn.presswatch.crawler.dedup;

import java.util.OptionalLong;

/**
 * The key on which headline-only items are clustered: a 64-bit hash of the headline's folded syllables, so that
 * case, diacritics, spacing and punctuation do not matter ("Hải Phòng: khai mạc ..." equals "HAI PHONG - Khai mac
 * ..."). With 200,000 headlines in the window the chance of any two different ones colliding is about 10^-9.
 */
final class TitleKey {

    private static final long SEED = 0x27d4eb2f165667c5L;

    private TitleKey() {
    }

    /**
     * The key of {@code title}, or empty when it has fewer than {@code minSyllables} syllables: generic headlines
     * such as "Thông báo" or "Lịch công tác tuần" recur with different content and must not join stories.
     */
    static OptionalLong of(String title, int minSyllables) {
        long[] syllables = Syllables.of(title);
        if (syllables.length == 0 || syllables.length < minSyllables) {
            return OptionalLong.empty();
        }
        long h = SEED;
        for (long syllable : syllables) {
            h = Mix64.combine(h, syllable);
        }
        return OptionalLong.of(h);
    }
}
