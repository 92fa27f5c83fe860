package vn.presswatch.api.web;

import java.util.Objects;
import vn.presswatch.store.Tone;

/**
 * A small label on a page: its text and the stylesheet's badge variant ({@code ""}, {@code negative},
 * {@code positive} or {@code warn}).
 */
public record Badge(String text, String kind) {
    public Badge {
        Objects.requireNonNull(text, "text");
        kind = kind == null ? "" : kind;
    }

    /** The badge of a tone: red for negative, green for positive. */
    public static Badge of(Tone tone) {
        return new Badge(tone.vietnameseName(), switch (tone) {
            case NEGATIVE -> "negative";
            case POSITIVE -> "positive";
            case NEUTRAL -> "";
        });
    }
}
