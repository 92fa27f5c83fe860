package vn.presswatch.classifier.locality;

import java.util.Locale;

/** The three kinds of commune-level unit since 1 July 2025. */
public enum CommuneType {
    XA("Xã"),
    PHUONG("Phường"),
    DAC_KHU("Đặc khu");

    private final String label;

    CommuneType(String label) {
        this.label = label;
    }

    /** The type as it starts a unit's full name: "Xã", "Phường", "Đặc khu". */
    public String label() {
        return label;
    }

    /** The type for the gazetteer's lower-case label ("xã", "phường", "đặc khu"). */
    static CommuneType ofLabel(String label) {
        for (CommuneType type : values()) {
            if (type.label.toLowerCase(Locale.ROOT).equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown commune type: " + label);
    }
}
