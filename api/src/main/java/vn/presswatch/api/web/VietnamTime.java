package vn.presswatch.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.presswatch.store.StatsRequest;

/** How pages and exports write times: Vietnam's clock, day first, as offices write dates. */
public final class VietnamTime {
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT).withZone(StatsRequest.VIETNAM);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private VietnamTime() {
    }

    /** dd/MM/yyyy HH:mm in Vietnam time, or "—" for an unknown time. */
    public static String format(Instant instant) {
        return instant == null ? "—" : MINUTES.format(instant);
    }

    public static String format(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    /** The calendar day in Vietnam at this instant. */
    public static LocalDate day(Instant instant) {
        return ZonedDateTime.ofInstant(instant, StatsRequest.VIETNAM).toLocalDate();
    }
}
