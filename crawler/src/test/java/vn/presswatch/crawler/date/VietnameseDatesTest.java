package vn.presswatch.crawler.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    /** Wednesday 20 August 2025, 09:00 in Hà Nội. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2025, 8, 20, 9, 0, 0, 0, VietnameseDates.VIETNAM);

    static Stream<Arguments> dateLines() {
        return Stream.of(
                // VnExpress, Tuổi Trẻ, Dân trí, Báo Hải Phòng and friends
                Arguments.of("Thứ Hai, 18/8/2025, 10:30 (GMT+7)", "2025-08-18T10:30+07:00"),
                Arguments.of("Thứ hai, 18/08/2025 - 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("18/08/2025 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("10:30 18/8/2025", "2025-08-18T10:30+07:00"),
                Arguments.of("18-08-2025 10:30:15", "2025-08-18T10:30:15+07:00"),
                Arguments.of("18.08.2025 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("Cập nhật: 18/08/2025 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("Cập nhật lúc 10:30 ngày 18/8/2025", "2025-08-18T10:30+07:00"),
                Arguments.of("Ngày 18 tháng 8 năm 2025", "2025-08-18T00:00+07:00"),
                Arguments.of("18 tháng 08, 2025 | 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("Thứ Năm, ngày 14 tháng 8 năm 2025 - 16:45", "2025-08-14T16:45+07:00"),
                Arguments.of("18h30 ngày 18/8/2025", "2025-08-18T18:30+07:00"),
                Arguments.of("10 giờ 30 phút ngày 18/8/2025", "2025-08-18T10:30+07:00"),
                Arguments.of("3:30 chiều 18/8/2025", "2025-08-18T15:30+07:00"),
                Arguments.of("18/08/25 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("18/08/99", "1999-08-18T00:00+07:00"),
                Arguments.of("18/08/2025 10:30 CH", "2025-08-18T22:30+07:00"),
                Arguments.of("18/08/2025 09:15 SA", "2025-08-18T09:15+07:00"),
                Arguments.of("8 giờ tối ngày 18/8/2025", "2025-08-18T20:00+07:00"),
                Arguments.of("Lúc 18h ngày 18/8/2025", "2025-08-18T18:00+07:00"),
                Arguments.of("Tin tức 24h - 18/08/2025 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("Thứ Hai,18/8/2025,10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("18/8/2025-10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("Đăng 17/8/2025 09:00 | Cập nhật 18/8/2025 10:30", "2025-08-17T09:00+07:00"),
                // relative
                Arguments.of("2 giờ trước", "2025-08-20T07:00+07:00"),
                Arguments.of("30 phút trước", "2025-08-20T08:30+07:00"),
                Arguments.of("3 ngày trước", "2025-08-17T09:00+07:00"),
                Arguments.of("1 tuần trước", "2025-08-13T09:00+07:00"),
                Arguments.of("hôm qua 10:30", "2025-08-19T10:30+07:00"),
                Arguments.of("Hôm nay, 07:15", "2025-08-20T07:15+07:00"),
                Arguments.of("vừa xong", "2025-08-20T09:00+07:00"),
                Arguments.of("5 hours ago", "2025-08-20T04:00+07:00"),
                Arguments.of("yesterday", "2025-08-19T09:00+07:00"),
                // without a year: the most recent such date not after now
                Arguments.of("18/8", "2025-08-18T00:00+07:00"),
                Arguments.of("18/8 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("25/12", "2024-12-25T00:00+07:00"),
                Arguments.of("20/8", "2025-08-20T00:00+07:00"),
                Arguments.of("29/2", "2024-02-29T00:00+07:00"),
                Arguments.of("18 tháng 8", "2025-08-18T00:00+07:00"),
                // ISO-8601
                Arguments.of("2025-08-18T10:30:00+07:00", "2025-08-18T10:30+07:00"),
                Arguments.of("2025-08-18T10:30:00.123+0700", "2025-08-18T10:30+07:00"),
                Arguments.of("2025-08-18T03:30:00Z", "2025-08-18T03:30Z"),
                Arguments.of("2025-08-18T10:30:00", "2025-08-18T10:30+07:00"),
                Arguments.of("2025-08-18 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("2025-08-18", "2025-08-18T00:00+07:00"),
                Arguments.of("2025/08/18 10:30", "2025-08-18T10:30+07:00"),
                // RFC 1123 / 822
                Arguments.of("Mon, 18 Aug 2025 03:30:00 GMT", "2025-08-18T03:30Z"),
                Arguments.of("Mon, 18 Aug 2025 10:30:00 +0700", "2025-08-18T10:30+07:00"),
                Arguments.of("Sun, 17 Aug 2025 22:30:00 -0500", "2025-08-17T22:30-05:00"),
                // English-language outlets
                Arguments.of("Aug 18, 2025, 10:30 AM", "2025-08-18T10:30+07:00"),
                Arguments.of("August 18, 2025 3:30 PM", "2025-08-18T15:30+07:00"),
                Arguments.of("Aug 18, 2025 12:05 am", "2025-08-18T00:05+07:00"),
                Arguments.of("18 August 2025", "2025-08-18T00:00+07:00"),
                Arguments.of("Published: 18th of August 2025, 10:30", "2025-08-18T10:30+07:00"),
                // offsets
                Arguments.of("18/8/2025 10:30 (GMT+07:00)", "2025-08-18T10:30+07:00"),
                Arguments.of("18/8/2025 10:30 UTC+7", "2025-08-18T10:30+07:00"),
                Arguments.of("18/8/2025 03:30 GMT", "2025-08-18T03:30Z"),
                Arguments.of("Aug 18, 2025 10:30 ICT", "2025-08-18T10:30+07:00"),
                Arguments.of("18/8/2025 10:30 GMT+9", "2025-08-18T10:30+09:00"),
                // no diacritics, upper case
                Arguments.of("Thu Hai, 18/8/2025, 10:30 (GMT+7)", "2025-08-18T10:30+07:00"),
                Arguments.of("Cap nhat luc 10:30 ngay 18/8/2025", "2025-08-18T10:30+07:00"),
                Arguments.of("Ngay 18 thang 8 nam 2025", "2025-08-18T00:00+07:00"),
                Arguments.of("2 gio truoc", "2025-08-20T07:00+07:00"),
                Arguments.of("hom qua 10:30", "2025-08-19T10:30+07:00"),
                Arguments.of("vua xong", "2025-08-20T09:00+07:00"),
                Arguments.of("CẬP NHẬT: 18/08/2025 10:30", "2025-08-18T10:30+07:00"),
                Arguments.of("  \n\t18/08/2025\u00a010:30  ", "2025-08-18T10:30+07:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateLines")
    void parsesDateLine(String line, String expected) {
        assertThat(VietnameseDates.parse(line, NOW)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "NFD {0}")
    @MethodSource("dateLines")
    void parsesDateLineInNfd(String line, String expected) {
        String nfd = Normalizer.normalize(line, Normalizer.Form.NFD);
        assertThat(VietnameseDates.parse(nfd, NOW)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ", "không có ngày tháng", "Thứ Hai", "abc", "tomorrow", "99:99", "10:30",
            "32/13/2025", "31/4/2025", "29/2/2025", "0/8/2025", "18/0/2025", "2025-13-45", "2025-02-30T10:00:00Z",
            "32 tháng 13 năm 2025", "Feb 30, 2025", "18/8/1850",
            "18/8/2026", "21/08/2025 09:01", "2025-08-22T00:00:00+07:00", "32/13"})
    void rejectsNonDatesImpossibleDatesAndFarFuture(String text) {
        assertThat(VietnameseDates.parse(text, NOW)).isEmpty();
    }

    @Test
    void acceptsUpToOneDayAhead() {
        // Sites stamp the next morning's print edition; a day of tolerance keeps those.
        assertThat(VietnameseDates.parse("21/08/2025 08:59", NOW)).contains(OffsetDateTime.parse("2025-08-21T08:59+07:00"));
    }

    @Test
    void invalidTimeIsIgnoredNotInvented() {
        assertThat(VietnameseDates.parse("18/08/2025 25:99", NOW)).contains(OffsetDateTime.parse("2025-08-18T00:00+07:00"));
    }

    @Test
    void relativeTimesUseVietnameseCalendarWhateverTheZoneOfNow() {
        // 20:00 UTC on the 19th is already 03:00 on the 20th in Vietnam, so "hôm qua" is the 19th there.
        ZonedDateTime utcNow = ZonedDateTime.parse("2025-08-19T20:00:00Z");
        assertThat(VietnameseDates.parse("hôm qua 10:30", utcNow)).contains(OffsetDateTime.parse("2025-08-19T10:30+07:00"));
    }

    @Test
    void readsOnlyTheFirst500Characters() {
        String padding = "x".repeat(VietnameseDates.MAX_CHARS);
        assertThat(VietnameseDates.parse(padding + " 18/08/2025 10:30", NOW)).isEmpty();
        assertThat(VietnameseDates.parse("18/08/2025 10:30 " + "x".repeat(5_000_000), NOW))
                .contains(OffsetDateTime.parse("2025-08-18T10:30+07:00"));
    }

    @Test
    void oneArgumentFormUsesCurrentTime() {
        assertThat(VietnameseDates.parse("vừa xong")).isPresent();
        assertThat(VietnameseDates.parse("Thứ Hai, 18/8/2025, 10:30 (GMT+7)"))
                .contains(OffsetDateTime.parse("2025-08-18T10:30+07:00"));
    }

    @Test
    void neverThrowsOnRandomText() {
        String[] pieces = {"0", "1", "2", "9", "12", "31", "2025", "/", "-", ".", ":", "+", " ", ",", "t", "z", "h",
                "gmt", "utc", "ict", "am", "pm", "thang", "tháng", "năm", "ngày", "giờ", "trước", "hôm qua", "vừa xong",
                "aug", "may", "of", "st", "\u0301", "\u0323", "đ", "Ư", "\uD83D\uDE00", "\uD83D", "\n", "(", ")", "|",
                "9999", "99999999999999999999", "chiều", "đêm", "ago", "days", "phút", "+0700", "+07:00", "-14", "T"};
        Random random = new Random(20250818);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x3000) : pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            assertThatCode(() -> VietnameseDates.parse(input, NOW).ifPresent(t ->
                    assertThat(t).isBeforeOrEqualTo(NOW.toOffsetDateTime().plusDays(1))))
                    .as(input).doesNotThrowAnyException();
        }
    }
}
