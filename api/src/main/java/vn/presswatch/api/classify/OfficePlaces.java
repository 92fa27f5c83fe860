package vn.presswatch.api.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.presswatch.classifier.locality.CustomLocality;
import vn.presswatch.classifier.locality.Gazetteer;
import vn.presswatch.classifier.locality.LocalityMatcher;
import vn.presswatch.classifier.locality.Province;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The office's own places for the locality tagger, from two settings:
 * {@code presswatch.office.home-provinces} (province names or GSO codes, ';' between them: where an ambiguous
 * commune name in a local outlet's article lies) and {@code presswatch.office.places} (villages, landmarks, craft
 * villages, OCOP products: {@code Name=alias,alias;Other name}), each placed in the first home province.
 */
public final class OfficePlaces {
    private OfficePlaces() {
    }

    /**
     * @throws IllegalArgumentException naming a province that is not one of the 34, or a place without a name
     */
    public static LocalityMatcher.Settings settings(String homeProvinces, String places) {
        Gazetteer gazetteer = Gazetteer.bundled();
        Set<String> codes = new LinkedHashSet<>();
        for (String wanted : split(homeProvinces, ";")) {
            codes.add(province(gazetteer, wanted).code());
        }
        String parent = codes.isEmpty() ? null : codes.iterator().next();
        List<CustomLocality> custom = new ArrayList<>();
        for (String entry : split(places, ";")) {
            int eq = entry.indexOf('=');
            String name = (eq < 0 ? entry : entry.substring(0, eq)).strip();
            List<String> aliases = eq < 0 ? List.of() : split(entry.substring(eq + 1), ",");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("presswatch.office.places: địa danh không có tên: '" + entry + "'");
            }
            custom.add(new CustomLocality(name, aliases, parent));
        }
        return new LocalityMatcher.Settings(custom, codes);
    }

    private static Province province(Gazetteer gazetteer, String wanted) {
        String folded = VietnameseFolding.foldLower(wanted);
        for (Province p : gazetteer.provinces()) {
            if (p.code().equals(wanted) || VietnameseFolding.foldLower(p.shortName()).equals(folded)
                    || VietnameseFolding.foldLower(p.name()).equals(folded)) {
                return p;
            }
        }
        throw new IllegalArgumentException("presswatch.office.home-provinces: '" + wanted
                + "' không phải tên hay mã một trong 34 tỉnh, thành phố (ví dụ: Hải Phòng hoặc 31)");
    }

    private static List<String> split(String value, String separator) {
        List<String> parts = new ArrayList<>();
        if (value == null) {
            return parts;
        }
        for (String part : value.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
