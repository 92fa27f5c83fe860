package vn.presswatch.store.index;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.presswatch.store.Interval;

/**
 * The buckets of a date histogram in a calendar (Asia/Ho_Chi_Minh for the reports): the bucket holding
 * {@code from} through the bucket holding the last instant before {@code to}. Weeks start on Monday, as in
 * Elasticsearch's {@code calendar_interval: week}.
 */
public final class CalendarBuckets {
    private final LocalDate[] days;
    private final long[] startMillis;

    private CalendarBuckets(ZoneId zone, List<LocalDate> days) {
        this.days = days.toArray(LocalDate[]::new);
        this.startMillis = days.stream().mapToLong(d -> d.atStartOfDay(zone).toInstant().toEpochMilli()).toArray();
    }

    public static CalendarBuckets of(Instant from, Instant to, Interval interval, ZoneId zone) {
        LocalDate first = floor(from.atZone(zone).toLocalDate(), interval);
        LocalDate last = floor(to.minusMillis(1).atZone(zone).toLocalDate(), interval);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = next(d, interval)) {
            days.add(d);
        }
        return new CalendarBuckets(zone, days);
    }

    /** The first day of the bucket holding {@code day}. */
    public static LocalDate floor(LocalDate day, Interval interval) {
        return switch (interval) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate d, Interval interval) {
        return switch (interval) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }

    public int size() {
        return days.length;
    }

    /** The first day of bucket {@code i}. */
    public LocalDate start(int i) {
        return days[i];
    }

    /** The bucket index of an instant, or -1 if it falls before the first bucket. */
    public int indexOf(long epochMillis) {
        int i = Arrays.binarySearch(startMillis, epochMillis);
        return i >= 0 ? i : -i - 2;
    }

    /** The index of the bucket starting on {@code day}, or -1. */
    public int indexOf(LocalDate day) {
        return Arrays.binarySearch(days, day);
    }
}
