package vn.presswatch.api.rest;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import vn.presswatch.api.report.ReportRequest;
import vn.presswatch.api.report.ReportService;
import vn.presswatch.api.security.Role;

/** The office's report of a period as a file: DOCX (Decree 30/2020/NĐ-CP layout), XLSX or CSV. */
@Controller("/api/reports")
@Secured(Role.VIEWER_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "reports", description = "Báo cáo định kỳ")
public class ReportsApi {
    private final ReportService reports;

    public ReportsApi(ReportService reports) {
        this.reports = reports;
    }

    @Get
    @Operation(summary = "The report of a period",
            description = "from, to: days (YYYY-MM-DD, inclusive, Vietnam time); format: docx (default), xlsx or csv; "
                    + "number: the document number (left blank for the clerk when absent). The figures are those of "
                    + "GET /api/stats for the same days and the office's configured localities.")
    public MutableHttpResponse<byte[]> report(HttpRequest<?> request) throws IOException {
        ReportRequest wanted = ReportRequest.parse(request.getParameters().asMap());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(wanted.period(), wanted.format(), wanted.number(), out);
        return HttpResponse.ok(out.toByteArray())
                .contentType(wanted.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\""
                        + ReportService.fileName(wanted.period(), wanted.format()) + "\"");
    }
}
