package vn.presswatch.api.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a report covers, both inclusive, with the name the report gives them: "tháng 5 năm 2025",
 * "quý II năm 2025", "năm 2025", "6 tháng đầu năm 2025", or "từ ngày 01/05/2025 đến ngày 15/05/2025".
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    /** A report over more than this is refused: years of daily buckets help nobody and cost a lot. */
    public static final int MAX_DAYS = 3 * 366;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("ngày kết thúc " + to + " trước ngày bắt đầu " + from);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("kỳ báo cáo dài quá 3 năm");
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** Quarter 1-4 of a year. */
    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quý phải từ 1 đến 4: " + quarter);
        }
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** How the report names the period. */
    public String label() {
        boolean startsMonth = from.getDayOfMonth() == 1;
        boolean endsMonth = to.equals(YearMonth.from(to).atEndOfMonth());
        if (startsMonth && endsMonth && from.getYear() == to.getYear()) {
            int months = to.getMonthValue() - from.getMonthValue() + 1;
            if (months == 1) {
                return "tháng " + from.getMonthValue() + " năm " + from.getYear();
            }
            if (months == 3 && (from.getMonthValue() - 1) % 3 == 0) {
                return "quý " + QUARTERS[(from.getMonthValue() - 1) / 3] + " năm " + from.getYear();
            }
            if (months == 12) {
                return "năm " + from.getYear();
            }
            if (months == 6 && from.getMonthValue() == 1) {
                return "6 tháng đầu năm " + from.getYear();
            }
            if (months == 9 && from.getMonthValue() == 1) {
                return "9 tháng đầu năm " + from.getYear();
            }
        }
        return "từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to);
    }

    /** Number of days covered. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
