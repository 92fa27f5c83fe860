package vn.presswatch.crawler.date;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar date (day, month, year) in a folded, lower-case date line. Day-first for every numeric
 * d/m/y form: Vietnamese outlets never print month-first, and "05/08/2025" is the 5th of August.
 *
 * <p>All patterns are bounded (no nested quantifiers), so matching a 500-character line stays cheap.
 */
final class CalendarDates {

    private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";

    /** 2025-08-18, 2025/08/18, optionally with an ISO-8601 time and offset glued on: 2025-08-18t10:30:00+07:00. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"
                    + "(?:(?:t|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "(z(?![a-z])|[+-]\\d{2}(?::?\\d{2})?(?!\\d))?)?");
    /** 18/8/2025, 18-08-2025, 18.08.2025, 18/08/25: one separator used twice. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
    /** "ngay 18 thang 8 nam 2025", "18 thang 08, 2025", and without the year, "18 thang 8". */
    private static final Pattern VIETNAMESE_WORDS = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?!\\d)(?:\\s*(?:,|/|-|nam)\\s*(\\d{4})(?!\\d))?");
    /** "18 aug 2025", "mon, 18 aug 2025" (RFC 1123/822), "18th of august 2025". */
    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+(\\d{4})(?!\\d)");
    /** "aug 18, 2025", "august 18th 2025". */
    private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile(
            "(?<![a-z])" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    /** "18/8" with no year; only used when nothing better is in the line, since "1/2" may be a fraction. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/.:-])(\\d{1,2})/(\\d{1,2})(?![\\d/:])");

    /** A pattern and how to read its groups; null from the reader means "not a date after all, look on". */
    private record DatePattern(Pattern pattern, Function<Matcher, DateMatch> reader) {
    }

    /** Tried together; the match that starts first wins, ties go to the earlier pattern. */
    private static final List<DatePattern> WITH_YEAR = List.of(
            new DatePattern(YEAR_FIRST, CalendarDates::yearFirst),
            new DatePattern(DAY_MONTH_YEAR, CalendarDates::dayMonthYear),
            new DatePattern(VIETNAMESE_WORDS, CalendarDates::vietnameseWords),
            new DatePattern(ENGLISH_DAY_FIRST, CalendarDates::englishDayFirst),
            new DatePattern(ENGLISH_MONTH_FIRST, CalendarDates::englishMonthFirst));

    private CalendarDates() {
    }

    /** The first date with a year in {@code folded}, if any. */
    static Optional<DateMatch> findWithYear(String folded) {
        DateMatch best = null;
        for (DatePattern datePattern : WITH_YEAR) {
            Matcher m = datePattern.pattern().matcher(folded);
            while (m.find()) {
                DateMatch candidate = datePattern.reader().apply(m);
                if (candidate != null && candidate.hasYear()) {
                    if (best == null || candidate.start() < best.start()) {
                        best = candidate;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first day and month printed without a year ("18/8", "18 thang 8"), if any. */
    static Optional<DateMatch> findWithoutYear(String folded) {
        Matcher words = VIETNAMESE_WORDS.matcher(folded);
        if (words.find()) {
            return Optional.of(vietnameseWords(words));
        }
        Matcher m = DAY_MONTH.matcher(folded);
        if (m.find()) {
            return Optional.of(new DateMatch(m.start(), m.end(), DateMatch.NO_YEAR,
                    number(m, 2), number(m, 1), null, null));
        }
        return Optional.empty();
    }

    private static DateMatch yearFirst(Matcher m) {
        LocalTime time = null;
        if (m.group(5) != null) {
            int second = m.group(7) == null ? 0 : number(m, 7);
            time = ClockTimes.timeOrNull(number(m, 5), number(m, 6), second);
        }
        return new DateMatch(m.start(), m.end(), number(m, 1), number(m, 3), number(m, 4),
                time, offset(m.group(8)));
    }

    private static DateMatch dayMonthYear(Matcher m) {
        String year = m.group(4);
        // Two-digit years only in the slash form ("18/08/25"): "10.30.15" or "1-2-15" are too likely something else.
        if (year.length() == 2 && !"/".equals(m.group(2))) {
            return null;
        }
        int y = Integer.parseInt(year);
        // "18/08/99" is 1999: a two-digit year past 50 is last century, the rest this one.
        int fullYear = year.length() == 4 ? y : (y > 50 ? 1900 + y : 2000 + y);
        return new DateMatch(m.start(), m.end(), fullYear,
                number(m, 3), number(m, 1), null, null);
    }

    private static DateMatch vietnameseWords(Matcher m) {
        int year = m.group(3) == null ? DateMatch.NO_YEAR : number(m, 3);
        return new DateMatch(m.start(), m.end(), year, number(m, 2), number(m, 1), null, null);
    }

    private static DateMatch englishDayFirst(Matcher m) {
        return new DateMatch(m.start(), m.end(), number(m, 3), monthNumber(m.group(2)), number(m, 1), null, null);
    }

    private static DateMatch englishMonthFirst(Matcher m) {
        return new DateMatch(m.start(), m.end(), number(m, 3), monthNumber(m.group(1)), number(m, 2), null, null);
    }

    private static int monthNumber(String name) {
        return switch (name.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    /** "z", "+07", "+0700", "+07:00"; null when absent or out of range. */
    private static ZoneOffset offset(String text) {
        if (text == null) {
            return null;
        }
        if ("z".equals(text)) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return ClockTimes.offsetOrNull(text.charAt(0) == '-' ? -1 : 1, hours, minutes);
    }

    /** Groups are at most four ASCII digits by construction, so this cannot overflow or fail. */
    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
