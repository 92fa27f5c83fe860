package vn.presswatch.crawler.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import vn.presswatch.crawler.date.VietnameseDates;

/**
 * Picks an item's publication time: Rome's parse of pubDate/published (then updated) when it is plausible, else
 * the raw date text through {@link VietnameseDates}, which reads what Vietnamese feeds actually write
 * ("18/08/2025 10:30", "Thứ Hai, 18/8/2025, 10:30 (GMT+7)") and treats a time without an offset as Vietnam time.
 *
 * <p>"Plausible" matters because Rome parses leniently: it reads "18-08-2025" as day 2025 of August in the year 18
 * and returns a date in 24 AD. Anything before 1990 or more than a day after {@code now} is not trusted.
 */
final class PublishedDates {

    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    /** The outcome for one item: the time (null when none) and whether a date was present but unreadable. */
    record Choice(Instant published, boolean unreadable) {
    }

    private PublishedDates() {
    }

    /** Rome's two dates (converted from java.util.Date by the caller), then the raw text; any may be null. */
    static Choice choose(Instant romePublished, Instant romeUpdated, String rawText, ZonedDateTime now) {
        for (Instant instant : new Instant[] {romePublished, romeUpdated}) {
            if (instant != null && plausible(instant, now)) {
                return new Choice(instant, false);
            }
        }
        if (rawText != null && !rawText.isBlank()) {
            Instant parsed = VietnameseDates.parse(rawText, now).map(OffsetDateTime::toInstant).orElse(null);
            if (parsed != null && plausible(parsed, now)) {
                return new Choice(parsed, false);
            }
            return new Choice(null, true);
        }
        return new Choice(null, romePublished != null || romeUpdated != null);
    }

    private static boolean plausible(Instant instant, ZonedDateTime now) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(now.toInstant().plus(FUTURE_TOLERANCE));
    }
}
