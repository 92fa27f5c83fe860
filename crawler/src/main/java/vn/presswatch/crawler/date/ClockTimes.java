package vn.presswatch.crawler.date;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the time of day and the UTC offset in a folded, lower-case date line. */
final class ClockTimes {

    /**
     * 10:30, 10:30:15, 10h30, 18h, "10 gio 30" (10 giờ 30), "8 gio" (8 giờ), with an optional ISO offset glued to
     * the seconds (10:30:00+07:00) and an optional part of day: am/pm, SA/CH (the Vietnamese locale's am/pm),
     * or sang/trua/chieu/toi/dem (sáng, trưa, chiều, tối, đêm). "24h" (a common site name) is not a valid hour.
     */
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(?<hour>\\d{1,2})\\s*"
                    + "(?::\\s*(?<minute>\\d{2})(?!\\d)"
                    + "(?:\\s*:\\s*(?<second>\\d{2})(?!\\d)(?:[.,]\\d{1,9})?"
                    + "(?<offset>[+-]\\d{2}:?\\d{2}(?!\\d)|z(?![a-z]))?)?"
                    + "|(?:h|gio)(?:\\s*(?<wordMinute>\\d{2})(?!\\d)|(?![a-z])))"
                    + "(?:\\s*(?:phut\\s*)?(?<part>a\\.?m\\.?|p\\.?m\\.?|sa|ch|sang|trua|chieu|toi|dem)(?![a-z]))?");
    /** GMT+7, (GMT+07:00), UTC+7, gmt alone (RFC 1123). "ut" is left out: folded "Út" is a common name. */
    private static final Pattern GMT = Pattern.compile(
            "(?<![a-z])(?:gmt|utc)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?(?!\\d))?");
    /** Indochina Time, which some English-language outlets print instead of an offset. */
    private static final Pattern ICT = Pattern.compile("(?<![a-z])ict(?![a-z])");
    /**
     * RFC 822 "+0700". Four digits and no colon only: a lone "-10:30" is far more often a time after a dash
     * ("18/08/2025 -10:30") than an offset; ISO offsets with a colon are caught where they are glued to a time.
     */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\w+:-])([+-])(\\d{2})(\\d{2})(?!\\d)");

    private static final ZoneOffset INDOCHINA = ZoneOffset.ofHours(7);

    private ClockTimes() {
    }

    /** A time of day, with the offset printed glued to it (or null). */
    record TimeOfDay(LocalTime time, ZoneOffset offset) {
    }

    /** An offset and where it was printed, so the caller can blank it before looking for the time. */
    record OffsetMatch(int start, int end, ZoneOffset offset) {
    }

    /** The first valid time of day in {@code folded}; "25:99" and the like are skipped. */
    static Optional<TimeOfDay> findTime(String folded) {
        Matcher m = TIME.matcher(folded);
        while (m.find()) {
            int hour = Integer.parseInt(m.group("hour"));
            String minutes = m.group("minute") != null ? m.group("minute") : m.group("wordMinute");
            int minute = minutes == null ? 0 : Integer.parseInt(minutes);
            int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
            LocalTime time = timeOrNull(withPartOfDay(hour, m.group("part")), minute, second);
            if (time != null) {
                return Optional.of(new TimeOfDay(time, gluedOffset(m.group("offset"))));
            }
        }
        return Optional.empty();
    }

    /** The first printed UTC offset in {@code folded}, or null. */
    static OffsetMatch findOffset(String folded) {
        Matcher gmt = GMT.matcher(folded);
        while (gmt.find()) {
            ZoneOffset offset = gmt.group(1) == null ? ZoneOffset.UTC
                    : offsetOrNull(sign(gmt.group(1)), Integer.parseInt(gmt.group(2)),
                            gmt.group(3) == null ? 0 : Integer.parseInt(gmt.group(3)));
            if (offset != null) {
                return new OffsetMatch(gmt.start(), gmt.end(), offset);
            }
        }
        Matcher ict = ICT.matcher(folded);
        if (ict.find()) {
            return new OffsetMatch(ict.start(), ict.end(), INDOCHINA);
        }
        Matcher numeric = NUMERIC.matcher(folded);
        while (numeric.find()) {
            ZoneOffset offset = offsetOrNull(sign(numeric.group(1)), Integer.parseInt(numeric.group(2)),
                    Integer.parseInt(numeric.group(3)));
            if (offset != null) {
                return new OffsetMatch(numeric.start(), numeric.end(), offset);
            }
        }
        return null;
    }

    /** A LocalTime, or null when the numbers are out of range. */
    static LocalTime timeOrNull(int hour, int minute, int second) {
        boolean valid = hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
        return valid ? LocalTime.of(hour, minute, second) : null;
    }

    /** An offset of at most 14 hours (the widest in use), or null. */
    static ZoneOffset offsetOrNull(int sign, int hours, int minutes) {
        boolean valid = hours <= 14 && minutes <= 59 && (hours < 14 || minutes == 0);
        return valid ? ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes) : null;
    }

    private static ZoneOffset gluedOffset(String text) {
        if (text == null) {
            return null;
        }
        if ("z".equals(text)) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        return offsetOrNull(sign(text), Integer.parseInt(digits.substring(0, 2)), Integer.parseInt(digits.substring(2)));
    }

    private static int sign(String text) {
        return text.charAt(0) == '-' ? -1 : 1;
    }

    /**
     * Applies am/pm or a Vietnamese part of day to a printed hour: "3:30 chieu" is 15:30, "12:10 am" is 00:10,
     * "1 gio trua" is 13:00, "10 gio dem" is 22:00 but "2 gio dem" is 02:00. Hours already past 12 are left alone.
     */
    private static int withPartOfDay(int hour, String part) {
        if (part == null || hour > 12) {
            return hour;
        }
        if (part.startsWith("a") || part.equals("sa")) {
            return hour == 12 ? 0 : hour;
        }
        if (part.startsWith("p") || part.equals("ch") || part.equals("chieu") || part.equals("toi")) {
            return hour < 12 ? hour + 12 : hour;
        }
        if (part.equals("trua")) {
            return hour < 11 ? hour + 12 : hour;
        }
        if (part.equals("dem")) {
            return hour >= 6 && hour < 12 ? hour + 12 : hour % 12;
        }
        return hour; // sang: morning
    }
}
