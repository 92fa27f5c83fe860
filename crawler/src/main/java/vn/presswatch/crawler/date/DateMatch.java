package vn.presswatch.crawler.date;

import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A calendar date found in folded text, before validation: the numbers are as printed, so 32/13/2025 is a
 * match here and rejected when it is resolved.
 *
 * @param start  where the match starts in the folded text
 * @param end    where it ends (exclusive)
 * @param year   the full year, or {@link #NO_YEAR} when the text did not print one ("18/8")
 * @param month  1-12 when valid
 * @param day    1-31 when valid
 * @param time   the time printed inside the same token (ISO-8601 "2025-08-18T10:30"), or null
 * @param offset the offset printed inside the same token ("...+07:00", "...z"), or null
 */
record DateMatch(int start, int end, int year, int month, int day, LocalTime time, ZoneOffset offset) {

    static final int NO_YEAR = -1;

    boolean hasYear() {
        return year != NO_YEAR;
    }
}
