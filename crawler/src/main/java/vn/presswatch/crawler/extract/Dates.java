package vn.presswatch.crawler.extract;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import vn.presswatch.crawler.date.VietnameseDates;

/** Date values from metadata and date lines, through the crawler's one date parser; null when there is none. */
final class Dates {

    private Dates() {
    }

    static OffsetDateTime parse(String text, ZonedDateTime now) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return VietnameseDates.parse(text, now).orElse(null);
    }
}
