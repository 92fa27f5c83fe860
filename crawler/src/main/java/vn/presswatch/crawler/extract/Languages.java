package vn.presswatch.crawler.extract;

import java.util.Locale;

/** Language hints from markup ("vi-VN", "vi_VN", "en") reduced to a lower-case ISO 639 code. */
final class Languages {

    private Languages() {
    }

    /** The primary language subtag of {@code tag}, lower case, or null when it does not look like one. */
    static String code(String tag) {
        if (tag == null) {
            return null;
        }
        String trimmed = tag.strip();
        int cut = 0;
        while (cut < trimmed.length() && Character.isLetter(trimmed.charAt(cut))) {
            cut++;
        }
        if (cut < 2 || cut > 3 || cut < trimmed.length() && "-_".indexOf(trimmed.charAt(cut)) < 0) {
            return null;
        }
        return trimmed.substring(0, cut).toLowerCase(Locale.ROOT);
    }
}
