package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.presswatch.api.report.ReportFormat;
import vn.presswatch.api.report.ReportPeriod;
import vn.presswatch.api.report.ReportService;

/**
 * {@code report}: writes the office's report of a period (DOCX in the administrative format, XLSX or CSV) from
 * the configured store, the same report the web UI and the API give.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
                "Lập báo cáo kết quả theo dõi báo chí của một kỳ (DOCX theo Nghị định 30/2020/NĐ-CP, XLSX hoặc CSV).",
                "Writes the report of a period (DOCX per Decree 30/2020/ND-CP, XLSX or CSV).",
                "",
                "Ví dụ — examples:",
                "  report --from 2025-05-01 --to 2025-05-31 --format docx --out bao-cao-thang-5.docx",
                "  report --from 2025-01-01 --to 2025-12-31 --format xlsx --out bao-cao-nam-2025.xlsx",
                "",
                "Thiết lập dạng --khóa=giá-trị, ví dụ --presswatch.data-dir=/srv/presswatch."})
final class ReportCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày đầu kỳ — first day")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD",
            description = "Ngày cuối kỳ (tính cả ngày này) — last day, inclusive")
    private String to;

    @Option(names = "--format", defaultValue = "docx", paramLabel = "docx|xlsx|csv",
            description = "Định dạng (mặc định docx) — format")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp kết quả — output file")
    private Path out;

    @Option(names = "--number", paramLabel = "N", description = {"Số văn bản; bỏ trống để văn thư điền khi phát hành.",
        "Document number; leave out for a draft the clerk numbers."})
    private Integer number;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    ReportCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        DataCommand.checkSettings(spec, settings);
        ReportPeriod period;
        ReportFormat reportFormat;
        try {
            period = new ReportPeriod(date("--from", from), date("--to", to));
            reportFormat = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (number != null && number < 1) {
            throw new ParameterException(spec.commandLine(), "--number phải là số dương — must be positive");
        }
        PrintWriter console = spec.commandLine().getOut();
        Optional<ApplicationContext> started = DataCommand.start(environment, settings, spec.commandLine().getErr());
        if (started.isEmpty()) {
            return PresswatchCli.FAILED;
        }
        try (ApplicationContext context = started.get()) {
            Path target = out.toAbsolutePath();
            Path parent = target.getParent();
            // Written beside the target and moved into place: a failure never leaves half a report behind.
            Path partial = Files.createTempFile(parent, ".presswatch-report-", ".part");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    context.getBean(ReportService.class).write(period, reportFormat, number, stream);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            console.printf(Locale.ROOT, "Đã lập báo cáo %s: %s — report written%n", period.label(), target);
            return PresswatchCli.OK;
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' không phải ngày dạng YYYY-MM-DD");
        }
    }
}
