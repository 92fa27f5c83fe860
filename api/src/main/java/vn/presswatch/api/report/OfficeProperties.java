package vn.presswatch.api.report;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code presswatch.office.*} settings: who the office is, as its reports show it, and its own places for the
 * locality tagger ({@code home-provinces}, {@code places}: see {@code vn.presswatch.api.classify.OfficePlaces}). application.yml documents
 * each; lists are written with ';' between items in one setting, so that one environment variable can hold them.
 */
@ConfigurationProperties("presswatch.office")
public record OfficeProperties(@Nullable String parentBody, @Nullable String issuingBody, @Nullable String symbol,
                               @Nullable String place, @Nullable String localityName, @Nullable String localities,
                               @Nullable String signerAuthority, @Nullable String signerName,
                               @Nullable String recipients, @Nullable String draftingUnit,
                               @Nullable String homeProvinces, @Nullable String places) {

    /** The settings with the documented defaults for what is unset. */
    public OfficeSettings toSettings() {
        return new OfficeSettings(
                or(parentBody, ""),
                or(issuingBody, "ỦY BAN NHÂN DÂN\nTÊN ĐỊA PHƯƠNG").replace("\\n", "\n"),
                or(symbol, "BC-UBND"),
                or(place, "Tên địa danh"),
                or(localityName, "địa phương"),
                list(localities),
                list(or(signerAuthority, "TM. ỦY BAN NHÂN DÂN;CHỦ TỊCH")),
                or(signerName, ""),
                list(recipients),
                or(draftingUnit, "VHXH"));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
