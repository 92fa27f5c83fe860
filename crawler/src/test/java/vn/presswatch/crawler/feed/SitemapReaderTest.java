package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.presswatch.crawler.feed.SitemapContent.ChildSitemap;

class SitemapReaderTest {

    private static final String URL = "https://baohaiphong.example/sitemaps/news.xml";
    private final SitemapReader reader = new SitemapReader();

    @Test
    void newsSitemapEntriesCarryTitlePublicationDateAndLanguage() throws Exception {
        SitemapContent content = reader.read(Fixtures.bytes("news-sitemap.xml"), "application/xml", URL);

        assertThat(content.isIndex()).isFalse();
        assertThat(content.childSitemaps()).isEmpty();
        assertThat(content.warnings()).isEmpty();
        // The image's <image:loc> is not a page, and the repeated /gioi-thieu.html is listed once.
        assertThat(content.entries()).extracting(SitemapEntry::url).containsExactly(
                "https://baohaiphong.example/kinh-te/cang-lach-huyen-don-tau-container-lon-nhat-725100.html",
                "https://baohaiphong.example/doi-ngoai/doan-cong-tac-thanh-pho-tham-incheon-725090.html",
                "https://baohaiphong.example/gioi-thieu.html");
        assertThat(content.entries().get(0)).isEqualTo(new SitemapEntry(
                "https://baohaiphong.example/kinh-te/cang-lach-huyen-don-tau-container-lon-nhat-725100.html",
                Instant.parse("2025-08-20T02:15:00Z"),
                "Cảng Lạch Huyện đón tàu container lớn nhất từ trước đến nay",
                Instant.parse("2025-08-20T01:30:00Z"),
                "vi"));
        assertThat(content.entries().get(1).newsTitle()).isEqualTo("Đoàn công tác thành phố thăm và làm việc tại Incheon & Busan");
        assertThat(content.entries().get(1).newsPublished()).isEqualTo(Instant.parse("2025-08-19T00:00:00Z"));
        assertThat(content.entries().get(2)).isEqualTo(new SitemapEntry("https://baohaiphong.example/gioi-thieu.html",
                Instant.parse("2024-01-01T00:00:00Z"), null, null, null));
    }

    @Test
    void newsPublicationDatesInCmsFormatsAreReadAsVietnamTime() throws Exception {
        SitemapContent content = reader.read(newsSitemap(
                news("https://thu.example/a.html", null, "2025-08-18 10:30:00"),
                news("https://thu.example/b.html", null, "18/08/2025 10:30"),
                news("https://thu.example/c.html", null, "2025-08-18T10:30:00"),
                news("https://thu.example/d.html", null, "2025-08-18T10:30:00+07:00")), null, URL, Fixtures.NOW);

        assertThat(content.entries()).extracting(SitemapEntry::newsPublished)
                .containsOnly(Instant.parse("2025-08-18T03:30:00Z"));
        assertThat(content.entries()).extracting(SitemapEntry::published)
                .containsOnly(Instant.parse("2025-08-18T03:30:00Z"));
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void aNewsEntryWithoutAReadablePublicationDateIsPublishedAtItsLastmod() throws Exception {
        SitemapContent content = reader.read(newsSitemap(
                news("https://thu.example/a.html", "2025-08-19T08:00:00+07:00", null),
                news("https://thu.example/b.html", "19/08/2025 08:00", "chưa cập nhật"),
                news("https://thu.example/c.html", "2025-08-19 08:00:00", "2030-01-01 10:00:00")), null, URL, Fixtures.NOW);

        SitemapEntry a = content.entries().get(0);
        SitemapEntry b = content.entries().get(1);
        SitemapEntry c = content.entries().get(2);
        assertThat(a.newsPublished()).isNull();
        assertThat(a.published()).isEqualTo(Instant.parse("2025-08-19T01:00:00Z"));
        assertThat(b.newsPublished()).as("unreadable").isNull();
        assertThat(b.lastModified()).isEqualTo(Instant.parse("2025-08-19T01:00:00Z"));
        assertThat(b.published()).isEqualTo(Instant.parse("2025-08-19T01:00:00Z"));
        assertThat(c.newsPublished()).as("years in the future: not trusted").isNull();
        assertThat(c.published()).isEqualTo(Instant.parse("2025-08-19T01:00:00Z"));
        assertThat(content.entries()).allMatch(SitemapEntry::news);
    }

    @Test
    void aPlainEntryGetsItsLastmodReadButNoPublicationTime() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n"
                // The image's own <image:loc> comes between: the date is still the page's.
                + "<url><loc>\n  https://thu.example/gioi-thieu.html\n</loc>"
                + "<image:image><image:loc>https://thu.example/anh.jpg</image:loc></image:image>"
                + "<lastmod>17/08/2025 09:00</lastmod></url>\n"
                + "<url><loc>https://thu.example/lien-he.html</loc><lastmod>2025-08-17</lastmod></url>\n"
                + "</urlset>";

        SitemapContent content = reader.read(xml.getBytes(StandardCharsets.UTF_8), null, URL, Fixtures.NOW);

        assertThat(content.entries()).containsExactly(
                new SitemapEntry("https://thu.example/gioi-thieu.html", Instant.parse("2025-08-17T02:00:00Z"), null, null, null,
                        false),
                new SitemapEntry("https://thu.example/lien-he.html", Instant.parse("2025-08-17T00:00:00Z"), null, null, null,
                        false));
        assertThat(content.entries()).extracting(SitemapEntry::published).containsOnlyNulls();
    }

    @Test
    void datesAreReadFromARepairedSitemapToo() throws Exception {
        byte[] body = newsSitemap(news("https://thu.example/tin?id=1&cat=5", null, "2025-08-18 10:30:00"));

        SitemapContent content = reader.read(body, null, URL, Fixtures.NOW);

        assertThat(content.warnings()).containsExactly("sitemap repaired: escaped 1 bare '&'");
        assertThat(content.entries()).singleElement().extracting(SitemapEntry::newsPublished)
                .isEqualTo(Instant.parse("2025-08-18T03:30:00Z"));
    }

    private static String news(String loc, String lastmod, String published) {
        return "<url><loc>" + loc + "</loc>" + (lastmod == null ? "" : "<lastmod>" + lastmod + "</lastmod>")
                + "<news:news><news:publication><news:name>Báo Thử</news:name><news:language>vi</news:language>"
                + "</news:publication>"
                + (published == null ? "" : "<news:publication_date>" + published + "</news:publication_date>")
                + "<news:title>Tin thử</news:title></news:news></url>\n";
    }

    private static byte[] newsSitemap(String... urls) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n" + String.join("", urls) + "</urlset>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sitemapIndexListsChildSitemapsWithLastModified() throws Exception {
        SitemapContent content = reader.read(Fixtures.bytes("sitemap-index.xml"), "text/xml; charset=UTF-8",
                "https://vnexpress.example/sitemap.xml");

        assertThat(content.isIndex()).isTrue();
        assertThat(content.entries()).isEmpty();
        assertThat(content.childSitemaps()).containsExactly(
                new ChildSitemap("https://vnexpress.example/sitemap/news.xml", Instant.parse("2025-08-20T02:00:00Z")),
                new ChildSitemap("https://vnexpress.example/sitemap/2025-08.xml.gz", Instant.parse("2025-08-20T00:00:00Z")),
                new ChildSitemap("https://vnexpress.example/sitemap/2025-07.xml.gz", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-gzip", "application/xml", "application/octet-stream"})
    void gzippedSitemapIsInflatedWhateverTheContentTypeSays(String contentType) throws Exception {
        SitemapContent plain = reader.read(Fixtures.bytes("news-sitemap.xml"), "application/xml", URL);

        SitemapContent inflated = reader.read(Fixtures.gzip(Fixtures.bytes("news-sitemap.xml")), contentType, URL + ".gz");

        assertThat(inflated).isEqualTo(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/html"})
    void plainTextSitemap(String contentType) throws Exception {
        SitemapContent content = reader.read(Fixtures.bytes("sitemap-plain.txt"), contentType, URL);

        assertThat(content.entries()).extracting(SitemapEntry::url).containsExactly(
                "https://congthongtin.example/tin-tuc/1.html",
                "https://congthongtin.example/tin-tuc/2.html",
                "https://congthongtin.example/tin-tuc/3.html");
    }

    @Test
    void bareAmpersandInALocIsRepairedSoNoUrlIsLost() throws Exception {
        SitemapContent content = reader.read(Fixtures.bytes("sitemap-bare-ampersand.xml"), null, URL);

        assertThat(content.entries()).extracting(SitemapEntry::url).containsExactly(
                "https://congthongtin.example/tin-tuc?id=1",
                "https://congthongtin.example/tin-tuc?id=2&cat=5",
                "https://congthongtin.example/tin-tuc?id=3");
        assertThat(content.warnings()).containsExactly("sitemap repaired: escaped 1 bare '&'");
    }

    @Test
    void truncatedSitemapGivesTheEntriesBeforeTheCut() throws Exception {
        SitemapContent content = reader.read(Fixtures.bytes("sitemap-truncated.xml"), null, URL);

        assertThat(content.entries()).extracting(SitemapEntry::url).startsWith(
                "https://baohaiphong.example/kinh-te/cang-lach-huyen-don-tau-container-lon-nhat-725100.html");
        assertThat(content.warnings()).singleElement().asString()
                .startsWith("XML ends too early at line 26 column")
                .contains("the sitemap is truncated")
                .endsWith("; read the entries before that point");
    }

    @Test
    void htmlPageIsNotASitemap() {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("broken/html-page.html"), "text/html; charset=utf-8", URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("not a sitemap: the server returned an HTML page (title 'Trang chủ')")
                .hasMessageEndingWith(" (Content-Type text/html; charset=utf-8)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.xml", "whitespace-only.xml", "json-api.json", "binary-garbage.bin", "png-image.png",
            "unknown-root.xml", "xhtml-page.xml", "gzip-corrupt.gz", "html-page.gz", "cloudflare-challenge.html",
            "plain-text-error.txt", "lolz-root.xml"})
    void bodiesThatAreNotSitemapsRaiseFeedParseException(String fixture) {
        byte[] body = Fixtures.bytes("broken/" + fixture);

        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> catchThrowable(() -> reader.read(body, null, URL)));

        assertThat(thrown).isExactlyInstanceOf(FeedParseException.class);
        assertThat(thrown.getMessage()).isNotBlank().doesNotContain("java.");
        assertThat(((FeedParseException) thrown).url()).isEqualTo(URL);
    }

    @Test
    void entityExpansionInASitemapStaysInert() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/x?&b;</loc></url></urlset>";

        SitemapContent content = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8), null, URL));

        assertThat(content.toString()).doesNotContain("aaaaaaaaaa");
    }

    @Test
    void gzipBombIsStoppedAtTheLimit() {
        SitemapReader small = new SitemapReader(new SitemapReader.Settings(50_000, 1024 * 1024));
        byte[] bomb = Fixtures.gzip(new byte[8 * 1024 * 1024]);

        assertThatThrownBy(() -> small.read(bomb, "application/x-gzip", URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("body too large: more than 1048576 bytes after gzip decompression");
    }

    @Test
    void keepsAtMostMaxEntries() throws Exception {
        SitemapReader small = new SitemapReader(new SitemapReader.Settings(2, 1024 * 1024));

        SitemapContent content = small.read(Fixtures.bytes("news-sitemap.xml"), null, URL);

        assertThat(content.entries()).hasSize(2);
        assertThat(content.warnings()).containsExactly("the sitemap lists 3 URLs; only the first 2 were kept");
    }

    @Test
    void rejectsASitemapUrlThatIsNotHttp() {
        assertThatThrownBy(() -> reader.read(new byte[] {'<'}, null, "file:///etc/sitemap.xml"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
