package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.presswatch.crawler.feed.Fixtures.NOW;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feeds shaped like the outlets an office watches; each fixture is described in resources/feed/README.md. */
class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void vnexpressStyleRssWithCdataAndImagesInDescriptions() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("vnexpress-style.rss"), "UTF-8",
                "https://vnexpress.example/rss/thoi-su.rss", NOW);

        assertThat(feed.title()).isEqualTo("Thời sự - VnExpress RSS");
        assertThat(feed.link()).isEqualTo("https://vnexpress.example/rss/thoi-su.rss");
        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.items()).hasSize(3);
        FeedItem first = feed.items().get(0);
        assertThat(first.url()).isEqualTo("https://vnexpress.example/hai-phong-khoi-cong-cau-vuot-bien-4921001.html");
        assertThat(first.guid()).isEqualTo(first.url());
        assertThat(first.title()).isEqualTo("Hải Phòng khởi công cầu vượt biển Đình Vũ - Cát Hải mở rộng");
        assertThat(first.summary())
                .startsWith("Dự án dài 5,4 km")
                .doesNotContain("<", "img", "href");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-08-20T01:30:00Z"));
        assertThat(feed.items()).extracting(FeedItem::title)
                .contains("Ngư dân Quảng Ngãi được cứu sau 3 ngày trôi dạt gần Hoàng Sa");
    }

    @Test
    void baoHaiPhongStyleRssWithRelativeLinksAndVietnameseDates() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("baohaiphong-style.rss"), null,
                "https://baohaiphong.example/rss/chinh-tri.rss", NOW);

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.link()).isEqualTo("https://baohaiphong.example/chinh-tri");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://baohaiphong.example/chinh-tri/hoi-nghi-xuc-tien-dau-tu-vao-cac-khu-cong-nghiep-nam-2025-725001.html",
                "https://baohaiphong.example/van-hoa/le-hoi-hoa-phuong-do-thu-hut-hon-200000-luot-khach-724990.html",
                "https://baohaiphong.example/nong-thon/xa-tien-lang-ve-dich-nong-thon-moi-kieu-mau-724985.html");
        // "18/08/2025 10:30" carries no offset: it is Vietnam time (UTC+7).
        assertThat(feed.items()).extracting(FeedItem::published).containsExactly(
                Instant.parse("2025-08-18T03:30:00Z"),
                Instant.parse("2025-08-17T14:05:12Z"),
                Instant.parse("2025-08-18T00:15:00Z"));
        assertThat(feed.items().get(0).summary())
                .isEqualTo("Thành phố trao chứng nhận đầu tư cho 12 dự án FDI với tổng vốn 1,2 tỷ USD.");
        assertThat(feed.items().get(1).summary()).doesNotContain("<p>");
    }

    @Test
    void atomFromAForeignVietnameseServiceWithXmlBase() throws Exception {
        ParsedFeed feed = parser.parse(Fixtures.bytes("foreign-vietnamese.atom"), null,
                "https://feeds.bbc.example/vietnamese/rss.xml", NOW);

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.title()).isEqualTo("BBC News Tiếng Việt");
        // The rel="alternate" link, not Rome's choice (the rel="self" feed address).
        assertThat(feed.link()).isEqualTo("https://www.bbc.example/vietnamese/");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://www.bbc.example/vietnamese/articles/c9x1y2z3",
                "https://www.bbc.example/vietnamese/features/c7a8b9",
                "https://www.bbc.example/vietnamese/articles/c1d2e3");
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Việt Nam và Philippines bàn về Bộ quy tắc ứng xử ở Biển Đông");
        assertThat(first.guid()).isEqualTo("urn:bbc:vietnamese:c9x1y2z3");
        assertThat(first.published()).as("published wins over updated").isEqualTo(Instant.parse("2025-08-20T01:30:00Z"));
        assertThat(first.author()).isEqualTo("Ban Tiếng Việt");
        assertThat(first.summary()).startsWith("Hai nước nhất trí").doesNotContain("<p>");
        FeedItem second = feed.items().get(1);
        assertThat(second.published()).as("updated when there is no published").isEqualTo(Instant.parse("2025-08-19T03:00:00Z"));
        assertThat(second.summary()).as("content when there is no summary").startsWith("Các khu công nghiệp ven biển");
        assertThat(feed.items().get(2).title()).isEqualTo("Phỏng vấn: tự do tôn giáo và đối thoại nhân quyền");
        assertThat(feed.items().get(2).published()).isEqualTo(Instant.parse("2025-08-18T14:45:00Z"));
    }

    @Test
    void englishRss10Feed() throws Exception {
        ParsedFeed feed = Fixtures.parse("english.rdf");

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.title()).isEqualTo("Viet Nam News - Society");
        assertThat(feed.link()).isEqualTo("https://vietnamnews.example/society");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("Hai Phong breaks ground on Lach Huyen port terminals 9 & 10");
        assertThat(first.author()).isEqualTo("Thu Ha");
        assertThat(first.published()).isEqualTo(Instant.parse("2025-08-19T09:20:00Z"));
        assertThat(first.guid()).as("rdf:about").isEqualTo(first.url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vnexpress-style.rss", "baohaiphong-style.rss", "foreign-vietnamese.atom", "english.rdf"})
    void cleanFeedsParseWithoutWarningsAndEveryItemHasTitleAndDate(String fixture) throws Exception {
        ParsedFeed feed = Fixtures.parse(fixture);

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.url()).startsWith("https://");
            assertThat(item.title()).isNotBlank();
            assertThat(item.published()).isNotNull().isBefore(NOW.toInstant());
        });
    }

    @Test
    void textIsNfcNormalised() throws Exception {
        String decomposed = Normalizer.normalize("Hải Phòng đổi mới", Normalizer.Form.NFD);
        ParsedFeed feed = Fixtures.parseText(Fixtures.rss(
                "<item><title>" + decomposed + "</title><link>https://thu.example/a.html</link></item>"));

        assertThat(feed.items().get(0).title()).isEqualTo("Hải Phòng đổi mới")
                .isEqualTo(Normalizer.normalize("Hải Phòng đổi mới", Normalizer.Form.NFC));
    }

    @Test
    void keepsAtMostMaxItemsInFeedOrderCountingOnlyUniqueItems() throws Exception {
        StringBuilder items = new StringBuilder();
        items.append("<item><title>Tin 1 (trùng)</title><link>https://thu.example/1.html</link></item>\n");
        IntStream.rangeClosed(1, 39).forEach(i ->
                items.append("<item><title>Tin ").append(i).append("</title><link>https://thu.example/").append(i)
                        .append(".html</link></item>\n"));
        FeedParser small = new FeedParser(new FeedParser.Settings(25, 1_000_000));

        ParsedFeed feed = small.parse(Fixtures.rss(items.toString()).getBytes(StandardCharsets.UTF_8), null,
                Fixtures.FEED_URL, NOW);

        assertThat(feed.items()).hasSize(25);
        assertThat(feed.items().get(0).title()).isEqualTo("Tin 1 (trùng)");
        assertThat(feed.items().get(24).url()).isEqualTo("https://thu.example/25.html");
        assertThat(feed.warnings()).containsExactly("duplicate link, later item dropped: https://thu.example/1.html",
                "the feed has 40 entries; only the first 25 items were kept");
    }

    @Test
    void settingsDefaultsAndValidation() {
        assertThat(FeedParser.Settings.defaults().maxItems()).isEqualTo(500);
        assertThat(FeedParser.Settings.defaults().maxBytes()).isEqualTo(10 * 1024 * 1024);
        assertThatThrownBy(() -> new FeedParser.Settings(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedParser.Settings(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAFeedUrlThatCannotBeABase() {
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("english.rdf"), null, "/relative/feed.rss", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feedUrl");
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<String> fixtures = List.of("vnexpress-style.rss", "baohaiphong-style.rss", "foreign-vietnamese.atom",
                "english.rdf", "bad-entities.rss", "dates.rss");
        List<ParsedFeed> expected = new ArrayList<>();
        for (String fixture : fixtures) {
            expected.add(parser.parse(Fixtures.bytes(fixture), null, Fixtures.FEED_URL, NOW));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ParsedFeed>> results = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String fixture : fixtures) {
                    results.add(pool.submit(() -> parser.parse(Fixtures.bytes(fixture), null, Fixtures.FEED_URL, NOW)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % fixtures.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
