package vn.presswatch.crawler.date;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative times as listing pages and comment widgets print them: "2 gio truoc" (2 giờ trước), "hom qua 10:30"
 * (hôm qua), "vua xong" (vừa xong), "3 days ago". Works on folded, lower-case text, against a "now" in
 * Vietnam's zone, because "hôm qua" means yesterday on the Vietnamese calendar whatever the server's zone.
 */
final class RelativeDates {

    /** "mot" is một (one); Vietnamese outlets print every other count in digits. */
    private static final Pattern AGO = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,4}|mot|an?)\\s*(giay|phut|gio|tieng|ngay|tuan|thang|nam"
                    + "|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s*(?:truoc|ago)(?![a-z])");
    private static final Pattern DAY_WORD = Pattern.compile(
            "(?<![a-z])(hom nay|hom qua|hom kia|today|yesterday)(?![a-z])");
    private static final Pattern JUST_NOW = Pattern.compile("(?<![a-z])(?:vua xong|just now)(?![a-z])");

    private RelativeDates() {
    }

    /** The time {@code folded} describes relative to {@code now} (in {@link VietnameseDates#VIETNAM}), if any. */
    static Optional<ZonedDateTime> find(String folded, ZonedDateTime now) {
        Matcher ago = AGO.matcher(folded);
        if (ago.find()) {
            String count = ago.group(1);
            long amount = Character.isDigit(count.charAt(0)) ? Long.parseLong(count) : 1;
            return Optional.of(now.minus(amount, unit(ago.group(2))));
        }
        Matcher day = DAY_WORD.matcher(folded);
        if (day.find()) {
            int daysBack = switch (day.group(1)) {
                case "hom qua", "yesterday" -> 1;
                case "hom kia" -> 2;
                default -> 0;
            };
            String rest = Blanks.blank(folded, day.start(), day.end());
            return Optional.of(ClockTimes.findTime(rest)
                    .map(t -> now.toLocalDate().minusDays(daysBack).atTime(t.time()).atZone(now.getZone()))
                    .orElseGet(() -> now.minusDays(daysBack)));
        }
        return JUST_NOW.matcher(folded).find() ? Optional.of(now) : Optional.empty();
    }

    private static ChronoUnit unit(String word) {
        if (word.equals("giay") || word.startsWith("sec")) {
            return ChronoUnit.SECONDS;
        }
        if (word.equals("phut") || word.startsWith("min")) {
            return ChronoUnit.MINUTES;
        }
        if (word.equals("gio") || word.equals("tieng") || word.startsWith("h")) {
            return ChronoUnit.HOURS;
        }
        if (word.equals("ngay") || word.startsWith("day")) {
            return ChronoUnit.DAYS;
        }
        if (word.equals("tuan") || word.startsWith("week")) {
            return ChronoUnit.WEEKS;
        }
        if (word.equals("thang") || word.startsWith("month")) {
            return ChronoUnit.MONTHS;
        }
        return ChronoUnit.YEARS;
    }
}
