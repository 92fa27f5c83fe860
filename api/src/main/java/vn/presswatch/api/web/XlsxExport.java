package vn.presswatch.api.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.presswatch.store.Article;

/**
 * Search results as an Excel workbook, written with POI's streaming SXSSF (100 rows in memory, the rest in a
 * temporary file POI deletes): bold, frozen header row, readable column widths. Cells are plain strings, so a
 * title that looks like a formula stays text.
 */
final class XlsxExport {
    private static final int[] WIDTHS = {17, 22, 12, 60, 60, 30, 11, 9, 25, 50};
    /** Excel's limit for one cell. */
    private static final int MAX_CELL = 32_767;

    private XlsxExport() {
    }

    static byte[] write(List<Article> articles, ExportColumns columns) {
        // close() also deletes POI's temporary file.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("Kết quả tìm kiếm");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < ExportColumns.HEADERS.size(); c++) {
                first.createCell(c).setCellValue(ExportColumns.HEADERS.get(c));
                first.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Article article : articles) {
                Row row = sheet.createRow(r++);
                List<String> values = columns.values(article);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    row.createCell(c).setCellValue(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) : v);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX export", e);
        }
    }
}
