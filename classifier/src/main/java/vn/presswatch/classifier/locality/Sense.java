package vn.presswatch.classifier.locality;

import java.util.Arrays;

/**
 * One thing a name can mean: a province, a commune, a former unit, an office's own place, or nothing (a phrase that
 * only looks like a place). Immutable.
 *
 * @param kind            what the name refers to
 * @param target          a province index for PROVINCE, FORMER_PROVINCE, FORMER_COMMUNE and FORMER_DISTRICT; a
 *                        commune index for COMMUNE; a custom locality index for CUSTOM; -1 for NOT_PLACE
 * @param communes        FORMER_COMMUNE only: the indices of the current communes that took over (part of) it
 * @param whole           FORMER_COMMUNE only: it went whole into a single commune, so it can stand for that commune
 * @param exact           the exact key ({@link Syllables#exact}) of each syllable, for telling apart names that
 *                        differ only in diacritics; null where any spelling will do (a custom name typed without
 *                        diacritics)
 * @param unitType        the unit type it was written with, lower case ("xã", "phường", "đặc khu", "thị trấn",
 *                        "huyện" ...), or empty
 * @param needsQualifier  a bare mention is not enough (curated: common word, person, foreign place)
 * @param needsCityMarker the province only with "TP."/"thành phố"/"City" or after "tại"/"ở" (curated)
 */
record Sense(Kind kind, int target, int[] communes, boolean whole, String[] exact, String unitType,
             boolean needsQualifier, boolean needsCityMarker) {

    enum Kind { PROVINCE, FORMER_PROVINCE, COMMUNE, FORMER_COMMUNE, FORMER_DISTRICT, CUSTOM, NOT_PLACE }

        private static final int[] NO_COMMUNES = new int[0];

    static Sense of(Kind kind, int target, String[] exact, String unitType) {
        return new Sense(kind, target, NO_COMMUNES, false, exact, unitType, false, false);
    }

    /** True when both stand for the same thing spelt the same way. */
    boolean sameAs(Sense other) {
        return kind == other.kind && target == other.target && Arrays.equals(communes, other.communes)
                && Arrays.equals(exact, other.exact) && unitType.equals(other.unitType);
    }

    boolean isProvinceLevel() {
        return kind == Kind.PROVINCE || kind == Kind.FORMER_PROVINCE;
    }

    Sense withQualifierNeeded() {
        return new Sense(kind, target, communes, whole, exact, unitType, true, needsCityMarker);
    }

    Sense withCityMarkerNeeded() {
        return new Sense(kind, target, communes, whole, exact, unitType, needsQualifier, true);
    }
}
