package vn.presswatch.classifier.locality;

import java.util.Objects;

/**
 * A locality an article is about.
 *
 * @param id           the GSO code for a province ("31") or commune ("11455"); "custom:&lt;slug&gt;" for a configured one
 * @param name         provinces: the short name ("Hải Phòng"); communes: the full name ("Phường Đồ Sơn"); custom:
 *                     the configured name
 * @param level        province, commune or custom
 * @param provinceId   the province it is in (itself for a province); null for a custom locality without one
 * @param provinceName that province's short name, or null
 * @param parentId     the unit it directly belongs to: a commune's province, a custom locality's configured parent;
 *                     null for a province
 * @param mentions     how often it is mentioned, counting mentions of the communes and custom localities in it
 *                     (a province's count includes its communes'); at least 1
 * @param inTitle      whether it, or a place in it, is mentioned in the title
 */
public record LocalityMatch(String id, String name, LocalityLevel level, String provinceId, String provinceName,
                            String parentId, int mentions, boolean inTitle) {

    public LocalityMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1: " + mentions);
        }
    }

    /**
     * The value to store in {@link vn.presswatch.store.Article#localities()}, the string an office filters and
     * counts by: a province's short name ("Hải Phòng"), a commune's full name and province ("Phường Đồ Sơn, Hải
     * Phòng", which keeps "Phường Mỹ Tho" and "Xã Mỹ Thọ" apart once the store folds diacritics), a custom
     * locality's name.
     */
    public String storedValue() {
        return level == LocalityLevel.COMMUNE ? name + ", " + provinceName : name;
    }
}
