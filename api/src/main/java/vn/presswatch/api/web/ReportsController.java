package vn.presswatch.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.report.ReportData;
import vn.presswatch.api.report.ReportPeriod;
import vn.presswatch.api.report.ReportService;
import vn.presswatch.api.security.Role;
import vn.presswatch.store.StatsRequest;

/**
 * The reports page: choose a period (last month, this quarter, this year, or any days), see its figures, and
 * download the report as Word (administrative format), Excel or CSV from {@code /api/reports}.
 */
@Controller("/reports")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class ReportsController {
    private final ReportService reports;
    private final Clock clock;

    public ReportsController(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Get
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> page(@Nullable @QueryValue String from,
                                                                      @Nullable @QueryValue String to) {
        LocalDate today = LocalDate.now(clock.withZone(StatsRequest.VIETNAM));
        ReportPeriod lastMonth = ReportPeriod.month(YearMonth.from(today).minusMonths(1));
        Map<String, Object> model = new HashMap<>();
        model.put("presets", List.of(
                preset("Tháng trước", lastMonth),
                preset("Tháng này", ReportPeriod.month(YearMonth.from(today))),
                preset("Quý này", ReportPeriod.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1)),
                preset("Năm nay", ReportPeriod.year(today.getYear())),
                preset("Năm trước", ReportPeriod.year(today.getYear() - 1))));
        ReportPeriod period;
        try {
            period = from == null && to == null ? lastMonth
                    : new ReportPeriod(date("Từ ngày", from), date("Đến ngày", to));
        } catch (IllegalArgumentException e) {
            model.put("error", e.getMessage());
            model.put("from", from == null ? "" : from);
            model.put("to", to == null ? "" : to);
            return HttpResponse.badRequest(new ModelAndView<>("reports", model));
        }
        ReportData data = reports.data(period);
        model.put("from", period.from().toString());
        model.put("to", period.to().toString());
        model.put("label", period.label());
        model.put("data", data);
        model.put("office", reports.office());
        model.put("issuer", reports.office().issuingBody().replace('\n', ' '));
        model.put("query", "from=" + period.from() + "&to=" + period.to());
        return HttpResponse.ok(new ModelAndView<>("reports", model));
    }

    private static Map<String, String> preset(String name, ReportPeriod period) {
        return Map.of("name", name, "from", period.from().toString(), "to", period.to().toString());
    }

    private static LocalDate date(String label, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + ": hãy chọn ngày.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + ": '" + value + "' không phải ngày hợp lệ.");
        }
    }
}
