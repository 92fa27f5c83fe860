package vn.presswatch.classifier.locality;

import java.util.Arrays;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * An article's title and text cut into word tokens once, each with its folded syllable id, its case, and the kind
 * of punctuation between it and the previous token. One pass, one table look-up per character and no object per
 * token. One instance per {@code match} call; not thread-safe.
 */
final class TokenizedText {

    /** What separates a token from the previous one. */
    static final byte GAP_SPACE = 0;
    static final byte GAP_COMMA = 1;
    static final byte GAP_DOT = 2;
    static final byte GAP_HYPHEN = 3;
    static final byte GAP_OPEN = 4;
    /** Anything else (sentence end, colon, quote, new line, start of title or text): nothing spans it. */
    static final byte GAP_STRONG = 5;

    static final int CAPITALISED = 1;
    static final int ALL_CAPS = 2;
    static final int ASCII = 4;
    static final int DIGITS = 8;

    /** Longer tokens cannot be a syllable of any name, so they are not looked up. */
    private static final int MAX_TOKEN = 40;
    /** A lower-case word's syllable id is looked up only when asked for ({@link #id}): most never are. */
    private static final int NOT_LOOKED_UP = -2;

    private String title;
    private String body;
    private char[] titleChars;
    private char[] bodyChars;
    private SyllableTable syllables;
    /** Positions from here on are in the body: title, one separator, body. */
    private final int bodyBase;
    int size;
    /** Syllable ids, {@link SyllableTable#UNKNOWN} or {@link #NOT_LOOKED_UP}: read them through {@link #id}. */
    private int[] ids;
    /** Token start and end positions (see {@link #bodyBase}). */
    int[] starts;
    int[] ends;
    byte[] gaps;
    byte[] flags;
    /** Tokens below this index are in the title. */
    int titleTokens;
    /** False when the article has no upper-case or no lower-case letter at all, so case tells nothing. */
    boolean caseInformative;
    /**
     * True when the article is written with diacritics (at least a fifth of its words have some), so a word
     * without them is meant that way ("Thanh An" is not "Thạnh An").
     */
    boolean withDiacritics;
    private boolean anyUpper;
    private boolean anyLower;
    private int words;
    private int marked;
    private String[] exact;
    private final char[] lookUpScratch = new char[MAX_TOKEN];

    private TokenizedText(String title, String body) {
        this.title = title;
        this.body = body;
        this.bodyBase = title.length() + 1;
        int capacity = Math.min((title.length() + body.length()) / 5 + 16, 1 << 20);
        ids = new int[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        gaps = new byte[capacity];
        flags = new byte[capacity];
    }

    static TokenizedText of(String title, String text, SyllableTable syllables) {
        TokenizedText tokens = new TokenizedText(title == null ? "" : title, text == null ? "" : text);
        tokens.tokenizeAll(syllables);
        return tokens;
    }

    /**
     * True when the apostrophe at {@code i} is inside a word ("M'gar", "H’Leo") rather than an English possessive
     * ("Hanoi's") or a quote.
     */
    static boolean apostropheJoins(CharSequence s, int i) {
        int n = s.length();
        if (i + 1 >= n || !Character.isLetter(s.charAt(i + 1))) {
            return false;
        }
        char next = s.charAt(i + 1);
        boolean possessive = (next == 's' || next == 'S') && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)));
        return !possessive;
    }

    private void tokenizeAll(SyllableTable table) {
        this.syllables = table;
        char[] scratch = new char[MAX_TOKEN];
        // Text in decomposed form (combining marks) is rare: tokenize as is, and only when a mark turns up
        // normalise that part to NFC and start it again.
        if (!tokenize(title, 0, scratch, false)) {
            title = VietnameseFolding.normalize(title);
            clear(0);
            tokenize(title, 0, scratch, true);
        }
        titleTokens = size;
        int titleSize = size;
        boolean upper = anyUpper;
        boolean lower = anyLower;
        int titleWords = words;
        int titleMarked = marked;
        if (!tokenize(body, bodyBase, scratch, false)) {
            body = VietnameseFolding.normalize(body);
            clear(titleSize);
            anyUpper = upper;
            anyLower = lower;
            words = titleWords;
            marked = titleMarked;
            tokenize(body, bodyBase, scratch, true);
        }
        caseInformative = anyUpper && anyLower;
        withDiacritics = marked > 0 && marked * 5 >= words;
    }

    private void clear(int newSize) {
        size = newSize;
        if (newSize == 0) {
            anyUpper = false;
            anyLower = false;
            words = 0;
            marked = 0;
        }
    }

    /** Adds the tokens of {@code s}; false when it met a combining mark while {@code normalized} is false. */
    private boolean tokenize(String text, int base, char[] scratch, boolean normalized) {
        // An array indexes faster than String.charAt on the UTF-16 strings Vietnamese text makes.
        char[] s = text.toCharArray();
        if (base == 0) {
            titleChars = s;
        } else {
            bodyChars = s;
        }
        int n = s.length;
        int commas = 0;
        int dots = 0;
        int hyphens = 0;
        int opens = 0;
        boolean strong = true;
        int i = 0;
        while (i < n) {
            char c = s[i];
            byte kind = CharClasses.kind(c);
            if (kind >= CharClasses.MARK) {
                if (kind == CharClasses.MARK && !normalized) {
                    return false;
                }
                switch (kind) {
                    case CharClasses.COMMA -> commas++;
                    case CharClasses.DOT -> dots++;
                    case CharClasses.HYPHEN -> hyphens++;
                    case CharClasses.OPEN -> opens++;
                    case CharClasses.SPACE, CharClasses.MARK -> {
                    }
                    default -> strong = true;
                }
                i++;
                continue;
            }
            int start = i;
            int length = 0;
            int hash = 0;
            int letters = 0;
            int upper = 0;
            boolean ascii = true;
            boolean capitalised = kind == CharClasses.UPPER;
            boolean lookUp = kind != CharClasses.LOWER;
            while (i < n) {
                c = s[i];
                kind = CharClasses.kind(c);
                if (kind <= CharClasses.DIGIT) {
                    if (lookUp) {
                        char folded = CharClasses.folded(c);
                        if (length < MAX_TOKEN) {
                            scratch[length] = folded;
                        }
                        hash = 31 * hash + folded;
                    }
                    length++;
                    if (kind != CharClasses.DIGIT) {
                        letters++;
                        if (kind == CharClasses.UPPER) {
                            upper++;
                        }
                    }
                    ascii &= c < 0x80;
                    i++;
                } else if (kind == CharClasses.MARK) {
                    if (!normalized) {
                        return false;
                    }
                    i++;
                } else if (kind == CharClasses.APOSTROPHE && apostropheJoins(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            anyUpper |= upper > 0;
            anyLower |= upper < letters;
            if (letters > 0) {
                words++;
                marked += ascii ? 0 : 1;
            }
            byte gap;
            if (strong || (commas + dots + hyphens + opens) > 1) {
                gap = GAP_STRONG;
            } else if (commas == 1) {
                gap = GAP_COMMA;
            } else if (dots == 1) {
                gap = GAP_DOT;
            } else if (hyphens == 1) {
                gap = GAP_HYPHEN;
            } else if (opens == 1) {
                gap = GAP_OPEN;
            } else {
                gap = GAP_SPACE;
            }
            int id = !lookUp ? NOT_LOOKED_UP : length <= MAX_TOKEN ? syllables.id(scratch, length, hash ^ (hash >>> 16))
                    : SyllableTable.UNKNOWN;
            int f = (capitalised ? CAPITALISED : 0) | (ascii ? ASCII : 0) | (letters == 0 ? DIGITS : 0)
                    | (letters >= 2 && upper == letters ? ALL_CAPS : 0);
            add(id, base + start, base + i, gap, f);
            commas = 0;
            dots = 0;
            hyphens = 0;
            opens = 0;
            strong = false;
        }
        return true;
    }

    private void add(int id, int start, int end, byte gap, int f) {
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            gaps = Arrays.copyOf(gaps, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        ids[size] = id;
        starts[size] = start;
        ends[size] = end;
        gaps[size] = gap;
        flags[size] = (byte) f;
        size++;
    }

    /** The token's folded syllable id, or {@link SyllableTable#UNKNOWN}. */
    int id(int token) {
        int id = ids[token];
        return id != NOT_LOOKED_UP ? id : lookUp(token);
    }

    private int lookUp(int token) {
        int start = starts[token];
        char[] chars = start < bodyBase ? titleChars : bodyChars;
        int offset = start < bodyBase ? 0 : bodyBase;
        char[] folded = lookUpScratch;
        int length = 0;
        int hash = 0;
        for (int i = start - offset; i < ends[token] - offset; i++) {
            byte kind = CharClasses.kind(chars[i]);
            if (kind <= CharClasses.DIGIT) {
                if (length == MAX_TOKEN) {
                    ids[token] = SyllableTable.UNKNOWN;
                    return SyllableTable.UNKNOWN;
                }
                char f = CharClasses.folded(chars[i]);
                folded[length++] = f;
                hash = 31 * hash + f;
            }
        }
        int id = syllables.id(folded, length, hash ^ (hash >>> 16));
        ids[token] = id;
        return id;
    }

    boolean has(int token, int flag) {
        return (flags[token] & flag) != 0;
    }

    boolean inTitle(int token) {
        return token < titleTokens;
    }

    /** The token as written, apostrophes included. */
    String surface(int token) {
        int start = starts[token];
        return start < bodyBase ? title.substring(start, ends[token])
                : body.substring(start - bodyBase, ends[token] - bodyBase);
    }

    /** The token's exact key ({@link Syllables#exact}), computed on first use. */
    String exact(int token) {
        if (exact == null) {
            exact = new String[size];
        }
        String e = exact[token];
        if (e == null) {
            String surface = surface(token);
            StringBuilder word = new StringBuilder(surface.length());
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (!Syllables.isApostrophe(c)) {
                    word.append(c);
                }
            }
            e = Syllables.exact(word.toString());
            exact[token] = e;
        }
        return e;
    }

    /** True when some token in {@code [from, to)} has a letter outside ASCII (diacritics were typed). */
    boolean hasDiacritics(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!has(k, ASCII)) {
                return true;
            }
        }
        return false;
    }
}
