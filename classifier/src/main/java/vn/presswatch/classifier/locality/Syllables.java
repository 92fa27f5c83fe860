package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * How names and text are cut into syllables and compared: the folded key (no diacritics, lower case) that finds
 * candidates, and the exact key (diacritics kept, tone placement normalised) that prefers the right one.
 */
final class Syllables {

    private Syllables() {
    }

    /** True for the apostrophes inside names such as "Cư M'gar" and "Ea H’Leo", which are dropped. */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    static boolean isWordChar(char c) {
        return CharClasses.isWord(CharClasses.kind(c));
    }

    /**
     * The syllables of a name or phrase as written (apostrophes inside words dropped), split the way
     * {@link TokenizedText} splits text: "Cư M'gar" gives [Cư, Mgar], "Văn Miếu - Quốc Tử Giám" five syllables.
     */
    static List<String> split(String text) {
        String s = VietnameseFolding.normalize(text);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                word.append(c);
            } else if (isApostrophe(c) && word.length() > 0 && TokenizedText.apostropheJoins(s, i)) {
                continue;
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** The folded key of one syllable: "Phòng" gives "phong", "ĐẢO" gives "dao". */
    static String folded(String syllable) {
        return VietnameseFolding.foldLower(syllable);
    }

    /** The folded key of a phrase: its syllables folded, joined by single spaces. */
    static String foldedPhrase(String phrase) {
        List<String> parts = new ArrayList<>();
        for (String syllable : split(phrase)) {
            parts.add(folded(syllable));
        }
        return String.join(" ", parts);
    }

    /** The exact key of a phrase: lower case, diacritics kept, tone placement normalised, single spaces. */
    static String exactPhrase(String phrase) {
        List<String> parts = new ArrayList<>();
        for (String syllable : split(phrase)) {
            parts.add(exact(syllable));
        }
        return String.join(" ", parts);
    }

    /**
     * The exact key of one syllable: lower case with the tone mark placed the classical way, which is how the
     * official names write it, so "Hoà", "hòa" and "HOÀ" all give "hòa", and "Thuỷ" gives "thủy".
     */
    static String exact(String syllable) {
        String s = VietnameseFolding.normalize(syllable).toLowerCase(Locale.ROOT);
        int n = s.length();
        if (n < 2) {
            return s;
        }
        // Modern spelling puts the mark on the second vowel of an open oa/oe/uy (hoà, khoẻ, thuỷ); the classical
        // spelling, used by the official names, puts it on the first (hòa, khỏe, thủy). "quý" is qu + ý, not u + ý.
        char last = s.charAt(n - 1);
        char before = s.charAt(n - 2);
        int tone;
        char base;
        if (before == 'o' && (tone = toneOf(last, "aàáảãạ")) > 0) {
            base = 'a';
        } else if (before == 'o' && (tone = toneOf(last, "eèéẻẽẹ")) > 0) {
            base = 'e';
        } else if (before == 'u' && (n < 3 || s.charAt(n - 3) != 'q') && (tone = toneOf(last, "yỳýỷỹỵ")) > 0) {
            base = 'y';
        } else {
            return s;
        }
        char marked = (before == 'o' ? "oòóỏõọ" : "uùúủũụ").charAt(tone);
        return s.substring(0, n - 2) + marked + base;
    }

    /** The tone index (1-5) of {@code c} in a six-letter row "base, huyền, sắc, hỏi, ngã, nặng", or 0. */
    private static int toneOf(char c, String row) {
        int i = row.indexOf(c);
        return Math.max(i, 0);
    }
}
