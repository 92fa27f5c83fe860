package vn.presswatch.crawler.text;

/**
 * One pass over bytes counting well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8 (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF). Pure ASCII gives (0, 0).
 *
 * @param multibyte well-formed sequences of two to four bytes
 * @param invalid   bytes that start no well-formed sequence; each becomes one U+FFFD or is part of one
 */
record Utf8Scan(int multibyte, int invalid) {

    /**
     * Mostly UTF-8 with a few broken bytes (a CMS cutting a summary mid-character) is still UTF-8. Text in a
     * single-byte charset is the opposite: nearly every byte above 0x7F is invalid UTF-8.
     */
    private static final int MOSTLY_UTF8_RATIO = 4;

    static Utf8Scan of(byte[] b, int from) {
        int multibyte = 0;
        int invalid = 0;
        int i = from;
        while (i < b.length) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                lo = c == 0xE0 ? 0xA0 : 0x80;
                hi = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalid++;
                i++;
                continue;
            }
            if (continues(b, i, need, lo, hi)) {
                multibyte++;
                i += need + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(multibyte, invalid);
    }

    /** Only ASCII bytes: every ASCII-compatible charset reads them alike. */
    boolean ascii() {
        return multibyte == 0 && invalid == 0;
    }

    /** Valid UTF-8, or broken in a few places only. */
    boolean mostlyValid() {
        return invalid == 0 || multibyte >= MOSTLY_UTF8_RATIO * invalid;
    }

    /** Mostly valid and with real multi-byte characters, which text in another charset practically never has. */
    boolean utf8Text() {
        return multibyte > 0 && mostlyValid();
    }

    private static boolean continues(byte[] b, int start, int need, int lo, int hi) {
        if (start + need >= b.length) {
            return false;
        }
        int second = b[start + 1] & 0xFF;
        if (second < lo || second > hi) {
            return false;
        }
        for (int k = 2; k <= need; k++) {
            int next = b[start + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return false;
            }
        }
        return true;
    }
}
