package vn.presswatch.api.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where an alert is in its handling. The plans ask distorted information to be answered in time, so an alert is
 * either answered (with the published response) or dismissed with a reason, never just read.
 */
public enum AlertState {
    NEW("Mới"),
    ASSIGNED("Đã giao xử lý"),
    ANSWERED("Đã phản hồi"),
    DISMISSED("Bỏ qua");

    private final String vietnameseName;

    AlertState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether the alert still waits for someone. */
    public boolean open() {
        return this == NEW || this == ASSIGNED;
    }

    /** The states an alert in this state may move to. */
    public Set<AlertState> next() {
        return switch (this) {
            case NEW -> Set.of(ASSIGNED, ANSWERED, DISMISSED);
            case ASSIGNED -> Set.of(ASSIGNED, ANSWERED, DISMISSED);
            // A closed alert may be reopened (a mistaken dismissal, a response that needs redoing).
            case ANSWERED, DISMISSED -> Set.of(NEW);
        };
    }

    /** The state for an id, case-insensitive. */
    public static AlertState fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id
                        + "' không hợp lệ (new, assigned, answered hoặc dismissed)"));
    }
}
