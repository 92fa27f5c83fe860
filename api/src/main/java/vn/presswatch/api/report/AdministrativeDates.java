package vn.presswatch.api.report;

import java.time.LocalDate;
import java.util.Locale;

/** Dates and numbers written as Decree 30/2020/NĐ-CP wants them. */
public final class AdministrativeDates {
    private AdministrativeDates() {
    }

    /**
     * "Hải Phòng, ngày 05 tháng 8 năm 2025": days 1-9 and months 1 and 2 take a leading zero, other months do not.
     */
    public static String placeAndDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format(Locale.ROOT, "%02d", month) : Integer.toString(month);
        return String.format(Locale.ROOT, "%s, ngày %02d tháng %s năm %d", place, date.getDayOfMonth(), monthText,
                date.getYear());
    }

    /** "Số: 05/BC-UBND"; a draft without a number leaves room for the clerk: "Số:      /BC-UBND". */
    public static String numberLine(Integer number, String symbol) {
        if (number == null) {
            return "Số:      /" + symbol;
        }
        return String.format(Locale.ROOT, "Số: %02d/%s", number, symbol);
    }
}
