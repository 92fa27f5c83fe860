package vn.presswatch.api.report;

import java.util.Locale;
import java.util.Map;

/** Vietnamese names of the languages the classifier tells apart, as reports and pages show them. */
public final class LanguageNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("vi", "Tiếng Việt"), Map.entry("en", "Tiếng Anh"), Map.entry("zh", "Tiếng Trung"),
            Map.entry("ko", "Tiếng Hàn"), Map.entry("ja", "Tiếng Nhật"), Map.entry("fr", "Tiếng Pháp"),
            Map.entry("ru", "Tiếng Nga"), Map.entry("de", "Tiếng Đức"), Map.entry("es", "Tiếng Tây Ban Nha"),
            Map.entry("th", "Tiếng Thái"), Map.entry("lo", "Tiếng Lào"), Map.entry("km", "Tiếng Khmer"));

    private LanguageNames() {
    }

    /** The Vietnamese name, or the code itself for a language without one here. */
    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return "Chưa xác định";
        }
        return NAMES.getOrDefault(code.toLowerCase(Locale.ROOT), code);
    }
}
