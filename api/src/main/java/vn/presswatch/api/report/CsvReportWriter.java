package vn.presswatch.api.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.presswatch.api.csv.CsvCells;

/**
 * The report's figures as CSV, one line per count: {@code nhóm,mã,tên,số tin bài} (group, id, name, count), the
 * trend as {@code diễn biến,YYYY-MM-DD,,count}, the alerts of the period per state as {@code cảnh báo,state,name,count}. UTF-8 with a byte-order mark so that Excel shows the Vietnamese
 * names; cells quoted by {@link CsvCells}.
 */
public final class CsvReportWriter {

    public void write(ReportData data, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, "nhóm", "mã", "tên", "số tin bài");
        line(w, "tổng", "", "Tổng số tin, bài", Long.toString(data.total()));
        group(w, "chủ đề", data.topics());
        group(w, "sắc thái", data.tones());
        group(w, "nguồn gốc", data.origins());
        group(w, "ngôn ngữ", data.languages());
        group(w, "cơ quan báo chí", data.sources());
        group(w, "cảnh báo", data.alerts().states());
        for (var bucket : data.trend()) {
            line(w, "diễn biến", bucket.start().toString(), "", Long.toString(bucket.count()));
        }
        w.flush();
    }

    private static void group(Writer w, String group, List<ReportData.Count> counts) throws IOException {
        for (ReportData.Count c : counts) {
            line(w, group, c.id(), c.name(), Long.toString(c.count()));
        }
    }

    private static void line(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(CsvCells.quote(fields[i]));
        }
        w.write("\r\n");
    }
}
