package vn.presswatch.store;

import java.util.Arrays;
import java.util.Locale;

/** Tone of an article towards its subject. */
public enum Tone {
    POSITIVE("Tích cực"),
    NEUTRAL("Trung lập"),
    NEGATIVE("Tiêu cực");

    private final String vietnameseName;

    Tone(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The lower-case id used in queries ({@code tone:negative}), JSON and indexes. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The tone for an id, case-insensitive. */
    public static Tone fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tone '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(Tone::id).toList()));
    }
}
