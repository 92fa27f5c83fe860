package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.presswatch.crawler.feed.Fixtures.NOW;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or oversized bodies: no entity expansion, no file or network access, no hang, bounded memory. */
class FeedSafetyTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private final FeedParser parser = new FeedParser();

    @Test
    void billionLaughsEntitiesAreNeverExpanded() {
        ParsedFeed feed = assertTimeoutPreemptively(QUICKLY, () -> Fixtures.parse("billion-laughs.rss"));

        assertThat(feed.title()).isEqualTo("&lol9;");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("&lol9;");
            assertThat(item.summary()).isEqualTo("&lol9;");
        });
        assertThat(feed.warnings()).anyMatch(w -> w.contains("removed the DOCTYPE") && w.contains("&lol9;"));
    }

    @Test
    void billionLaughsWithoutAFeedIsRejectedQuickly() {
        Throwable thrown = assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(() -> Fixtures.parse("broken/lolz-root.xml")));

        assertThat(thrown).isInstanceOf(FeedParseException.class).hasMessageContaining("<lolz>");
    }

    @Test
    void externalDtdAndExternalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.dtd"), "<!ENTITY fromDtd \"SECRET-FROM-DTD\">", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("secret.txt"), "SECRET-FILE-CONTENT", StandardCharsets.UTF_8);
        String xml = Fixtures.text("external-dtd.rss").replace("@DIR@", dir.toAbsolutePath().toString());

        ParsedFeed feed = assertTimeoutPreemptively(QUICKLY, () -> Fixtures.parseText(xml));

        assertThat(feed.toString()).doesNotContain("SECRET");
        assertThat(feed.title()).isEqualTo("XXE &xxe;");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Tin &xxe;");
            assertThat(item.summary()).isEqualTo("&fromDtd;");
        });
        assertThat(feed.warnings()).anyMatch(w -> w.contains("removed the DOCTYPE"));
    }

    @Test
    void theLenientReadingOfABrokenFeedExpandsNoEntityEither(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.dtd"), "<!ENTITY fromDtd \"SECRET-FROM-DTD\">", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("secret.txt"), "SECRET-FILE-CONTENT", StandardCharsets.UTF_8);
        String xml = Fixtures.text("external-dtd.rss").replace("@DIR@", dir.toAbsolutePath().toString())
                .replace("<description>&fromDtd;</description></item>", "<description><b>&fromDtd;</description></item>")
                .replace("</channel></rss>", "");

        ParsedFeed feed = assertTimeoutPreemptively(QUICKLY, () -> Fixtures.parseText(xml));

        assertThat(feed.toString()).doesNotContain("SECRET");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Tin &xxe;");
            assertThat(item.summary()).isEqualTo("&fromDtd;");
        });
        assertThat(feed.warnings()).anyMatch(w -> w.contains("removed the DOCTYPE"))
                .anyMatch(w -> w.startsWith("feed read leniently"));
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedBeforeParsing() {
        FeedParser small = new FeedParser(new FeedParser.Settings(500, 1024));
        byte[] body = Fixtures.bytes("vnexpress-style.rss");

        assertThatThrownBy(() -> small.parse(body, null, Fixtures.FEED_URL, NOW))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("body too large: " + body.length + " bytes, the limit is 1024");
    }

    @Test
    void gzipBombIsStoppedAtTheLimit() {
        byte[] bomb = Fixtures.gzip(new byte[64 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(100_000);

        Throwable thrown = assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(() -> parser.parse(bomb, null, Fixtures.FEED_URL, NOW)));

        assertThat(thrown).isInstanceOf(FeedParseException.class)
                .hasMessage("body too large: more than 10485760 bytes after gzip decompression");
    }

    @Test
    void aFeedStillGzippedIsInflated() throws Exception {
        ParsedFeed plain = Fixtures.parse("vnexpress-style.rss");

        ParsedFeed inflated = parser.parse(Fixtures.gzip(Fixtures.bytes("vnexpress-style.rss")), null, Fixtures.FEED_URL, NOW);

        assertThat(inflated).isEqualTo(plain);
    }

    @Test
    void deeplyNestedMarkupIsRefusedBeforeRomeRecursesIntoIt() {
        // Rome serialises XHTML content recursively: 50,000 levels overflow the stack.
        String nested = "<div>".repeat(50_000) + "sâu" + "</div>".repeat(50_000);
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title><entry><id>urn:a</id><title>Sâu</title>"
                + "<link href=\"https://thu.example/a.html\"/><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + nested + "</div></content></entry></feed>";

        Throwable thrown = assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(() -> Fixtures.parseText(atom)));

        assertThat(thrown).isExactlyInstanceOf(FeedParseException.class)
                .hasMessage("not a usable feed: elements are nested more than 500 levels deep");
    }

    @Test
    void ordinaryNestingInXhtmlContentIsFine() throws Exception {
        String nested = "<div>".repeat(100) + "sâu" + "</div>".repeat(100);
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title><entry><id>urn:a</id><title>Sâu</title>"
                + "<link href=\"https://thu.example/a.html\"/><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + nested + "</div></content></entry></feed>";

        assertThat(Fixtures.parseText(atom).items().get(0).summary()).isEqualTo("sâu");
    }

    @Test
    void aLargeFeedParsesInReasonableTime() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            items.append("<item><title>Tin số ").append(i).append(" về Hải Phòng &amp; Ninh Bình</title><link>/tin/")
                    .append(i).append(".html</link><description><![CDATA[<p>Đoạn <b>mô tả</b> ").append(i)
                    .append("</p>]]></description><pubDate>18/08/2025 10:30</pubDate></item>\n");
        }
        String xml = Fixtures.rss(items.toString());

        ParsedFeed feed = assertTimeoutPreemptively(QUICKLY, () -> Fixtures.parseText(xml));

        assertThat(feed.items()).hasSize(500);
        assertThat(feed.warnings()).containsExactly("the feed has 5000 entries; only the first 500 items were kept");
    }
}
