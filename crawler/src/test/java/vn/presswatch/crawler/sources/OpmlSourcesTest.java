package vn.presswatch.crawler.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

class OpmlSourcesTest {

    private static final OpmlSources.Defaults DEFAULTS = OpmlSources.Defaults.domestic();

    @TempDir
    Path dir;

    @Test
    void aFeedReaderExportGivesOneSourcePerHomePageWithDefaults() throws IOException {
        SourceList list;
        try (InputStream in = OpmlSourcesTest.class.getResourceAsStream("/sources/inoreader-export.opml")) {
            list = OpmlSources.read(in, "inoreader-export.opml", DEFAULTS);
        }

        assertThat(list.sources()).containsExactly(
                source("vnexpress-net", "VnExpress - Tin nhanh Việt Nam", "https://vnexpress.net",
                        "https://vnexpress.net/rss/tin-moi-nhat.rss", "https://vnexpress.net/rss/thoi-su.rss"),
                source("nhandan-vn", "Báo Nhân Dân điện tử", "https://nhandan.vn/", "https://nhandan.vn/rss/home.rss"),
                source("baohaiphong-vn", "Báo Hải Phòng - Tin mới nhất", "https://baohaiphong.vn/",
                        "https://baohaiphong.vn/rss/tin-moi-nhat.rss", "https://baohaiphong.vn/rss/chinh-tri.rss"),
                source("haiphong-gov-vn", "Cổng thông tin điện tử thành phố Hải Phòng", "https://haiphong.gov.vn/",
                        "https://haiphong.gov.vn/rss/tin-tuc.rss"),
                source("bbc-com", "BBC News Tiếng Việt", "https://www.bbc.com/vietnamese",
                        "https://feeds.bbci.co.uk/vietnamese/rss.xml"),
                source("rfi-fr", "RFI - Tiếng Việt", "https://www.rfi.fr/vi/", "https://www.rfi.fr/vi/rss"),
                source("rfi-fr-2", "RFI - Actualités", "https://www.rfi.fr/fr/", "https://www.rfi.fr/fr/rss"));
        assertThat(list.defaultedIds()).containsExactly("vnexpress-net", "nhandan-vn", "baohaiphong-vn",
                "haiphong-gov-vn", "bbc-com", "rfi-fr", "rfi-fr-2");
        assertThat(list.name()).isEqualTo("inoreader-export.opml");
    }

    @Test
    void presswatchAttributesOnACategoryApplyToTheFeedsInsideIt() throws IOException {
        SourceList list = read("""
                <opml version="2.0" xmlns:p="https://presswatch.vn/opml">
                  <body>
                    <outline text="Báo nước ngoài" p:origin="foreign" p:level="FOREIGN" p:language="vi">
                      <outline text="RFI Tiếng Việt" xmlUrl="https://www.rfi.fr/vi/rss" p:country="FR"/>
                      <outline text="DW Tiếng Việt" xmlUrl="https://rss.dw.com/xml/rss-vi-all"
                               htmlUrl="https://www.dw.com/vi/" p:country="DE" p:enabled="false"/>
                    </outline>
                    <outline text="Báo Hải Phòng" xmlUrl="https://baohaiphong.vn/rss/tin-moi-nhat.rss"/>
                  </body>
                </opml>""");

        assertThat(list.sources()).containsExactly(
                new Source("rfi-fr", "RFI Tiếng Việt", "https://www.rfi.fr/", List.of("https://www.rfi.fr/vi/rss"),
                        List.of(), List.of(), "FR", "vi", SourceLevel.FOREIGN, Origin.FOREIGN, true, false),
                new Source("dw-com", "DW Tiếng Việt", "https://www.dw.com/vi/",
                        List.of("https://rss.dw.com/xml/rss-vi-all"), List.of(), List.of(), "DE", "vi",
                        SourceLevel.FOREIGN, Origin.FOREIGN, false, false),
                source("baohaiphong-vn", "Báo Hải Phòng", "https://baohaiphong.vn/",
                        "https://baohaiphong.vn/rss/tin-moi-nhat.rss"));
        assertThat(list.defaultedIds()).containsExactly("baohaiphong-vn");
    }

    @Test
    void writingThenReadingGivesEqualSources() throws Exception {
        List<Source> sources = List.of(
                new Source("baohaiphong", "Báo Hải Phòng", "https://baohaiphong.vn/",
                        List.of("https://baohaiphong.vn/rss/tin-moi-nhat.rss", "https://baohaiphong.vn/rss/chinh-tri.rss"),
                        List.of("https://baohaiphong.vn/sitemap-news.xml"),
                        List.of(new Source.SectionPage("https://baohaiphong.vn/van-hoa", "div.story > h3 a[href*=\"-\"]")),
                        "VN", "vi", SourceLevel.LOCAL, Origin.DOMESTIC, true, false),
                new Source("ninhbinh-gov", "Cổng thông tin điện tử tỉnh Ninh Bình & \"Sở\" <VH>", "https://ninhbinh.gov.vn/",
                        List.of(), List.of("https://ninhbinh.gov.vn/sitemap.xml"), List.of(), "VN", "vi",
                        SourceLevel.GOVERNMENT_PORTAL, Origin.DOMESTIC, true, false),
                new Source("rfa-tiengviet", "RFA Tiếng Việt", "https://www.rfa.org/vietnamese/",
                        List.of("https://www.rfa.org/vietnamese/RSS"), List.of(), List.of(), "US", "vi",
                        SourceLevel.FOREIGN, Origin.FOREIGN, false, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OpmlSources.write(sources, "Nguồn tin Hải Phòng", Instant.parse("2025-10-05T08:30:00Z"), out);

        byte[] opml = out.toByteArray();
        String text = new String(opml, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<opml version=\"2.0\" xmlns:pw=\"https://presswatch.vn/opml\">")
                .contains("<title>Nguồn tin Hải Phòng</title>")
                .contains("<dateCreated>Sun, 5 Oct 2025 08:30:00 GMT</dateCreated>")
                .contains("text=\"Báo Hải Phòng\"");
        SourceList back = OpmlSources.read(new ByteArrayInputStream(opml), "export.opml", DEFAULTS);
        assertThat(back.sources()).isEqualTo(sources);
        assertThat(back.defaultedIds()).isEmpty();
        // What a feed reader sees: one rss outline per feed, inside one folder per source.
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(opml));
        NodeList outlines = document.getElementsByTagName("outline");
        List<String> feeds = new java.util.ArrayList<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            if (outline.hasAttribute("xmlUrl")) {
                assertThat(outline.getAttribute("type")).isEqualTo("rss");
                assertThat(((Element) outline.getParentNode()).getAttribute("pw:id")).isNotEmpty();
                feeds.add(outline.getAttribute("title"));
            }
        }
        assertThat(feeds).containsExactly("Báo Hải Phòng (1/2)", "Báo Hải Phòng (2/2)", "RFA Tiếng Việt");
    }

    @Test
    void anEntityPointingAtALocalFileIsNotExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mat-khau-bi-mat", StandardCharsets.UTF_8);
        String opml = """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY xxe SYSTEM "SECRET">]>
                <opml version="2.0"><body>
                  <outline text="&xxe;" xmlUrl="https://baohaiphong.vn/rss/tin-moi-nhat.rss"/>
                </body></opml>""".replace("SECRET", secret.toUri().toString());

        InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class, () -> read(opml));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("a <!DOCTYPE> is not allowed (line 2)").doesNotContain("mat-khau");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY title \"pwned\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String opml = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml SYSTEM \"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/opml.dtd\">\n<opml version=\"2.0\"><body><outline text=\""
                    + "&title;\" xmlUrl=\"https://baohaiphong.vn/rss\"/></body></opml>";

            InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class, () -> read(opml));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("<!DOCTYPE> is not allowed");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void malformedXmlIsRejectedWithItsLine() {
        InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <opml version="2.0"><body>
                  <outline text="Báo trung ương">
                    <outline text="Nhân Dân" xmlUrl="https://nhandan.vn/rss/home.rss"/>
                </body></opml>"""));

        assertThat(e).isNotNull();
        assertThat(e.entry()).isZero();
        assertThat(e.getMessage()).startsWith("Danh sách nguồn không hợp lệ: test.opml, toàn danh sách / invalid "
                + "source list test.opml, the list as a whole: not valid XML: ").contains("at line 4");
    }

    @Test
    void anOpmlWithoutFeedsIsRejected() {
        assertThat(catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Trống</title></head><body>
                  <outline text="Báo trung ương"/>
                </body></opml>""")))
                .hasMessageContaining("no feed in this OPML: no <outline> has an xmlUrl attribute");
        assertThat(catchThrowableOfType(InvalidSourceListException.class,
                () -> read("<rss version=\"2.0\"><channel/></rss>")))
                .hasMessageContaining("not an OPML document: the root element is <rss>, expected <opml>");
    }

    @Test
    void aRelativeFeedAddressIsRejectedNamingItsOutline() {
        InvalidSourceListException e = catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <opml version="1.0"><body>
                  <outline text="Báo trung ương">
                    <outline text="Nhân Dân" xmlUrl="https://nhandan.vn/rss/home.rss"/>
                    <outline title="Thời sự" text="x" xmlUrl="/rss/thoi-su.rss" htmlUrl="https://vnexpress.net/"/>
                  </outline>
                </body></opml>"""));

        assertThat(e).isNotNull();
        assertThat(e.entry()).isEqualTo(3);
        assertThat(e.getMessage()).contains("mục số 3 / ").contains("outline \"Thời sự\" at line 4: xmlUrl must be an "
                + "absolute http(s) URL with a host: \"/rss/thoi-su.rss\"");
    }

    @Test
    void mistakesInPresswatchAttributesAreRejectedNamingTheOutline() {
        assertThat(catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <opml version="2.0" xmlns:pw="https://presswatch.vn/opml"><body>
                  <outline text="BBC" xmlUrl="https://feeds.bbci.co.uk/vietnamese/rss.xml" pw:contry="GB"/>
                </body></opml>""")))
                .hasMessageContaining("outline \"BBC\" at line 2: unknown attribute pw:contry; expected one of "
                        + "pw:country, pw:enabled, pw:id, pw:language, pw:level, pw:origin");
        assertThat(catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <opml version="2.0" xmlns:pw="https://presswatch.vn/opml"><body>
                  <outline text="BBC" xmlUrl="https://feeds.bbci.co.uk/vietnamese/rss.xml" pw:level="quoc-te"/>
                </body></opml>""")))
                .hasMessageContaining("outline \"BBC\" at line 2: unknown level \"quoc-te\"");
        assertThat(catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <opml version="2.0" xmlns:pw="https://presswatch.vn/opml"><body>
                  <outline text="A" xmlUrl="https://baohaiphong.vn/rss/a.rss" htmlUrl="https://baohaiphong.vn/"/>
                  <outline text="B" xmlUrl="https://baohaiphong.vn/rss/b.rss" htmlUrl="https://baohaiphong.vn/"
                           pw:origin="foreign"/>
                </body></opml>""")))
                .hasMessageContaining("mục số 2").hasMessageContaining("outline \"B\" at line 3: its pw: attributes "
                        + "{origin=foreign} differ from {} of outline \"A\" at line 2");
        assertThat(catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <opml version="2.0" xmlns:pw="https://presswatch.vn/opml"><body>
                  <outline text="A" xmlUrl="https://baohaiphong.vn/rss/a.rss"/>
                  <pw:sitemap url="https://baohaiphong.vn/sitemap.xml"/>
                </body></opml>""")))
                .hasMessageContaining("<pw:sitemap> at line 3 must be directly inside an <outline> with a pw:id");
    }

    @Test
    void derivedIdsGiveWayToExplicitOnesAndAttributeCaseDoesNotMatter() throws IOException {
        SourceList list = read("""
                <opml version="2.0" xmlns:pw="https://presswatch.vn/opml"><body>
                  <outline TEXT="Tuổi Trẻ" XMLURL="https://tuoitre.vn/rss/tin-moi-nhat.rss"/>
                  <outline text="Tuổi Trẻ News" xmlURL="https://tuoitre.vn/rss/en.rss" htmlURL="https://tuoitre.vn/en/"/>
                  <outline text="Tuổi Trẻ (biên tập)" pw:id="tuoitre-vn" htmlUrl="https://tuoitre.vn/thoi-su">
                    <outline text="Thời sự" xmlUrl="https://tuoitre.vn/rss/thoi-su.rss"/>
                  </outline>
                </body></opml>""");

        assertThat(list.sources()).extracting(Source::id).containsExactly("tuoitre-vn-2", "tuoitre-vn-3",
                "tuoitre-vn");
        assertThat(list.sources().get(2).feedUrls()).containsExactly("https://tuoitre.vn/rss/thoi-su.rss");
        assertThat(list.sources().get(2).name()).isEqualTo("Tuổi Trẻ (biên tập)");
    }

    @Test
    void theSameIdTwiceIsRejected() {
        assertThat(catchThrowableOfType(InvalidSourceListException.class, () -> read("""
                <opml version="2.0" xmlns:pw="https://presswatch.vn/opml"><body>
                  <outline text="A" pw:id="a" xmlUrl="https://a.vn/rss"/>
                  <outline text="B" pw:id="a" xmlUrl="https://b.vn/rss"/>
                </body></opml>""")))
                .hasMessageContaining("mục số 2 (id \"a\")").hasMessageContaining("outline \"B\" at line 3: id "
                        + "already used by entry #1");
    }

    private static Source source(String id, String name, String homepage, String... feeds) {
        return new Source(id, name, homepage, List.of(feeds), List.of(), List.of(), "VN", "vi", SourceLevel.OTHER,
                Origin.DOMESTIC, true, false);
    }

    private static SourceList read(String opml) throws IOException {
        return OpmlSources.read(new ByteArrayInputStream(opml.getBytes(StandardCharsets.UTF_8)), "test.opml",
                DEFAULTS);
    }
}
