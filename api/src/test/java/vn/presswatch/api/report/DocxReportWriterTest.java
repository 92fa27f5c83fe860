package vn.presswatch.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxReportWriterTest {

    static ReportDocument sample() {
        return new ReportDocument(
                new ReportDocument.Issuer(null, "ỦY BAN NHÂN DÂN\nXÃ THANH MIỆN", 5, "BC-UBND", "Thanh Miện",
                        LocalDate.of(2025, 6, 5)),
                "Kết quả theo dõi báo chí viết về xã tháng 5 năm 2025",
                List.of(),
                List.of(new ReportDocument.Heading(1, "I", "Tình hình báo chí viết về địa phương"),
                        new ReportDocument.Paragraph("Trong tháng, có 128 tin, bài của báo chí trong nước và nước "
                                + "ngoài viết về xã, tăng 12% so với tháng trước."),
                        new ReportDocument.Table("bài", List.of("STT", "Chủ đề", "Số bài", "Tỷ lệ"),
                                List.of(List.of("1", "Du lịch, văn hóa, lễ hội", "54", "42,2%"),
                                        List.of("2", "OCOP, làng nghề, đặc sản", "31", "24,2%")),
                                List.of(1, 6, 2, 2), 2),
                        new ReportDocument.Heading(2, "1", "Tin, bài tiêu cực"),
                        new ReportDocument.Paragraph("Không phát hiện thông tin sai lệch, xuyên tạc.")),
                new ReportDocument.Signature(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                        "Nguyễn Văn An"),
                List.of("UBND thành phố Hải Phòng;", "Lưu: VT, VHXH."));
    }

    @Test
    void theHeaderTitleBodyAndSignatureAreWhereTheDecreePutsThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(sample(), out);
        Files.write(Path.of("target/sample.docx"), out.toByteArray());

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            XWPFTable header = tables.get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN", "XÃ THANH MIỆN");
            assertThat(header.getRow(0).getCell(1).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/BC-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Thanh Miện, ngày 05 tháng 6 năm 2025");
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO"))
                    .findFirst().orElseThrow();
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("I. TÌNH HÌNH BÁO CHÍ VIẾT VỀ ĐỊA PHƯƠNG", "1. Tin, bài tiêu cực",
                            "Không phát hiện thông tin sai lệch, xuyên tạc./.", "Đơn vị tính: bài");
            XWPFTable data = tables.get(1);
            assertThat(data.getRow(0).isRepeatHeader()).isTrue();
            assertThat(data.getRow(1).getCell(2).getText()).isEqualTo("54");
            XWPFTable signature = tables.get(2);
            assertThat(signature.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:")
                    .contains("- Lưu: VT, VHXH.");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("KT. CHỦ TỊCH", "Nguyễn Văn An");
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft().toString()).isEqualTo("1701");
            assertThat(doc.getHeaderList()).hasSize(2);
        }
    }

    @Test
    void datesAndNumbersFollowTheDecree() {
        assertThat(AdministrativeDates.placeAndDate("Hải Phòng", LocalDate.of(2025, 8, 5)))
                .isEqualTo("Hải Phòng, ngày 05 tháng 8 năm 2025");
        assertThat(AdministrativeDates.placeAndDate("Thanh Miện", LocalDate.of(2026, 2, 10)))
                .isEqualTo("Thanh Miện, ngày 10 tháng 02 năm 2026");
        assertThat(AdministrativeDates.numberLine(125, "BC-UBND")).isEqualTo("Số: 125/BC-UBND");
        assertThat(AdministrativeDates.numberLine(null, "BC-UBND")).isEqualTo("Số:      /BC-UBND");
    }
}
