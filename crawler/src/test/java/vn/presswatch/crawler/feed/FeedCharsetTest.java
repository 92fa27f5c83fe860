package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.crawler.feed.Fixtures.NOW;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Charset choice: bytes first, then labels; Vietnamese text must come out right whatever the server claims. */
class FeedCharsetTest {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private final FeedParser parser = new FeedParser();

    @Test
    void windows1258FeedDeclaredInItsXmlDeclaration() throws Exception {
        ParsedFeed feed = Fixtures.parse("windows-1258.rss");

        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.title()).isEqualTo("Báo Kiến An cũ");
        FeedItem item = feed.items().get(0);
        // windows-1258 writes "ế" as "ê" plus a combining acute; the output is NFC, as a search expects.
        assertThat(item.title()).isEqualTo("Hội nghị tổng kết công tác đối ngoại năm 2024")
                .isEqualTo(Normalizer.normalize(item.title(), Normalizer.Form.NFC));
        assertThat(item.summary()).isEqualTo("Ủy ban nhân dân quận đánh giá kết quả thông tin đối ngoại.");
    }

    @Test
    void windows1258NamedOnlyByTheHttpHeader() throws Exception {
        byte[] body = encode1258(Fixtures.rss("<item><title>Đối ngoại</title><link>https://thu.example/a.html</link></item>")
                .replace(" encoding=\"UTF-8\"", ""));

        ParsedFeed feed = parser.parse(body, "windows-1258", Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).isEqualTo("Đối ngoại");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void aSpecificHttpCharsetBeatsAGenericDeclaration() throws Exception {
        byte[] body = encode1258(Fixtures.rss("<item><title>Thủy Nguyên</title><link>https://thu.example/a.html</link></item>")
                .replace("UTF-8", "ISO-8859-1"));

        ParsedFeed feed = parser.parse(body, "windows-1258", Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).isEqualTo("Thủy Nguyên");
    }

    @Test
    void utf8FeedMislabelledIso88591InItsDeclarationIsReadAsUtf8() throws Exception {
        ParsedFeed feed = Fixtures.parse("mislabelled-utf8.rss");

        assertThat(feed.title()).isEqualTo("Đài Phát thanh và Truyền hình Hải Phòng");
        assertThat(feed.items().get(0).title()).isEqualTo("Phường Hồng Bàng tổ chức đối thoại với người dân");
        assertThat(feed.warnings()).contains(
                "charset: the feed is labelled ISO-8859-1 but its bytes are valid UTF-8 text; read as UTF-8");
    }

    @Test
    void utf8FeedMislabelledByTheHttpHeaderIsReadAsUtf8() throws Exception {
        byte[] body = Fixtures.text("vnexpress-style.rss").replace(" encoding=\"UTF-8\"", "").getBytes(StandardCharsets.UTF_8);

        ParsedFeed feed = parser.parse(body, "iso-8859-1", Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).startsWith("Hải Phòng khởi công");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("labelled ISO-8859-1"));
    }

    @Test
    void realLatin1IsReadAsWindows1252LikeBrowsersDo() throws Exception {
        String xml = Fixtures.rss("<item><title>\u201cCafé\u201d au lait</title><link>https://thu.example/a.html</link></item>")
                .replace("UTF-8", "ISO-8859-1");

        ParsedFeed feed = parser.parse(xml.getBytes(Charset.forName("windows-1252")), null, Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).isEqualTo("\u201cCafé\u201d au lait");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void utf8WithAFewBrokenBytesStaysUtf8() throws Exception {
        // A CMS cut the summary in the middle of "ệ" (E1 BB 87): its last byte is missing.
        byte[] body = concat(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Thử</title><item>"
                        + "<title>Hội nghị đối ngoại và kinh tế biển</title><link>https://thu.example/a.html</link>"
                        + "<description>Tóm tắt bị cắt giữa chữ: Vi").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE1, (byte) 0xBB},
                "</description></item></channel></rss>".getBytes(StandardCharsets.UTF_8));

        ParsedFeed feed = parser.parse(body, null, Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).isEqualTo("Hội nghị đối ngoại và kinh tế biển");
        assertThat(feed.items().get(0).summary()).startsWith("Tóm tắt bị cắt giữa chữ: Vi");
        assertThat(feed.warnings()).contains("charset: 2 invalid UTF-8 byte sequences replaced with U+FFFD");
    }

    @Test
    void unlabelledNonUtf8BytesAreGuessedAsWindows1258() throws Exception {
        byte[] body = encode1258(Fixtures.rss("<item><title>Cảng Hải Phòng</title><link>https://thu.example/a.html</link></item>")
                .replace(" encoding=\"UTF-8\"", ""));

        ParsedFeed feed = parser.parse(body, null, Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).isEqualTo("Cảng Hải Phòng");
        assertThat(feed.warnings()).anyMatch(w -> w.contains("guessed windows-1258"));
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        String xml = Fixtures.rss("<item><title>Ninh Bình</title><link>https://thu.example/a.html</link></item>")
                .replace("UTF-8", "UTF-16");

        ParsedFeed feed = parser.parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, xml.getBytes(StandardCharsets.UTF_16LE)),
                null, Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).isEqualTo("Ninh Bình");
    }

    @Test
    void anUnknownCharsetLabelIsIgnored() throws Exception {
        String xml = Fixtures.rss("<item><title>Hải Dương</title><link>https://thu.example/a.html</link></item>")
                .replace("UTF-8", "x-no-such-charset");

        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), "bogus charset!", Fixtures.FEED_URL, NOW);

        assertThat(feed.items().get(0).title()).isEqualTo("Hải Dương");
    }

    /** windows-1258 as Vietnamese Windows software writes it: base letters plus combining tone marks. */
    private static byte[] encode1258(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String s = String.valueOf(c);
            if (WINDOWS_1258.newEncoder().canEncode(s)) {
                out.append(s);
            } else {
                String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
                // Recompose the base vowel with its circumflex/breve/horn (which windows-1258 has), keep the tone mark.
                String base = Normalizer.normalize(nfd.substring(0, nfd.length() - 1), Normalizer.Form.NFC);
                out.append(base).append(nfd.charAt(nfd.length() - 1));
            }
        }
        return out.toString().getBytes(WINDOWS_1258);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        for (byte[] p : parts) {
            buffer.put(p);
        }
        return buffer.array();
    }
}
