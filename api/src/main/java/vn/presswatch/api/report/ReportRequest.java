package vn.presswatch.api.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads a report's period, format and number from request parameters (API and UI), with messages naming them. */
public record ReportRequest(ReportPeriod period, ReportFormat format, Integer number) {

    /**
     * @throws IllegalArgumentException naming the parameter that is missing or wrong
     */
    public static ReportRequest parse(Map<String, List<String>> parameters) {
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        String format = single(parameters, "format");
        String number = single(parameters, "number");
        Integer n = null;
        if (number != null && !number.isBlank()) {
            try {
                n = Integer.parseInt(number.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("number: '" + number + "' không phải số nguyên");
            }
            if (n < 1 || n > 99_999) {
                throw new IllegalArgumentException("number: phải từ 1 đến 99999");
            }
        }
        return new ReportRequest(new ReportPeriod(from, to),
                format == null || format.isBlank() ? ReportFormat.DOCX : ReportFormat.parse(format), n);
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": cần ngày dạng YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' không phải ngày dạng YYYY-MM-DD");
        }
    }
}
