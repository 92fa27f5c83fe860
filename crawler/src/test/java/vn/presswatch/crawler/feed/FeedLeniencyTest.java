package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.crawler.feed.Fixtures.NOW;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The mistakes real feeds make, one fixture each; the parser repairs or works around them and says so. */
class FeedLeniencyTest {

    @Test
    void undeclaredHtmlEntitiesBareAmpersandsAndControlCharactersAreRepaired() throws Exception {
        ParsedFeed feed = Fixtures.parse("bad-entities.rss");

        assertThat(feed.title()).isEqualTo("Tin nhanh Hải Phòng");
        assertThat(feed.items()).hasSize(2);
        FeedItem gold = feed.items().get(0);
        assertThat(gold.title()).isEqualTo("Giá vàng & bạc hôm nay tăng mạnh…");
        assertThat(gold.url()).isEqualTo("https://tinnhanh-haiphong.example/kinh-te/gia-vang-bac.html?id=1&src=rss");
        assertThat(gold.summary()).isEqualTo("Giá vàng SJC lên 120 triệu đồng/lượng; lãi suất <5% khiến nhà đầu tư… chờ đợi.");
        assertThat(feed.items().get(1).title()).as("vertical tab became a space, other control characters dropped")
                .isEqualTo("Cảng Lạch Huyện đón tàu 200.000 tấn");
        assertThat(feed.warnings()).singleElement().asString()
                .startsWith("feed repaired:")
                .contains("&nbsp;", "&hellip;", "bare '&'", "bare '<'", "control characters");
    }

    @Test
    void cdataSectionsAreLeftAsTheyAre() throws Exception {
        ParsedFeed feed = Fixtures.parse("bad-entities.rss");

        // "&nbsp; & <b>đậm</b>" inside CDATA is HTML text, decoded by the HTML-to-text step, not by the XML repair.
        assertThat(feed.items().get(1).summary()).isEqualTo("CDATA stays as it is: & đậm");
    }

    @Test
    void aWellFormedFeedIsNeverRepaired() throws Exception {
        ParsedFeed feed = Fixtures.parseText(Fixtures.rss("<item><title><![CDATA[A &nbsp; & B]]></title>"
                + "<link>https://thu.example/a.html?x=1&amp;y=2</link></item>"));

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.items().get(0).url()).isEqualTo("https://thu.example/a.html?x=1&y=2");
        assertThat(feed.items().get(0).title()).isEqualTo("A & B");
    }

    @Test
    void byteOrderMarkAndBlankLinesBeforeTheXmlDeclaration() throws Exception {
        assertThat(Fixtures.bytes("bom-leading-whitespace.rss")).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) '\r');

        ParsedFeed feed = Fixtures.parse("bom-leading-whitespace.rss");

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.title()).isEqualTo("Cổng thông tin điện tử xã Thủy Nguyên");
        assertThat(feed.items()).singleElement().extracting(FeedItem::title)
                .isEqualTo("Thông báo lịch tiếp công dân tháng 8");
    }

    @Test
    void phpNoticePrintedBeforeTheFeedIsCutOff() throws Exception {
        ParsedFeed feed = Fixtures.parse("junk-before-xml.rss");

        assertThat(feed.title()).isEqualTo("Báo Ninh Bình điện tử");
        assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo("Tràng An đón 1,5 triệu lượt khách");
        assertThat(feed.warnings()).singleElement().asString().contains("junk before the XML");
    }

    @Test
    void repeatedXmlDeclarationIsDropped() throws Exception {
        String feed = Fixtures.rss("<item><title>A</title><link>https://thu.example/a.html</link></item>")
                .replace("<channel>", "<channel><?xml version=\"1.0\" encoding=\"UTF-8\"?>");

        ParsedFeed parsed = Fixtures.parseText(feed);

        assertThat(parsed.items()).hasSize(1);
        assertThat(parsed.warnings()).singleElement().asString().contains("misplaced XML declaration");
    }

    @Test
    void htmlInTitlesAndDescriptionsBecomesPlainText() throws Exception {
        ParsedFeed feed = Fixtures.parse("html-in-titles.rss");

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.title()).isEqualTo("Tin tức Đối ngoại");
        FeedItem storm = feed.items().get(0);
        assertThat(storm.title()).isEqualTo("Nóng: Bão số 3 & mưa lớn ở Hải Phòng");
        assertThat(storm.summary()).as("tags, script code and &nbsp; gone")
                .isEqualTo("Lực lượng biên phòng kêu gọi 2.300 tàu cá vào nơi tránh trú. Đoạn hai.");
        FeedItem incheon = feed.items().get(1);
        assertThat(incheon.title()).as("escaped tags and double-escaped quotes")
                .isEqualTo("Hải Phòng đón đoàn đại biểu \"thành phố kết nghĩa\" Incheon");
        assertThat(incheon.summary()).isEqualTo("Đoàn đại biểu Incheon thăm và làm việc tại thành phố.");
        assertThat(incheon.author()).as("name from 'email (Name)'").isEqualTo("Phóng viên Thu Trang");
    }

    static Stream<Arguments> relativeLinks() {
        return Stream.of(
                Arguments.of("Đường dẫn tuyệt đối theo gốc", "https://lechan.example/tin-tuc/duong-dan-goc.html"),
                Arguments.of("Đường dẫn tương đối", "https://lechan.example/rss/tin-tuc/duong-dan-tuong-doi.html"),
                Arguments.of("Thư mục cha", "https://lechan.example/tin-cu/thu-muc-cha.html"),
                Arguments.of("Không có giao thức", "https://cdn.lechan.example/tin-tuc/khong-giao-thuc.html"),
                Arguments.of("Có khoảng trắng", "https://lechan.example/tin-tuc/co%20khoang%20trang.html"),
                Arguments.of("Dấu phần trăm lạc", "https://lechan.example/tin-tuc/giam-50%25-phi.html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("relativeLinks")
    void relativeLinksAreResolvedAgainstTheFeedUrl(String title, String expectedUrl) throws Exception {
        ParsedFeed feed = new FeedParser().parse(Fixtures.bytes("relative-links.rss"), null,
                "https://lechan.example/rss/tin-moi.rss", NOW);

        assertThat(byTitle(feed)).containsEntry(title, expectedUrl);
        assertThat(feed.link()).isEqualTo("https://lechan.example/");
    }

    @Test
    void itemWithAJavascriptLinkIsSkippedWithAWarning() throws Exception {
        ParsedFeed feed = Fixtures.parse("relative-links.rss");

        assertThat(feed.items()).hasSize(6).noneMatch(i -> i.title().equals("Javascript"));
        assertThat(feed.warnings()).anyMatch(w -> w.contains("item 7 ('Javascript') skipped") && w.contains("javascript:void(0)"));
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("https://ngaygio.example/1.html", "2025-08-18T03:30:00Z"), // RFC 822 with offset (Rome)
                Arguments.of("https://ngaygio.example/2.html", "2025-08-18T03:30:00Z"), // 18/08/2025 10:30, Vietnam time
                Arguments.of("https://ngaygio.example/3.html", "2025-08-18T03:30:00Z"), // Thứ Hai, 18/8/2025, 10:30 (GMT+7)
                Arguments.of("https://ngaygio.example/4.html", "2025-08-17T17:00:00Z"), // 18-08-2025: Rome says 24 AD
                Arguments.of("https://ngaygio.example/5.html", null),                   // "chưa rõ"
                Arguments.of("https://ngaygio.example/6.html", null),                   // no date at all
                Arguments.of("https://ngaygio.example/7.html", "2025-08-18T03:30:00Z"), // dc:date
                Arguments.of("https://ngaygio.example/8.html", "2025-08-18T03:30:00Z"), // ISO without offset: Vietnam time
                Arguments.of("https://ngaygio.example/9.html", "2025-08-18T03:30:00Z")); // RFC 822 without zone
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dates")
    void missingAndMalformedDates(String url, String expected) throws Exception {
        Map<String, FeedItem> items = Fixtures.parse("dates.rss").items().stream()
                .collect(Collectors.toMap(FeedItem::url, Function.identity()));

        assertThat(items).containsKey(url);
        assertThat(items.get(url).published()).isEqualTo(expected == null ? null : Instant.parse(expected));
    }

    @Test
    void anUnreadableDateIsReportedOncePerFeedAndAMissingOneNotAtAll() throws Exception {
        ParsedFeed feed = Fixtures.parse("dates.rss");

        assertThat(feed.items()).hasSize(9);
        assertThat(feed.warnings()).containsExactly(
                "1 items have a date that could not be read (e.g. 'chưa rõ'); published left empty");
    }

    @Test
    void aDateInTheFutureIsNotTrusted() throws Exception {
        ParsedFeed feed = Fixtures.parseText(Fixtures.rss(
                "<item><title>A</title><link>https://thu.example/a.html</link><pubDate>Mon, 01 Jan 2029 08:00:00 +0700</pubDate></item>"));

        assertThat(feed.items().get(0).published()).isNull();
        assertThat(feed.warnings()).anyMatch(w -> w.contains("could not be read"));
    }

    @Test
    void duplicateLinksKeepTheFirstItemAndDuplicateGuidsAreReported() throws Exception {
        ParsedFeed feed = Fixtures.parse("duplicates.rss");

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Bài gốc", "Bài B", "Bài C cùng guid với B");
        assertThat(feed.warnings())
                .contains("duplicate link, later item dropped: https://trunglap.example/bai-a.html")
                .anyMatch(w -> w.startsWith("guid '0' is used by items with different links"));
    }

    @Test
    void theItemKeyIsTheLinkEvenWhenTheGuidChangesWithTheHeadline() throws Exception {
        FeedItem before = Fixtures.parse("changing-guid-1.rss").items().get(0);
        FeedItem after = Fixtures.parse("changing-guid-2.rss").items().get(0);

        assertThat(before.guid()).isNotEqualTo(after.guid());
        assertThat(before.title()).isNotEqualTo(after.title());
        assertThat(after.key()).isEqualTo(before.key()).isEqualTo("https://dulich-hp.example/tin/88123.html");
    }

    @Test
    void aGuidThatIsAUrlStandsInForAMissingLink() throws Exception {
        ParsedFeed feed = Fixtures.parse("guid-only.rss");

        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://chiguid.example/tin/guid-la-url.html",
                "https://chiguid.example/tin/guid-khong-permalink.html");
        // Rome copies a guid like "12345" into the link; it must not become https://feeds.example.vn/rss/12345.
        assertThat(feed.warnings()).anyMatch(w -> w.startsWith("item 3 ('Guid là số') skipped: no usable link"));
    }

    @Test
    void rss091WithNetscapeDoctypeIsReadWithoutFetchingTheDtd() throws Exception {
        ParsedFeed feed = Fixtures.parse("netscape-0.91.rss");

        assertThat(feed.title()).isEqualTo("Tạp chí cũ");
        assertThat(feed.items()).singleElement().extracting(FeedItem::url)
                .isEqualTo("https://tapchicu.example/2003/bai-viet.html");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("removed the DOCTYPE"));
    }

    private static Map<String, String> byTitle(ParsedFeed feed) {
        return feed.items().stream().collect(Collectors.toMap(FeedItem::title, FeedItem::url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated-mid-item.rss", "truncated-in-cdata.rss"})
    void aTruncatedFeedKeepsTheItemsBeforeTheCut(String file) throws Exception {
        ParsedFeed feed = Fixtures.parse(file);

        assertThat(feed.title()).isEqualTo("Thời sự - VnExpress RSS");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.url()).isEqualTo("https://vnexpress.example/hai-phong-khoi-cong-cau-vuot-bien-4921001.html");
            assertThat(item.title()).isEqualTo("Hải Phòng khởi công cầu vượt biển Đình Vũ - Cát Hải mở rộng");
            assertThat(item.published()).isEqualTo(Instant.parse("2025-08-20T01:30:00Z"));
        });
        assertThat(feed.warnings()).singleElement().asString()
                .startsWith("feed read leniently, closing the elements left open; the XML parser said: XML ends too early")
                .endsWith("; dropped 1 item(s) cut off before their end");
    }

    @Test
    void unclosedHtmlTagsAndAMissingEndOfChannelAreClosed() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n"
                + "<title>Báo Thử - Tin nóng</title><link>https://thu.example/</link>\n"
                + "<description>Tin tức <b>mới nhất</description>\n"
                + "<item><title>Cảng Lạch Huyện đón tàu lớn</title><link>https://thu.example/cang.html</link>\n"
                + "<description><p>Tàu 200.000 tấn cập cảng.<br></description></item>\n"
                + "<item><title>Lễ hội hoa phượng đỏ</title><link>https://thu.example/le-hoi.html</link>\n"
                + "<description>Khai mạc <i>tối nay</description></item>\n";

        ParsedFeed feed = Fixtures.parseText(xml);

        assertThat(feed.title()).isEqualTo("Báo Thử - Tin nóng");
        assertThat(feed.items()).extracting(FeedItem::url)
                .containsExactly("https://thu.example/cang.html", "https://thu.example/le-hoi.html");
        assertThat(feed.items()).extracting(FeedItem::summary)
                .containsExactly("Tàu 200.000 tấn cập cảng.", "Khai mạc tối nay");
        assertThat(feed.warnings()).singleElement().asString()
                .startsWith("feed read leniently, closing the elements left open; the XML parser said: XML broken at line 5")
                .doesNotContain("dropped");
    }

    @Test
    void wordsInsideRawHtmlInTitlesAreKept() throws Exception {
        ParsedFeed feed = Fixtures.parseText("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title><b>Báo</b> Thử</title><link>https://thu.example/</link>"
                + "<item><title><b>Nóng:</b> Bão số 3 vào <i>Hải Phòng</i></title><link>https://thu.example/bao.html</link>"
                + "<description><p>Đoạn <strong>một</strong>.</p><p>Đoạn hai.</p></description>"
                + "<media:title xmlns:media=\"http://search.yahoo.com/mrss/\">Ảnh bão</media:title></item>"
                + "</channel></rss>");

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.title()).isEqualTo("Báo Thử");
        assertThat(feed.items().get(0).title()).isEqualTo("Nóng: Bão số 3 vào Hải Phòng");
        assertThat(feed.items().get(0).summary()).isEqualTo("Đoạn một. Đoạn hai.");
    }
}
