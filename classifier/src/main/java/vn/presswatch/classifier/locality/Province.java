package vn.presswatch.classifier.locality;

import java.util.List;
import java.util.Objects;

/**
 * A provincial unit (tỉnh or thành phố trực thuộc trung ương) in force since 1 July 2025.
 *
 * @param code        the GSO code, e.g. "31"
 * @param shortName   the name without its type, with diacritics: "Hải Phòng"
 * @param name        the official name: "Thành phố Hải Phòng"
 * @param type        "tỉnh" or "thành phố trực thuộc trung ương"
 * @param englishName e.g. "Haiphong City"; may be empty
 * @param asciiName   e.g. "Haiphong"; may be empty
 * @param formerNames short names of the provinces merged into it, itself included when it was one of them
 */
public record Province(String code, String shortName, String name, String type, String englishName,
                       String asciiName, List<String> formerNames) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        englishName = Objects.requireNonNullElse(englishName, "");
        asciiName = Objects.requireNonNullElse(asciiName, "");
        formerNames = List.copyOf(formerNames);
    }
}
