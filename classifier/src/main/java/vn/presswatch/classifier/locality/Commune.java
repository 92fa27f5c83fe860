package vn.presswatch.classifier.locality;

import java.util.List;
import java.util.Objects;

/**
 * A commune-level unit (xã, phường or đặc khu) in force since 1 July 2025.
 *
 * @param code         the GSO code, e.g. "11455"
 * @param provinceCode the GSO code of its province
 * @param type         xã, phường or đặc khu
 * @param name         the name without its type, with diacritics: "Đồ Sơn"
 * @param englishName  a name the source gives that is not just the name without diacritics ("Paracel"), or empty
 * @param formerUnits  the units merged into it, as the source lists them
 */
public record Commune(String code, String provinceCode, CommuneType type, String name, String englishName,
                     List<FormerUnit> formerUnits) {

    public Commune {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        englishName = Objects.requireNonNullElse(englishName, "");
        formerUnits = List.copyOf(formerUnits);
    }

    /** The name with its type, as officially written: "Phường Đồ Sơn". */
    public String fullName() {
        return type.label() + " " + name;
    }
}
