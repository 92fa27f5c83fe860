package vn.presswatch.api.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.presswatch.api.csv.CsvCells;
import vn.presswatch.store.Article;

/**
 * Search results as CSV: UTF-8 with a byte order mark (without it Excel reads Vietnamese as Windows-1252),
 * CRLF lines, RFC 4180 quoting. A cell that Excel would take for a formula (=, +, -, @ first) gets a leading
 * apostrophe: article titles come from the internet.
 */
final class CsvExport {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    static byte[] write(List<Article> articles, ExportColumns columns) {
        StringBuilder out = new StringBuilder();
        line(out, ExportColumns.HEADERS);
        for (Article article : articles) {
            line(out, columns.values(article));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.length() + 16);
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvCells.quote(cells.get(i)));
        }
        out.append("\r\n");
    }
}
