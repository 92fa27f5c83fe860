package vn.presswatch.classifier.locality;

import java.util.Objects;

/**
 * A district-level unit abolished on 1 July 2025 (huyện, quận, thị xã or provincial thành phố), as far as the
 * gazetteer names one. Its area is now spread over several communes, so a mention of it points to its province.
 *
 * @param provinceCode the GSO code of the current province its area belongs to
 * @param type         "huyện", "quận", "thị xã" or "thành phố"
 * @param name         the name without its type: "Thủy Nguyên"
 */
public record FormerDistrict(String provinceCode, String type, String name) {

    public FormerDistrict {
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
