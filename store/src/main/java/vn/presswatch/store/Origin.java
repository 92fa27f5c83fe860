package vn.presswatch.store;

import java.util.Arrays;
import java.util.Locale;

/** Whether an outlet is Vietnamese (domestic press) or foreign; reports count them separately. */
public enum Origin {
    DOMESTIC("Trong nước"),
    FOREIGN("Nước ngoài");

    private final String vietnameseName;

    Origin(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The lower-case id used in JSON and indexes. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static Origin fromId(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown origin '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(Origin::id).toList()));
    }
}
