package vn.presswatch.crawler.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.presswatch.store.text.VietnameseFolding;

/** Escaping and the date formats the demo pages and feeds print. */
final class Markup {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** IMF-fixdate (RFC 9110), e.g. "Mon, 18 Aug 2025 03:30:00 GMT". */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** RSS 2.0 (RFC 822 with a four-digit year), e.g. "Mon, 18 Aug 2025 10:30:00 +0700". */
    private static final DateTimeFormatter RSS_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Markup() {
    }

    /** Escapes text for HTML and XML content and attribute values. */
    static String esc(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Wraps text in CDATA, splitting any "]]>" so the section cannot end early. */
    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    static String rssDate(OffsetDateTime time) {
        return RSS_DATE.format(time.atZoneSameInstant(VIETNAM));
    }

    /** ISO 8601 in Vietnam time, e.g. "2025-08-18T10:30:00+07:00". */
    static String iso(OffsetDateTime time) {
        return ISO.format(time.atZoneSameInstant(VIETNAM).toOffsetDateTime());
    }

    /** ISO 8601 in UTC, e.g. "2025-08-18T03:30:00Z", as some foreign outlets print it. */
    static String isoUtc(OffsetDateTime time) {
        return ISO.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The date line of Vietnamese papers: "Thứ Hai, 18/8/2025, 10:30 (GMT+7)". */
    static String vietnameseDateLine(OffsetDateTime time) {
        OffsetDateTime t = time.atZoneSameInstant(VIETNAM).toOffsetDateTime();
        return String.format(Locale.ROOT, "%s, %d/%d/%d, %02d:%02d (GMT+7)", weekday(t.getDayOfWeek()),
                t.getDayOfMonth(), t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute());
    }

    /** The short numeric form government portals print: "18/08/2025 10:30". */
    static String numericDateTime(OffsetDateTime time) {
        OffsetDateTime t = time.atZoneSameInstant(VIETNAM).toOffsetDateTime();
        return String.format(Locale.ROOT, "%02d/%02d/%d %02d:%02d", t.getDayOfMonth(), t.getMonthValue(),
                t.getYear(), t.getHour(), t.getMinute());
    }

    /** "August 18, 2025", as English outlets print a date. */
    static String englishDate(OffsetDateTime time) {
        return DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(time.atZoneSameInstant(VIETNAM));
    }

    static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ Nhật";
        };
    }

    /** A URL slug from a headline: "Hải Phòng đón 3 tỷ USD" becomes "hai-phong-don-3-ty-usd". */
    static String slug(String title) {
        String folded = VietnameseFolding.foldLower(title);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length() && out.length() < 80; i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
