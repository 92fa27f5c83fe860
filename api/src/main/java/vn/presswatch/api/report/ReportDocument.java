package vn.presswatch.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative report ("BÁO CÁO") as Decree 30/2020/NĐ-CP lays it out, independent of its file format: the
 * header block, the title and summary, the addressees, the numbered body, the signature and the recipients.
 *
 * @param issuer     who issues it, its number and symbol, place and date
 * @param summary    the summary line under "BÁO CÁO" (trích yếu), e.g. "Kết quả theo dõi báo chí tháng 5 năm 2025"
 * @param addressees "Kính gửi" lines; empty when the report is not sent up to a superior body
 * @param body       the text: headings, paragraphs, tables and images, in order
 * @param signature  the signature block
 * @param recipients the "Nơi nhận" lines without the leading dash, e.g. "Như trên;" and "Lưu: VT, VHXH."
 */
public record ReportDocument(Issuer issuer, String summary, List<String> addressees, List<Block> body,
                             Signature signature, List<String> recipients) {

    public ReportDocument {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(summary, "summary");
        addressees = List.copyOf(addressees);
        body = List.copyOf(body);
        Objects.requireNonNull(signature, "signature");
        recipients = List.copyOf(recipients);
    }

    /**
     * The issuing body and the number line.
     *
     * @param parentBody   the body directly above the issuer, upper case (e.g. "UBND XÃ THANH MIỆN"), or null
     * @param issuingBody  the issuer, upper case, may hold a line break (e.g. "ỦY BAN NHÂN DÂN\nXÃ THANH MIỆN")
     * @param number       the number, or null for a draft the clerk numbers at issue
     * @param symbol       type and issuer abbreviation, e.g. "BC-UBND"
     * @param place        the place name for the date line, e.g. "Hải Phòng"
     * @param date         the date of the report
     */
    public record Issuer(String parentBody, String issuingBody, Integer number, String symbol, String place,
                         LocalDate date) {
        public Issuer {
            Objects.requireNonNull(issuingBody, "issuingBody");
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(date, "date");
            if (number != null && number < 1) {
                throw new IllegalArgumentException("number must be positive: " + number);
            }
        }
    }

    /**
     * @param authorityLines upper-case lines above the signature, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
     *                       "PHÓ CHỦ TỊCH"
     * @param signerName     the signer's name, or empty to leave it for the clerk
     */
    public record Signature(List<String> authorityLines, String signerName) {
        public Signature {
            authorityLines = List.copyOf(authorityLines);
            signerName = Objects.requireNonNullElse(signerName, "");
        }
    }

    /** One element of the body. */
    public sealed interface Block permits Heading, Paragraph, Table, Image {
    }

    /**
     * A numbered heading: level 1 "I. KẾT QUẢ ..." (the text is set upper case), level 2 "1. ...".
     *
     * @param level 1 or 2
     * @param label "I", "1" ...
     */
    public record Heading(int level, String label, String text) implements Block {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level must be 1 or 2: " + level);
            }
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A justified body paragraph with a first-line indent. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table with a bold header row repeated on each page.
     *
     * @param unit        "Đơn vị tính" shown above it, or null
     * @param header      column titles
     * @param rows        the cells, each row as many as the header
     * @param weights     relative column widths, as many as the header
     * @param numericFrom index of the first column aligned right (numbers); header.size() for none
     */
    public record Table(String unit, List<String> header, List<List<String>> rows, List<Integer> weights,
                        int numericFrom) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            weights = List.copyOf(weights);
            if (header.isEmpty() || weights.size() != header.size()) {
                throw new IllegalArgumentException("a table needs a header and one weight per column");
            }
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
                }
            }
        }
    }

    /**
     * A picture (a chart), centred, with a caption under it.
     *
     * @param png     the PNG bytes
     * @param widthMm width on the page
     * @param heightMm height on the page
     */
    public record Image(byte[] png, int widthMm, int heightMm, String caption) implements Block {
        public Image {
            Objects.requireNonNull(png, "png");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }
}
