package vn.presswatch.crawler.date;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.presswatch.crawler.date.ClockTimes.OffsetMatch;
import vn.presswatch.crawler.date.ClockTimes.TimeOfDay;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Finds and parses the publication time in a date line as Vietnamese and foreign outlets print it:
 * "Thứ Hai, 18/8/2025, 10:30 (GMT+7)", "Cập nhật lúc 10:30 ngày 18/8/2025", "Ngày 18 tháng 8 năm 2025",
 * "2 giờ trước", "hôm qua 10:30", "18/8", ISO-8601, RFC 1123/822, "Aug 18, 2025, 10:30 AM", "18 August 2025".
 *
 * <p>Rules: numeric dates are always day-first; a time without a printed offset (GMT+7, UTC+7, ICT, +0700,
 * ISO offsets) is Vietnam time; a missing time is midnight; a date without a year is the most recent such date
 * not after {@code now}. The result keeps the printed offset (a GMT date stays at Z); compare instants.
 * Text is folded first ({@link VietnameseFolding#foldLower}), so text with or without diacritics, or in NFD,
 * parses alike.
 *
 * <p>Returns empty for no date, an impossible date (32/13/2025) or one more than a day after {@code now} (a
 * typo or a scheduled page, either way not a publication time to trust). Never throws on any text: scraped
 * pages are full of garbage. Only the first {@value #MAX_CHARS} characters are read, so a whole article
 * passed by mistake costs no more than a date line. Thread-safe: no state.
 */
public final class VietnameseDates {

    /** Asia/Ho_Chi_Minh: the zone of every time printed without an offset. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final int MAX_CHARS = 500;
    /** Clock skew and sites that stamp the next morning's print edition; anything later is rejected. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** Far enough back for a year-less date on 29 February to find its leap year. */
    private static final int YEARS_BACK_FOR_YEARLESS = 8;
    private static final int MIN_YEAR = 1900;

    private VietnameseDates() {
    }

    /** {@link #parse(String, ZonedDateTime)} against the current time in Vietnam. */
    public static Optional<OffsetDateTime> parse(String text) {
        return parse(text, ZonedDateTime.now(VIETNAM));
    }

    /**
     * The publication time in {@code text}, if one can be found.
     *
     * @param text a date line, or any text starting with one; null gives empty
     * @param now  resolves relative times ("2 giờ trước") and missing years; must not be null
     */
    public static Optional<OffsetDateTime> parse(String text, ZonedDateTime now) {
        Objects.requireNonNull(now, "now");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseFolding.foldLower(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        ZonedDateTime vietnamNow = now.withZoneSameInstant(VIETNAM);
        Optional<OffsetDateTime> found = CalendarDates.findWithYear(folded)
                .map(date -> resolve(date, date.year(), folded))
                .orElseGet(() -> RelativeDates.find(folded, vietnamNow)
                        .map(ZonedDateTime::toOffsetDateTime)
                        .or(() -> CalendarDates.findWithoutYear(folded)
                                .flatMap(date -> resolveWithoutYear(date, folded, vietnamNow))));
        OffsetDateTime latest = now.toOffsetDateTime().plus(FUTURE_TOLERANCE);
        return found.filter(t -> !t.isAfter(latest));
    }

    /** The most recent year in which the day and month exist and are not after today in Vietnam. */
    private static Optional<OffsetDateTime> resolveWithoutYear(DateMatch date, String folded, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        for (int year = today.getYear(); year > today.getYear() - YEARS_BACK_FOR_YEARLESS; year--) {
            LocalDate candidate = dateOrNull(year, date.month(), date.day());
            if (candidate != null && !candidate.isAfter(today)) {
                return resolve(date, year, folded);
            }
        }
        return Optional.empty();
    }

    /** Adds the time and offset printed around the date; empty if the date does not exist. */
    private static Optional<OffsetDateTime> resolve(DateMatch date, int year, String folded) {
        LocalDate day = year < MIN_YEAR ? null : dateOrNull(year, date.month(), date.day());
        if (day == null) {
            return Optional.empty();
        }
        String rest = Blanks.blank(folded, date.start(), date.end());
        OffsetMatch printedOffset = date.offset() == null ? ClockTimes.findOffset(rest) : null;
        if (printedOffset != null) {
            // Blank "GMT+07:00" before looking for the time, or its "07:00" would be read as one.
            rest = Blanks.blank(rest, printedOffset.start(), printedOffset.end());
        }
        Optional<TimeOfDay> printedTime = date.time() == null ? ClockTimes.findTime(rest) : Optional.empty();
        LocalTime time = date.time() != null ? date.time()
                : printedTime.map(TimeOfDay::time).orElse(LocalTime.MIDNIGHT);
        ZoneOffset offset = date.offset() != null ? date.offset()
                : printedTime.map(TimeOfDay::offset)
                        .orElse(printedOffset == null ? null : printedOffset.offset());
        LocalDateTime local = LocalDateTime.of(day, time);
        return Optional.of(offset != null ? OffsetDateTime.of(local, offset) : local.atZone(VIETNAM).toOffsetDateTime());
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 31/4, 29/2 outside leap years, month 13: not a date
        }
    }
}
