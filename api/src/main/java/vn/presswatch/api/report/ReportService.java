package vn.presswatch.api.report;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.presswatch.api.alert.AlertWorkflow;
import vn.presswatch.api.query.ArticleQuery;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.ScanRequest;
import vn.presswatch.store.Source;
import vn.presswatch.store.StatsRequest;

/**
 * Builds the office's reports for a period, in any format. The filter is the statistics API's own
 * ({@link ArticleQuery} with the period's days and the office's localities), so the figures are the same as
 * {@code /api/stats} gives for that period.
 */
@Singleton
public class ReportService {
    /** Articles listed in the XLSX workbook: a year of a city's coverage fits (a sheet holds a million rows). */
    public static final int MAX_LISTED = 100_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    private final ArticleStore store;
    private final AlertWorkflow alerts;
    private final Taxonomy taxonomy;
    private final OfficeSettings office;
    private final Clock clock;

    public ReportService(ArticleStore store, AlertWorkflow alerts, OfficeProperties office, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.taxonomy = Taxonomy.standard();
        this.office = office.toSettings();
        this.clock = clock;
    }

    public OfficeSettings office() {
        return office;
    }

    /** The statistics query of a period: the days, and the office's localities when configured. */
    public ArticleQuery query(ReportPeriod period) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("from", List.of(period.from().toString()));
        parameters.put("to", List.of(period.to().toString()));
        if (!office.localities().isEmpty()) {
            parameters.put("locality", office.localities());
        }
        return ArticleQuery.parse(parameters);
    }

    public ReportData data(ReportPeriod period) {
        ArticleFilter filter = query(period).filter();
        Map<String, String> outlets = store.sources().all().stream()
                .collect(Collectors.toMap(Source::id, Source::name, (a, b) -> a));
        return new ReportDataCollector(store, taxonomy).collect(period, filter)
                .withAlerts(ReportAlerts.collect(alerts, filter.from(), filter.to(), outlets));
    }

    /**
     * Writes the report of {@code period} as {@code format}.
     *
     * @param number the report's number, or null for a draft (the clerk numbers it at issue)
     */
    public void write(ReportPeriod period, ReportFormat format, Integer number, OutputStream out) throws IOException {
        ReportData data = data(period);
        switch (format) {
            case DOCX -> new DocxReportWriter().write(new ReportComposer(office).compose(data, number,
                    LocalDate.now(clock.withZone(StatsRequest.VIETNAM))), out);
            case XLSX -> new XlsxReportWriter().write(data, "Kết quả theo dõi thông tin báo chí viết về "
                    + office.localityName() + " " + period.label(), articles(period), out);
            case CSV -> new CsvReportWriter().write(data, out);
        }
    }

    /** The file name a download gets, e.g. bao-cao-2025-05-01-2025-05-31.docx. */
    public static String fileName(ReportPeriod period, ReportFormat format) {
        return "bao-cao-" + period.from() + "-" + period.to() + "." + format.extension();
    }

    /** The period's articles, oldest first, at most {@link #MAX_LISTED}. */
    private List<XlsxReportWriter.ArticleLine> articles(ReportPeriod period) {
        Map<String, String> names = store.sources().all().stream()
                .collect(Collectors.toMap(Source::id, Source::name, (a, b) -> a));
        List<Article> found = new ArrayList<>();
        store.scan(ScanRequest.of("", query(period).filter()), batch -> {
            if (found.size() < MAX_LISTED) {
                found.addAll(batch.subList(0, Math.min(batch.size(), MAX_LISTED - found.size())));
            }
        });
        found.sort(Comparator.comparing(Article::reportTime).thenComparing(Article::id));
        List<XlsxReportWriter.ArticleLine> lines = new ArrayList<>(found.size());
        for (Article a : found) {
            lines.add(new XlsxReportWriter.ArticleLine(
                    TIME.format(a.reportTime().atZone(StatsRequest.VIETNAM)),
                    names.getOrDefault(a.sourceId(), a.sourceId()),
                    a.origin() == null ? "" : a.origin().vietnameseName(),
                    a.title(),
                    a.topicIds().stream().map(id -> taxonomy.topic(id).map(Taxonomy.Topic::vietnamese).orElse(id))
                            .collect(Collectors.joining("; ")),
                    a.tone() == null ? "" : a.tone().vietnameseName(),
                    LanguageNames.of(a.language()),
                    a.url()));
        }
        return lines;
    }
}
