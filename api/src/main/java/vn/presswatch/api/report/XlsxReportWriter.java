package vn.presswatch.api.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.presswatch.store.Stats;
import vn.presswatch.store.StatsRequest;

/**
 * The report's figures as an XLSX workbook: a summary sheet with one table per breakdown, the trend, the
 * notable stories, and the article list of the period (filled by the caller, up to a limit).
 */
public final class XlsxReportWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    /** One line of the article list. */
    public record ArticleLine(String time, String source, String origin, String title, String topics, String tone,
                              String language, String url) {
    }

    public void write(ReportData data, String title, List<ArticleLine> articles, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);

            Sheet summary = book.createSheet("Tổng hợp");
            int r = 0;
            cell(summary, r++, 0, title, bold);
            cell(summary, r, 0, "Tổng số tin, bài", bold);
            summary.createRow(r).createCell(1);
            summary.getRow(r++).getCell(1).setCellValue(data.total());
            r++;
            r = table(summary, r, "Chủ đề", data.topics(), bold);
            r = table(summary, r, "Sắc thái", data.tones(), bold);
            r = table(summary, r, "Trong nước / nước ngoài", data.origins(), bold);
            r = table(summary, r, "Ngôn ngữ", data.languages(), bold);
            r = table(summary, r, "Cơ quan báo chí", data.sources(), bold);
            header(summary, r++, bold, "Cảnh báo theo trạng thái xử lý", "Số cảnh báo");
            for (ReportData.Count c : data.alerts().states()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(c.name());
                row.createCell(1).setCellValue(c.count());
            }
            summary.setColumnWidth(0, 48 * 256);
            summary.setColumnWidth(1, 14 * 256);

            Sheet trend = book.createSheet("Diễn biến");
            header(trend, 0, bold, "Từ ngày", "Số tin, bài");
            int t = 1;
            for (Stats.Bucket bucket : data.trend()) {
                Row row = trend.createRow(t++);
                row.createCell(0).setCellValue(bucket.start().format(DateTimeFormatter.ofPattern("dd/MM/yyyy",
                        Locale.ROOT)));
                row.createCell(1).setCellValue(bucket.count());
            }
            trend.setColumnWidth(0, 14 * 256);
            trend.setColumnWidth(1, 14 * 256);

            Sheet stories = book.createSheet("Tin bài đáng chú ý");
            header(stories, 0, bold, "Chủ đề", "Tiêu đề", "Cơ quan báo chí", "Thời gian", "Số cơ quan đăng",
                    "Địa chỉ");
            int s = 1;
            for (ReportData.TopicStories topic : data.stories()) {
                for (ReportData.Story story : topic.stories()) {
                    Row row = stories.createRow(s++);
                    row.createCell(0).setCellValue(topic.topicName());
                    row.createCell(1).setCellValue(story.title());
                    row.createCell(2).setCellValue(story.sourceName());
                    row.createCell(3).setCellValue(story.publishedAt() == null ? ""
                            : TIME.format(story.publishedAt().atZone(StatsRequest.VIETNAM)));
                    row.createCell(4).setCellValue(story.outlets());
                    row.createCell(5).setCellValue(story.url());
                }
            }
            stories.setColumnWidth(0, 30 * 256);
            stories.setColumnWidth(1, 70 * 256);

            Sheet alerts = book.createSheet("Cảnh báo");
            header(alerts, 0, bold, "Thời gian", "Quy tắc", "Tiêu đề", "Cơ quan báo chí", "Trạng thái",
                    "Người xử lý", "Kết quả xử lý", "Bài phản hồi", "Địa chỉ");
            int e = 1;
            for (ReportData.AlertLine line : data.alerts().listed()) {
                Row row = alerts.createRow(e++);
                String[] values = {TIME.format(line.matchedAt().atZone(StatsRequest.VIETNAM)), line.ruleName(),
                    line.title(), line.sourceName(), line.stateName(), line.assignee(), line.outcome(),
                    line.response(), line.url()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            alerts.createFreezePane(0, 1);
            alerts.setColumnWidth(0, 17 * 256);
            alerts.setColumnWidth(2, 70 * 256);

            Sheet list = book.createSheet("Danh sách tin bài");
            header(list, 0, bold, "Thời gian", "Cơ quan báo chí", "Trong nước/nước ngoài", "Tiêu đề", "Chủ đề",
                    "Sắc thái", "Ngôn ngữ", "Địa chỉ");
            int a = 1;
            for (ArticleLine line : articles) {
                Row row = list.createRow(a++);
                String[] values = {line.time(), line.source(), line.origin(), line.title(), line.topics(),
                    line.tone(), line.language(), line.url()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
                }
            }
            list.createFreezePane(0, 1);
            list.setColumnWidth(0, 17 * 256);
            list.setColumnWidth(1, 24 * 256);
            list.setColumnWidth(3, 70 * 256);
            book.write(out);
        }
    }

    private static int table(Sheet sheet, int r, String what, List<ReportData.Count> counts, CellStyle bold) {
        header(sheet, r++, bold, what, "Số tin, bài");
        for (ReportData.Count c : counts) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(c.name());
            row.createCell(1).setCellValue(c.count());
        }
        return r + 1;
    }

    private static void header(Sheet sheet, int r, CellStyle bold, String... titles) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < titles.length; c++) {
            row.createCell(c).setCellValue(titles[c]);
            row.getCell(c).setCellStyle(bold);
        }
    }

    private static void cell(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        row.createCell(c).setCellValue(value);
        row.getCell(c).setCellStyle(style);
    }
}
