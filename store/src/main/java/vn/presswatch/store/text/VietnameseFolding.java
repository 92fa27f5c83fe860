package vn.presswatch.store.text;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Unicode normalisation and diacritic folding for Vietnamese text, so that "Hai Phong" matches "Hải Phòng".
 *
 * <p>Folding removes every mark from Latin letters (the five tones, the vowel marks of ă â ê ô ơ ư, and the
 * marks of other Latin languages such as é ü ñ ç), maps đ/Đ to d/D, drops stray combining marks and keeps the
 * case. Other scripts (Chinese, Korean, Japanese, Cyrillic, Greek ...) are left as they are.
 *
 * <p>This runs on every token of every indexed article, so it works from a table built once at class
 * initialisation and returns its argument unchanged (the same instance) when there is nothing to do.
 */
public final class VietnameseFolding {

    /** The table covers Latin-1 to Latin Extended Additional (U+1E00-U+1EFF, where Vietnamese tones live). */
    private static final int TABLE_SIZE = 0x1F00;
    /** Table marker for a character to drop (a noncharacter, never a valid mapping). */
    private static final char REMOVE = '\uFFFF';
    private static final char[] FOLD = buildTable();

    private VietnameseFolding() {
    }

    /** The NFC form of {@code s}; {@code s} itself when it is already NFC; null for null. */
    public static String normalize(String s) {
        if (s == null || isSurelyNfc(s)) {
            return s;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * {@code s} in NFC with the marks removed from every Latin letter, đ/Đ folded to d/D and stray combining
     * marks dropped, case kept: "ĐẢO Hải Phòng" becomes "DAO Hai Phong". Returns {@code s} itself when
     * nothing changes; null for null.
     */
    public static String fold(String s) {
        String n = normalize(s);
        if (n == null) {
            return null;
        }
        int length = n.length();
        for (int i = 0; i < length; i++) {
            char c = n.charAt(i);
            if (map(c) != c) {
                char[] buffer = n.toCharArray();
                int folded = foldInPlace(buffer, i, length - i);
                return new String(buffer, 0, i + folded);
            }
        }
        return n;
    }

    /** {@link #fold} then lower case ({@link Locale#ROOT}): "ĐẢO" becomes "dao". Null for null. */
    public static String foldLower(String s) {
        String folded = fold(s);
        return folded == null ? null : folded.toLowerCase(Locale.ROOT);
    }

    /**
     * Folds {@code buffer[offset, offset + length)} in place, as {@link #fold} does, for text that is already
     * NFC (a Lucene term buffer, say). Dropped combining marks shorten the region, which is compacted to the
     * left.
     *
     * @return the new length of the region, at most {@code length}
     */
    public static int foldInPlace(char[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        int end = offset + length;
        int write = offset;
        for (int read = offset; read < end; read++) {
            char mapped = map(buffer[read]);
            if (mapped != REMOVE) {
                buffer[write++] = mapped;
            }
        }
        return write - offset;
    }

    private static char map(char c) {
        if (c < TABLE_SIZE) {
            return FOLD[c];
        }
        // The two combining-mark blocks above the table (marks for symbols, half marks); everything else up
        // here (CJK, Hangul, surrogates ...) is not Latin and stays.
        return (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) ? REMOVE : c;
    }

    /**
     * True when every character is below U+0300 or in Latin Extended Additional: no character there is a
     * combining mark or changes under NFC, so such a string is NFC without asking {@link Normalizer}. This
     * covers ASCII and all precomposed Vietnamese text.
     */
    private static boolean isSurelyNfc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCombiningMarkBlock(int c) {
        return (c >= 0x0300 && c <= 0x036F)   // Combining Diacritical Marks (all Vietnamese tones)
                || (c >= 0x1AB0 && c <= 0x1AFF) // ... Extended
                || (c >= 0x1DC0 && c <= 0x1DFF) // ... Supplement
                || (c >= 0x20D0 && c <= 0x20FF) // ... for Symbols
                || (c >= 0xFE20 && c <= 0xFE2F); // Combining Half Marks
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = c;
            if (isCombiningMarkBlock(c)) {
                table[c] = REMOVE;
            } else if (c >= 0xC0 && Character.isLetter(c) && UnicodeScript.of(c) == UnicodeScript.LATIN) {
                // NFD splits a precomposed letter into base + marks (ỡ = o + horn + tilde); keep the base.
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                boolean baseAndMarks = decomposed.length() > 1
                        && decomposed.chars().skip(1).allMatch(VietnameseFolding::isCombiningMarkBlock);
                if (baseAndMarks) {
                    table[c] = decomposed.charAt(0);
                }
            }
        }
        // Letters with a stroke are not decomposed by NFD. đ/Đ are Vietnamese letters; Ð (eth) and Ɖ (African D)
        // look exactly like Đ and turn up in text converted from legacy Vietnamese encodings, so they fold too,
        // with their lower cases so that lower-casing before or after folding agrees. ø and ł are the stroked
        // letters most often met in foreign names in the press (Søren, Łódź), typed without the stroke.
        String from = "đĐÐðƉɖøØłŁ";
        String to = "dDDdDdoOlL";
        for (int i = 0; i < from.length(); i++) {
            table[from.charAt(i)] = to.charAt(i);
        }
        return table;
    }
}
