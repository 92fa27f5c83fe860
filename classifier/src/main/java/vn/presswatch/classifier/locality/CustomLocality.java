package vn.presswatch.classifier.locality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * A place an office adds for itself: a village, a landmark, a craft village, an OCOP product, a nickname. It is
 * matched like a gazetteer name, ignoring diacritics; a word the configured name capitalises must be capitalised in
 * the text, a word it writes in lower case may be either ("bánh đa cua Đồ Sơn"). It needs no unit word and wins
 * over a gazetteer name written the same way.
 *
 * @param name     the name shown and stored, e.g. "Làng nghề gốm sứ Phù Lãng"; 1 to 200 characters
 * @param aliases  other ways the press writes it; null for none
 * @param parentId the GSO code of the province or commune it lies in, or null; a match implies that unit too
 */
public record CustomLocality(String name, List<String> aliases, String parentId) {

    /** Longest name or alias accepted. */
    public static final int MAX_NAME = 200;

    public CustomLocality {
        name = checkName(name, "name");
        List<String> checked = new ArrayList<>();
        for (String alias : Objects.requireNonNullElse(aliases, List.<String>of())) {
            checked.add(checkName(alias, "aliases"));
        }
        aliases = List.copyOf(checked);
        if (parentId != null && parentId.isBlank()) {
            parentId = null;
        }
        if (slug(name).isEmpty()) {
            throw new IllegalArgumentException("Tên địa danh cần có ít nhất một chữ cái hoặc chữ số"
                    + " (custom locality name needs a letter or digit): " + name);
        }
    }

    /** A name with no aliases and no parent. */
    public static CustomLocality of(String name) {
        return new CustomLocality(name, List.of(), null);
    }

    /** The stable id: "custom:" and the name folded to a slug, e.g. "custom:lang-nghe-gom-su-phu-lang". */
    public String id() {
        return "custom:" + slug(name);
    }

    private static String checkName(String value, String parameter) {
        Objects.requireNonNull(value, parameter);
        String s = VietnameseFolding.normalize(value).strip();
        if (s.isEmpty() || s.length() > MAX_NAME) {
            throw new IllegalArgumentException("Tên địa danh phải dài từ 1 đến " + MAX_NAME + " ký tự"
                    + " (custom locality " + parameter + " must have 1 to " + MAX_NAME + " characters): " + value);
        }
        return s;
    }

    private static String slug(String s) {
        String folded = VietnameseFolding.foldLower(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
