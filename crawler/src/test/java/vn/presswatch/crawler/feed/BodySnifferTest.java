package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySnifferTest {

    private static final String URL = "https://a.example/rss";

    @Test
    void findsTheRootBehindDeclarationCommentsAndDoctype() {
        String xml = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?><!-- <html> -->\n"
                + "<!DOCTYPE rss [<!ENTITY a \"<b>\">]><rss version=\"2.0\"/>";

        assertThat(BodySniffer.rootElement(xml)).isEqualTo("rss");
        assertThat(BodySniffer.whyNotAFeed(xml, URL)).isNull();
    }

    @Test
    void namespacedRootsAreJudgedByLocalName() {
        assertThat(BodySniffer.whyNotAFeed("<rdf:RDF xmlns:rdf=\"x\"/>", URL)).isNull();
        assertThat(BodySniffer.whyNotAFeed("<atom:feed xmlns:atom=\"x\"/>", URL)).isNull();
        assertThat(BodySniffer.whyNotASitemap("<sm:urlset xmlns:sm=\"x\"/>", URL)).isNull();
    }

    @Test
    void htmlWithoutTitle() {
        assertThat(BodySniffer.whyNotAFeed("<html><body>Lỗi</body></html>", URL))
                .isEqualTo("the server returned an HTML page (no title)");
        assertThat(BodySniffer.whyNotAFeed("<div>Lỗi</div>", URL))
                .isEqualTo("the server returned an HTML page (no title)");
    }

    @Test
    void markupStartsAfterAPhpNoticeButNotInsideAFeed() {
        String notice = "<br />\n<b>Notice</b>: x\n";

        assertThat(BodySniffer.markupStart(notice + "<?xml version=\"1.0\"?><rss/>")).isEqualTo(notice.length());
        assertThat(BodySniffer.markupStart("  <rss><channel><title><?xml version=\"1.0\"?></title></channel></rss>")).isEqualTo(2);
        assertThat(BodySniffer.markupStart("plain text")).isEqualTo(-1);
    }

    @Test
    void longPlainTextIsAbbreviatedOnOneLine() {
        String reason = BodySniffer.whyNotXml("Lỗi máy chủ\n\n" + "x".repeat(500), URL);

        assertThat(reason).startsWith("the body is plain text, not XML: 'Lỗi máy chủ xxx").endsWith("...'").hasSizeLessThan(140);
    }
}
