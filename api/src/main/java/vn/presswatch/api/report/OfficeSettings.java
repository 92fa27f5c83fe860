package vn.presswatch.api.report;

import java.util.List;
import java.util.Objects;

/**
 * Who the reports come from, as the office configures it (presswatch.office.*): the header, the localities
 * counted, the signature and the recipients.
 *
 * @param parentBody     body above the issuer, or empty (e.g. "UBND XÃ THANH MIỆN" for an office)
 * @param issuingBody    the issuer, lines separated by '\n' (e.g. "ỦY BAN NHÂN DÂN\nXÃ THANH MIỆN")
 * @param symbol         e.g. "BC-UBND"
 * @param place          the date line's place, e.g. "Thanh Miện"
 * @param localityName   how the text names the locality, e.g. "xã Thanh Miện"
 * @param localities     locality names articles must mention to count (the classifier's locality tags); empty
 *                       counts every article
 * @param authorityLines above the signature, e.g. "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
 * @param signerName     the signer, or empty
 * @param recipients     "Nơi nhận" lines before the filing line
 * @param draftingUnit   abbreviation of the drafting unit for "Lưu: VT, <unit>."
 */
public record OfficeSettings(String parentBody, String issuingBody, String symbol, String place, String localityName,
                             List<String> localities, List<String> authorityLines, String signerName,
                             List<String> recipients, String draftingUnit) {

    public OfficeSettings {
        parentBody = Objects.requireNonNullElse(parentBody, "");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(localityName, "localityName");
        localities = List.copyOf(localities);
        authorityLines = List.copyOf(authorityLines);
        signerName = Objects.requireNonNullElse(signerName, "");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(draftingUnit, "draftingUnit");
    }
}
