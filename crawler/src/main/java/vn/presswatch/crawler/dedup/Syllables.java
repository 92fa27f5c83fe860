package vn.presswatch.crawler.dedup;

import java.util.Arrays;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Cuts text into hashed syllables (Vietnamese words are written as space-separated syllables), after
 * {@link VietnameseFolding#foldLower folding}, so that a copy typed without diacritics or in capitals looks the
 * same. A syllable is a run of letters and digits; punctuation only separates.
 */
final class Syllables {

    /**
     * Lines of the body with fewer syllables than this are left out of the fingerprint. They are where syndicated
     * copies differ while the story stays the same: bylines ("Minh Thu"), photo credits ("Ảnh: Tuấn Anh/TTXVN"),
     * attributions ("Theo TTXVN", "Nguồn: Cổng TTĐT thành phố"), while a paragraph of Vietnamese news prose is
     * rarely under twenty syllables. The subheadings this also drops are the same in every copy, so little is lost.
     */
    static final int MIN_LINE_SYLLABLES = 12;
    /**
     * Parentheses holding at most this many characters are skipped in the body: agency tags such as "(PLVN)",
     * "(TTXVN)", "(Theo Báo Hải Phòng)", "(Ảnh minh họa)" that portals add inline. A short aside that belongs to
     * the story, like "(FDI)", is in every copy, so skipping it costs nothing.
     */
    static final int MAX_SKIPPED_PARENTHESIS = 40;

    private Syllables() {
    }

    /** Hashes of the syllables of {@code text}, all of them; empty for null or blank text. */
    static long[] of(String text) {
        Hashes all = new Hashes();
        if (text != null) {
            String folded = VietnameseFolding.foldLower(text);
            scan(folded, 0, folded.length(), false, all);
        }
        return all.toArray();
    }

    /**
     * Hashes of the syllables of an article body, leaving out short lines and short parentheses (see
     * {@link #MIN_LINE_SYLLABLES}, {@link #MAX_SKIPPED_PARENTHESIS}). When every line is short the text is all
     * there is, and all of it is kept.
     */
    static long[] ofBody(String text) {
        if (text == null) {
            return new long[0];
        }
        String folded = VietnameseFolding.foldLower(text);
        Hashes kept = new Hashes();
        Hashes line = new Hashes();
        Hashes all = new Hashes();
        int start = 0;
        int length = folded.length();
        while (start <= length) {
            int end = folded.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            line.clear();
            scan(folded, start, end, true, line);
            all.addAll(line);
            if (line.size() >= MIN_LINE_SYLLABLES) {
                kept.addAll(line);
            }
            start = end + 1;
        }
        return (kept.size() > 0 ? kept : all).toArray();
    }

    private static void scan(String s, int from, int to, boolean skipShortParentheses, Hashes out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int wordEnd = i + 1;
                while (wordEnd < to && Character.isLetterOrDigit(s.charAt(wordEnd))) {
                    wordEnd++;
                }
                out.add(Mix64.chars(s, i, wordEnd));
                i = wordEnd;
            } else if (c == '(' && skipShortParentheses) {
                i = afterShortParenthesis(s, i, to);
            } else {
                i++;
            }
        }
    }

    /** The index after the ')' closing the parenthesis at {@code open} if it is short, else {@code open + 1}. */
    private static int afterShortParenthesis(String s, int open, int to) {
        int limit = Math.min(to, open + 1 + MAX_SKIPPED_PARENTHESIS + 1);
        for (int j = open + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ')') {
                return j + 1;
            }
            if (c == '(') {
                break;
            }
        }
        return open + 1;
    }

    /** A growable list of longs, to hash a body of thousands of syllables without boxing them. */
    private static final class Hashes {
        private long[] values = new long[64];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(Hashes other) {
            if (size + other.size > values.length) {
                values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
            }
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
