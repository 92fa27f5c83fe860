package vn.presswatch.crawler.text;

/**
 * Tells Vietnamese windows-1258 bytes from Western windows-1252 ones. The two tables differ in a few bytes only,
 * and five of those are the key: windows-1258 has no precomposed "ả ạ ã ẽ ..." and writes the tone as a
 * combining mark after the vowel (0xCC grave, 0xEC acute, 0xD2 hook above, 0xDE tilde, 0xF2 dot below), where
 * windows-1252 has the letters Ì ì Ò Þ ò. A Vietnamese tone mark always follows a vowel; Italian "però",
 * "così" put ò and ì after consonants. Đ/đ (0xD0/0xF0, Icelandic Ð/ð in windows-1252) starting a word before a
 * vowel is a weaker sign; Š Ž š ž (0x8A 0x8E 0x9A 0x9E) exist only in windows-1252.
 *
 * @param vietnamese points for windows-1258
 * @param western    points for windows-1252
 */
record Windows1258Evidence(int vietnamese, int western) {

    /** Enough Vietnamese signs to overrule a Latin-1 label, which sites send by default. */
    private static final int OVERRULE_MINIMUM = 4;

    static Windows1258Evidence of(byte[] b, int from) {
        int vietnamese = 0;
        int western = 0;
        for (int i = from; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            int previous = i > from ? b[i - 1] & 0xFF : ' ';
            if (isToneMark(c)) {
                if (isVowel(previous)) {
                    vietnamese += 2;
                } else {
                    western += 2;
                }
            } else if (c == 0xD0 || c == 0xF0) {
                int next = i + 1 < b.length ? b[i + 1] & 0xFF : ' ';
                if (!isLetter(previous) && isVowel(next)) {
                    vietnamese++;
                }
            } else if (c == 0x8A || c == 0x8E || c == 0x9A || c == 0x9E) {
                western++;
            }
        }
        return new Windows1258Evidence(vietnamese, western);
    }

    /** With no label to go by: the likelier of the two. */
    boolean favoursWindows1258() {
        return vietnamese > western;
    }

    /** Clear enough to read bytes labelled ISO-8859-1 or windows-1252 as windows-1258. */
    boolean overrulesLatinLabel() {
        return vietnamese >= OVERRULE_MINIMUM && vietnamese > 2 * western;
    }

    private static boolean isToneMark(int c) {
        return c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2;
    }

    /** ASCII vowels and the windows-1258 vowel letters (with circumflex, breve, horn or a precomposed tone). */
    private static boolean isVowel(int c) {
        if (c < 0x80) {
            int lower = c | 0x20;
            return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' || lower == 'y';
        }
        return switch (c) {
            case 0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCD, 0xD3, 0xD4, 0xD5, 0xD9, 0xDA, 0xDD,
                    0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xED, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA, 0xFD -> true;
            default -> false;
        };
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0;
    }
}
