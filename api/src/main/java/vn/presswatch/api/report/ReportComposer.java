package vn.presswatch.api.report;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.presswatch.store.StatsRequest;

/**
 * Writes the report's text from its figures: the sections an external-information report hands up (coverage
 * by topic, tone, outlet and language, the trend, the notable stories), with a last section left for the
 * officer's assessment. Numbers and names only; no judgement is invented.
 */
public final class ReportComposer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    /** Alerts listed in the document; the XLSX lists up to {@link ReportData.AlertSummary#MAX_LISTED}. */
    private static final int ALERTS_IN_DOCUMENT = 50;
    private static final String[] POINTS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"};

    private final OfficeSettings office;

    public ReportComposer(OfficeSettings office) {
        this.office = office;
    }

    /**
     * @param number the report's number, or null for a draft the clerk numbers
     * @param date   the date the report carries
     */
    public ReportDocument compose(ReportData data, Integer number, LocalDate date) throws IOException {
        List<ReportDocument.Block> body = new ArrayList<>();
        String period = data.period().label();
        body.add(new ReportDocument.Heading(1, "I", "Tình hình thông tin báo chí viết về " + office.localityName()));
        long domestic = count(data.origins(), "domestic");
        long foreign = count(data.origins(), "foreign");
        body.add(new ReportDocument.Paragraph(capitalise(period) + ", hệ thống theo dõi ghi nhận "
                + number(data.total()) + " tin, bài của " + number(data.sources().size())
                + " cơ quan báo chí viết về " + office.localityName() + ", trong đó báo chí trong nước "
                + number(domestic) + " tin, bài (" + percent(domestic, data.total()) + "), báo chí nước ngoài "
                + number(foreign) + " tin, bài (" + percent(foreign, data.total()) + ")."));

        body.add(new ReportDocument.Heading(2, "1", "Theo chủ đề"));
        body.add(new ReportDocument.Paragraph("Một tin, bài có thể thuộc nhiều chủ đề, nên tổng các dòng có thể "
                + "lớn hơn tổng số tin, bài."));
        body.add(countTable("Chủ đề", data.topics(), data.total()));
        body.add(new ReportDocument.Image(ReportCharts.topics(data.topics()), 160, 76,
                "Biểu đồ 1. Số tin, bài theo chủ đề, " + period));

        body.add(new ReportDocument.Heading(2, "2", "Theo sắc thái thông tin"));
        long negative = count(data.tones(), "negative");
        body.add(new ReportDocument.Paragraph("Tin, bài tích cực " + number(count(data.tones(), "positive"))
                + ", trung lập " + number(count(data.tones(), "neutral")) + ", tiêu cực " + number(negative)
                + (negative > 0 ? "; các tin, bài tiêu cực được nêu tại mục II để theo dõi, xử lý." : ".")));
        body.add(countTable("Sắc thái", data.tones(), data.total()));

        body.add(new ReportDocument.Heading(2, "3", "Theo cơ quan báo chí"));
        body.add(countTable("Cơ quan báo chí", topSources(data.sources()), data.total()));

        body.add(new ReportDocument.Heading(2, "4", "Theo ngôn ngữ"));
        body.add(countTable("Ngôn ngữ", data.languages(), data.total()));

        body.add(new ReportDocument.Heading(2, "5", "Diễn biến trong kỳ"));
        body.add(new ReportDocument.Image(ReportCharts.trend(data.interval(), data.trend()), 160, 76,
                "Biểu đồ 2. Số tin, bài theo thời gian, " + period));

        body.add(new ReportDocument.Heading(1, "II", "Những tin, bài đáng chú ý"));
        if (data.stories().isEmpty()) {
            body.add(new ReportDocument.Paragraph("Trong kỳ không có tin, bài được phân loại theo chủ đề."));
        }
        for (int i = 0; i < data.stories().size(); i++) {
            ReportData.TopicStories topic = data.stories().get(i);
            body.add(new ReportDocument.Paragraph(POINTS[Math.min(i, POINTS.length - 1)] + ") " + topic.topicName()
                    + ":"));
            for (ReportData.Story story : topic.stories()) {
                String when = story.publishedAt() == null ? "" : ", "
                        + DAY.format(story.publishedAt().atZone(StatsRequest.VIETNAM));
                String carried = story.outlets() > 1 ? "; " + story.outlets() + " cơ quan báo chí đăng tải" : "";
                body.add(new ReportDocument.Paragraph("- \u201c" + story.title() + "\u201d (" + story.sourceName()
                        + when + carried + ")."));
            }
        }

        alerts(body, data.alerts(), period);

        body.add(new ReportDocument.Heading(1, "IV", "Nhận xét, đánh giá và đề xuất"));
        body.add(new ReportDocument.Paragraph("(Cán bộ phụ trách bổ sung nhận xét chung về thông tin báo chí trong "
                + "kỳ, những vấn đề cần lưu ý, việc cung cấp thông tin, phản bác thông tin sai lệch và đề xuất.)"));

        // Each recipient line ends with ';', the last one ("Lưu") with '.', as the decree's samples do.
        List<String> recipients = new ArrayList<>();
        for (String r : office.recipients()) {
            String line = r.strip();
            recipients.add(line.endsWith(";") ? line : line.replaceAll("[.,]+$", "") + ";");
        }
        recipients.add("Lưu: VT, " + office.draftingUnit() + ".");
        return new ReportDocument(
                new ReportDocument.Issuer(office.parentBody(), office.issuingBody(), number, office.symbol(),
                        office.place(), date),
                "Kết quả theo dõi thông tin báo chí viết về " + office.localityName() + " " + period,
                List.of(), body, new ReportDocument.Signature(office.authorityLines(), office.signerName()),
                recipients);
    }

    /** Section III: the alerts raised in the period and how each was handled (answered, dismissed, still open). */
    private static void alerts(List<ReportDocument.Block> body, ReportData.AlertSummary alerts, String period) {
        body.add(new ReportDocument.Heading(1, "III", "Phát hiện và xử lý thông tin sai lệch, tiêu cực"));
        if (alerts.total() == 0) {
            body.add(new ReportDocument.Paragraph(capitalise(period) + ", hệ thống không phát cảnh báo nào."));
            return;
        }
        long open = alerts.count("new") + alerts.count("assigned");
        body.add(new ReportDocument.Paragraph(capitalise(period) + ", hệ thống phát " + number(alerts.total())
                + " cảnh báo theo các quy tắc theo dõi; đã phản hồi " + number(alerts.count("answered"))
                + ", đánh giá không cần xử lý " + number(alerts.count("dismissed")) + ", còn " + number(open)
                + " cảnh báo đang xử lý hoặc chưa xử lý."));
        List<List<String>> states = new ArrayList<>();
        int i = 1;
        for (ReportData.Count c : alerts.states()) {
            states.add(List.of(Integer.toString(i++), c.name(), number(c.count()), percent(c.count(),
                    alerts.total())));
        }
        body.add(new ReportDocument.Table("cảnh báo", List.of("STT", "Trạng thái xử lý", "Số cảnh báo", "Tỷ lệ"),
                states, List.of(1, 6, 2, 2), 2));
        List<List<String>> rows = new ArrayList<>();
        i = 1;
        List<ReportData.AlertLine> shown = alerts.listed().stream().limit(ALERTS_IN_DOCUMENT).toList();
        for (ReportData.AlertLine a : shown) {
            String outcome = a.outcome().isEmpty() ? "" : a.outcome() + (a.response().isEmpty() ? ""
                    : " (" + a.response() + ")");
            rows.add(List.of(Integer.toString(i++), a.title() + " (" + a.sourceName() + ", "
                    + DAY.format(a.matchedAt().atZone(StatsRequest.VIETNAM)) + ")", a.stateName(), outcome));
        }
        body.add(new ReportDocument.Table(null, List.of("STT", "Tin, bài được cảnh báo", "Trạng thái",
                "Kết quả xử lý"), rows, List.of(1, 6, 2, 4), 4));
        if (alerts.total() > shown.size()) {
            body.add(new ReportDocument.Paragraph("(Danh sách nêu " + number(shown.size()) + " cảnh báo đầu tiên; "
                    + "xem đủ " + number(alerts.total()) + " cảnh báo trên trang Cảnh báo của hệ thống.)"));
        }
    }

    private static ReportDocument.Table countTable(String what, List<ReportData.Count> counts, long total) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ReportData.Count c : counts) {
            rows.add(List.of(Integer.toString(i++), c.name(), number(c.count()), percent(c.count(), total)));
        }
        return new ReportDocument.Table("tin, bài", List.of("STT", what, "Số tin, bài", "Tỷ lệ"), rows,
                List.of(1, 6, 2, 2), 2);
    }

    /** The largest outlets by name, the others summed on one line. */
    static List<ReportData.Count> topSources(List<ReportData.Count> sources) {
        if (sources.size() <= ReportDataCollector.TOP_SOURCES) {
            return sources;
        }
        List<ReportData.Count> top = new ArrayList<>(sources.subList(0, ReportDataCollector.TOP_SOURCES));
        long rest = sources.subList(ReportDataCollector.TOP_SOURCES, sources.size()).stream()
                .mapToLong(ReportData.Count::count).sum();
        top.add(new ReportData.Count("", "Các cơ quan báo chí khác ("
                + (sources.size() - ReportDataCollector.TOP_SOURCES) + ")", rest));
        return top;
    }

    private static long count(List<ReportData.Count> counts, String id) {
        return counts.stream().filter(c -> c.id().equals(id)).mapToLong(ReportData.Count::count).sum();
    }

    /** 1.234 (Vietnamese thousands separator). */
    static String number(long n) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(new Locale("vi", "VN")));
        return format.format(n);
    }

    /** 42,2% (Vietnamese decimal comma); 0% for an empty period. */
    static String percent(long part, long total) {
        if (total == 0) {
            return "0%";
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(new Locale("vi", "VN")));
        return format.format(100.0 * part / total) + "%";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(new Locale("vi")) + text.substring(1);
    }
}
