package vn.presswatch.classifier.locality;

import vn.presswatch.store.text.VietnameseFolding;

/**
 * What each character is to the tokenizer, and its folded lower-case form, in two tables built once from
 * {@link VietnameseFolding} so that tokenizing an article is one table look-up per character. The tables are
 * never written after class initialisation.
 */
final class CharClasses {

    static final byte LOWER = 0;
    static final byte UPPER = 1;
    static final byte DIGIT = 2;
    /** A combining mark: text in decomposed form, or a stray mark that folding drops. */
    static final byte MARK = 3;
    static final byte SPACE = 4;
    static final byte NEW_LINE = 5;
    static final byte COMMA = 6;
    static final byte DOT = 7;
    static final byte HYPHEN = 8;
    static final byte OPEN = 9;
    static final byte APOSTROPHE = 10;
    static final byte OTHER = 11;

    /**
     * Up to U+2FFF: every Vietnamese letter (Latin Extended Additional ends at U+1EFF) and the punctuation the
     * press uses (dashes, curly quotes, ellipsis at U+2000-U+206F).
     */
    private static final int TABLE_SIZE = 0x3000;
    private static final byte[] KINDS = new byte[TABLE_SIZE];
    private static final char[] FOLDED = new char[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            KINDS[c] = classify(c);
            FOLDED[c] = KINDS[c] == MARK ? 0 : foldOne(c);
        }
    }

    private CharClasses() {
    }

    static byte kind(char c) {
        return c < TABLE_SIZE ? KINDS[c] : classify(c);
    }

    /** The folded, lower-case form of a letter or digit: "Ẩ" gives 'a', "Đ" gives 'd'. */
    static char folded(char c) {
        return c < TABLE_SIZE ? FOLDED[c] : foldOne(c);
    }

    static boolean isWord(byte kind) {
        return kind <= MARK;
    }

    private static char foldOne(char c) {
        String folded = VietnameseFolding.fold(String.valueOf(c));
        return folded.length() == 1 ? Character.toLowerCase(folded.charAt(0)) : Character.toLowerCase(c);
    }

    private static byte classify(char c) {
        switch (c) {
            case ',':
                return COMMA;
            case '.':
                return DOT;
            case '-':
            case '\u2013':
            case '\u2014':
                return HYPHEN;
            case '(':
                return OPEN;
            case '\n':
            case '\r':
            case '\u2028':
            case '\u2029':
                return NEW_LINE;
            default:
                break;
        }
        if (Syllables.isApostrophe(c)) {
            return APOSTROPHE;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return MARK;
        }
        if (Character.isLetter(c)) {
            return Character.isUpperCase(c) || Character.isTitleCase(c) ? UPPER : LOWER;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : OTHER;
    }
}
