package vn.presswatch.crawler.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

class SourceListReaderTest {

    private static final String GOOD = """
            {"id": "baohaiphong", "name": "Báo Hải Phòng", "homepage": "https://baohaiphong.vn/",
             "feedUrls": ["https://baohaiphong.vn/rss/tin-moi-nhat.rss"],
             "country": "VN", "language": "vi", "level": "local", "origin": "domestic"}""";

    @Test
    void readsEveryFieldAndStartsSourcesUnverified() throws IOException {
        List<Source> sources = read("""
                {"addresses": "unverified",
                 "sources": [
                   {"id": "ninhbinh-gov", "name": "Cổng thông tin điện tử tỉnh Ninh Bình",
                    "homepage": "https://ninhbinh.gov.vn/",
                    "feedUrls": ["https://ninhbinh.gov.vn/rss"],
                    "sitemapUrls": ["https://ninhbinh.gov.vn/sitemap.xml"],
                    "sectionPages": [{"url": "https://ninhbinh.gov.vn/kinh-te", "linkSelector": ".item a"}],
                    "country": "VN", "language": "vi", "level": "GOVERNMENT_PORTAL", "origin": "Domestic",
                    "note": "for maintainers"},
                   {"id": "rfi-tiengviet", "name": "RFI Tiếng Việt", "homepage": "https://www.rfi.fr/vi/",
                    "feedUrls": ["https://www.rfi.fr/vi/rss"], "country": "FR", "language": "vi",
                    "level": "foreign", "origin": "foreign", "enabled": false}
                 ]}""");

        assertThat(sources).containsExactly(
                new Source("ninhbinh-gov", "Cổng thông tin điện tử tỉnh Ninh Bình", "https://ninhbinh.gov.vn/",
                        List.of("https://ninhbinh.gov.vn/rss"), List.of("https://ninhbinh.gov.vn/sitemap.xml"),
                        List.of(new Source.SectionPage("https://ninhbinh.gov.vn/kinh-te", ".item a")), "VN", "vi",
                        SourceLevel.GOVERNMENT_PORTAL, Origin.DOMESTIC, true, false),
                new Source("rfi-tiengviet", "RFI Tiếng Việt", "https://www.rfi.fr/vi/",
                        List.of("https://www.rfi.fr/vi/rss"), List.of(), List.of(), "FR", "vi", SourceLevel.FOREIGN,
                        Origin.FOREIGN, false, false));
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("a feed that is not http", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/", "feedUrls": ["htp://x.vn/rss"],
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"x\"", "feedUrls[0] must be an absolute http(s) URL with a host: \"htp://x.vn/rss\""),
                Arguments.of("a relative feed", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/", "feedUrls": ["/rss/home.rss"],
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"x\"", "feedUrls[0] must be an absolute http(s) URL"),
                Arguments.of("no address", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/",
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"x\"", "no address to poll"),
                Arguments.of("an unknown level", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/", "feedUrls": ["https://x.vn/rss"],
                         "country": "VN", "language": "vi", "level": "national", "origin": "domestic"}""",
                        "\"x\"", "unknown level \"national\"; expected one of [central, local"),
                Arguments.of("an unknown origin", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/", "feedUrls": ["https://x.vn/rss"],
                         "country": "VN", "language": "vi", "level": "central", "origin": "abroad"}""",
                        "\"x\"", "unknown origin 'abroad'"),
                Arguments.of("a claim to be verified", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/", "feedUrls": ["https://x.vn/rss"],
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic",
                         "verified": true}""",
                        "\"x\"", "unknown field \"verified\" (a list cannot mark a source verified"),
                Arguments.of("an id with capitals and a space", """
                        {"id": "Nhan Dan", "name": "X", "homepage": "https://x.vn/", "feedUrls": ["https://x.vn/rss"],
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"Nhan Dan\"", "source id must be 1-64 lower-case letters"),
                Arguments.of("a selector jsoup cannot parse", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/",
                         "sectionPages": [{"url": "https://x.vn/thoi-su", "linkSelector": "h3 a[href$="}],
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"x\"", "sectionPages[0].linkSelector is not a CSS selector jsoup can use"),
                Arguments.of("no name", """
                        {"id": "x", "homepage": "https://x.vn/", "feedUrls": ["https://x.vn/rss"],
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"x\"", "name is missing or blank"),
                Arguments.of("a lower-case country", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/", "feedUrls": ["https://x.vn/rss"],
                         "country": "vn", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"x\"", "country must be an ISO 3166-1 alpha-2 code"),
                Arguments.of("feeds as a string", """
                        {"id": "x", "name": "X", "homepage": "https://x.vn/", "feedUrls": "https://x.vn/rss",
                         "country": "VN", "language": "vi", "level": "central", "origin": "domestic"}""",
                        "\"x\"", "feedUrls: "),
                Arguments.of("the id of the entry before", GOOD.replace("rss/tin-moi-nhat.rss", "rss/thoi-su.rss"),
                        "\"baohaiphong\"", "id already used by entry #1"),
                Arguments.of("the feed of the entry before", GOOD.replace("\"baohaiphong\"", "\"hp2\""),
                        "\"hp2\"", "address https://baohaiphong.vn/rss/tin-moi-nhat.rss is already polled for entry #1"));
    }

    /** The bad entry comes second, after a good one, so the message must name the right entry. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void aBadEntryIsRejectedByPositionAndId(String what, String entry, String quotedId, String problem) {
        InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class,
                () -> read("{\"addresses\": \"unverified\", \"sources\": [" + GOOD + ",\n" + entry + "]}"));

        assertThat(e).as(what).isNotNull();
        assertThat(e.entry()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("Danh sách nguồn không hợp lệ: test.json, mục số 2 (id " + quotedId
                + ") / invalid source list test.json, entry #2 (id " + quotedId + "): ").contains(problem);
    }

    @Test
    void brokenJsonIsRejectedWithItsLine() {
        InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class,
                () -> read("{\"sources\": [\n" + GOOD + ",\n{\"id\": \"x\" \"name\": \"X\"}]}"));

        assertThat(e).isNotNull();
        assertThat(e.entry()).isZero();
        assertThat(e.getMessage()).startsWith("Danh sách nguồn không hợp lệ: test.json, toàn danh sách / "
                + "invalid source list test.json, the list as a whole: not valid JSON: ").contains("at line 5");
    }

    @Test
    void aListWithoutSourcesOrWithAStrayFieldIsRejected() {
        assertThat(catchThrowableOfType(InvalidSourceListException.class, () -> read("{\"source\": []}")))
                .hasMessageContaining("expected an object with a \"sources\" array");
        assertThat(catchThrowableOfType(InvalidSourceListException.class,
                () -> read("{\"sources\": [], \"adresses\": \"typo\"}")))
                .hasMessageContaining("unknown field \"adresses\"");
    }

    private static List<Source> read(String json) throws IOException {
        return SourceListReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
