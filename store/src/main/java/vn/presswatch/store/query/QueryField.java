package vn.presswatch.store.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a query may scope a clause to, as users type them ({@code title:}, {@code source:} ...).
 * {@link #ANY} is the default scope of an unscoped clause: title, lead and body text together.
 */
public enum QueryField {
    /** Title, lead and body text (no prefix typed). */
    ANY(null, true),
    TITLE("title", true),
    /** Lead and body text. */
    TEXT("text", true),
    /** Source id, exact. */
    SOURCE("source", false),
    /** Topic id, exact (e.g. {@code sovereignty}). */
    TOPIC("topic", false),
    /** Language code (e.g. {@code vi}, {@code en}). */
    LANG("lang", false),
    /** Locality name or id, diacritic-insensitive. */
    LOCALITY("locality", false),
    /** Tone: {@code positive}, {@code neutral} or {@code negative}. */
    TONE("tone", false);

    private final String prefix;
    private final boolean fullText;

    QueryField(String prefix, boolean fullText) {
        this.prefix = prefix;
        this.fullText = fullText;
    }

    /** The name typed before the colon, or null for {@link #ANY}. */
    public String prefix() {
        return prefix;
    }

    /** True for analysed text fields (terms, phrases, proximity); false for exact keyword fields. */
    public boolean isFullText() {
        return fullText;
    }

    /** The field for a typed prefix, case-insensitive; empty when no field has that name. */
    public static Optional<QueryField> byPrefix(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.prefix != null && f.prefix.equals(lower)).findFirst();
    }
}
