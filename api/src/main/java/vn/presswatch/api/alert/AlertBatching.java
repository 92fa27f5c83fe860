package vn.presswatch.api.alert;

import java.util.Arrays;
import java.util.Locale;

/** When a rule's alerts are delivered: each at once, or gathered into one message per hour. */
public enum AlertBatching {
    INSTANT("Ngay lập tức"),
    HOURLY("Gộp mỗi giờ");

    private final String vietnameseName;

    AlertBatching(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The batching for an id, case-insensitive. */
    public static AlertBatching fromId(String id) {
        return Arrays.stream(values()).filter(b -> b.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' không hợp lệ (instant hoặc hourly)"));
    }
}
