package vn.presswatch.classifier.locality;

import java.util.Objects;

/**
 * A unit that was merged, wholly or in part, into a current commune on 1 July 2025.
 *
 * @param name  its name with its former type, as the source writes it: "Thị trấn Cát Bà", "Phường Trúc Bạch"
 * @param whole true when the whole unit went into this commune ("full" in the source), false when it was split
 */
public record FormerUnit(String name, boolean whole) {

    public FormerUnit {
        Objects.requireNonNull(name, "name");
    }
}
