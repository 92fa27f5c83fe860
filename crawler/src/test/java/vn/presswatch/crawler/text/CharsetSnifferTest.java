package vn.presswatch.crawler.text;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.presswatch.crawler.text.CharsetSniffer.WINDOWS_1252;
import static vn.presswatch.crawler.text.CharsetSniffer.WINDOWS_1258;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.presswatch.crawler.text.CharsetSniffer.Decoded;
import vn.presswatch.crawler.text.CharsetSniffer.Source;

/** Charset choice: bytes first, then labels; Vietnamese text must come out right, in NFC, whatever the server claims. */
class CharsetSnifferTest {

    private static final String VIETNAMESE = "Hội nghị đối ngoại: Hải Phòng quảng bá hình ảnh, thu hút đầu tư "
            + "và phát triển du lịch biển đảo; Ủy ban nhân dân thành phố chỉ đạo các sở, ngành thực hiện.";
    private static final String WESTERN = "“Grüße aus Köln” – Café, Straße, naïve, Ærø, Perché la città è così bella?";

    @Test
    void utf8ByteOrderMarkDecidesAndIsRemoved() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page("windows-1258", VIETNAMESE).getBytes(UTF_8));

        Decoded decoded = CharsetSniffer.decodeHtml(body, "text/html; charset=ISO-8859-1");

        assertThat(decoded.charset()).isEqualTo(UTF_8);
        assertThat(decoded.source()).isEqualTo(Source.BOM);
        assertThat(decoded.text()).startsWith("<html>").contains(VIETNAMESE);
    }

    @Test
    void utf16ByteOrderMarksBothWays() {
        String html = page("utf-16", VIETNAMESE);
        Decoded little = CharsetSniffer.decodeHtml(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(UTF_16LE)), null);
        Decoded big = CharsetSniffer.decodeXml(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, html.getBytes(UTF_16BE)), "utf-8");

        assertThat(little.text()).isEqualTo(html);
        assertThat(little.charset()).isEqualTo(UTF_16LE);
        assertThat(big.text()).isEqualTo(html);
        assertThat(big.charset()).isEqualTo(UTF_16BE);
        assertThat(big.source()).isEqualTo(Source.BOM);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>" + VIETNAMESE + "</title></channel></rss>";

        assertThat(CharsetSniffer.decodeXml(xml.getBytes(UTF_16LE), null).text()).isEqualTo(xml);
        assertThat(CharsetSniffer.decodeXml(xml.getBytes(UTF_16BE), "utf-8").text()).isEqualTo(xml);
    }

    @Test
    void theHeaderWinsOverTheMetaTagWhenTheBytesAgree() {
        byte[] body = encode1258(page("iso-8859-1", VIETNAMESE));

        Decoded decoded = CharsetSniffer.decodeHtml(body, "text/html; charset=windows-1258");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1258);
        assertThat(decoded.source()).isEqualTo(Source.HEADER);
        assertThat(decoded.overruled()).isNull();
        assertThat(decoded.text()).contains(VIETNAMESE);
    }

    @Test
    void theHeaderWinsOverTheMetaTagForWesternTextToo() {
        byte[] body = page("windows-1258", WESTERN).getBytes(WINDOWS_1252);

        Decoded decoded = CharsetSniffer.decodeHtml(body, "text/html; charset=windows-1252");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.source()).isEqualTo(Source.HEADER);
        assertThat(decoded.text()).contains(WESTERN);
    }

    @Test
    void theMetaTagWinsWhenTheBytesContradictTheHeader() {
        byte[] body = encode1258(page("windows-1258", VIETNAMESE));

        Decoded decoded = CharsetSniffer.decodeHtml(body, "text/html; charset=UTF-8");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1258);
        assertThat(decoded.source()).isEqualTo(Source.DOCUMENT);
        assertThat(decoded.overruled()).isEqualTo(UTF_8);
        assertThat(decoded.text()).contains(VIETNAMESE);
    }

    @Test
    void metaHttpEquivWithoutAHeader() {
        String html = "<html><head><title>x</title>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1258\">"
                + "</head><body><p>" + VIETNAMESE + "</p></body></html>";

        Decoded decoded = CharsetSniffer.decodeHtml(encode1258(html), null);

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1258);
        assertThat(decoded.source()).isEqualTo(Source.DOCUMENT);
        assertThat(decoded.text()).isEqualTo(html);
    }

    @Test
    void xmlDeclarationNamesTheEncoding() {
        String xml = "<?xml version=\"1.0\" encoding='windows-1258' ?>\n<rss version=\"2.0\"><channel><title>" + VIETNAMESE
                + "</title></channel></rss>";

        Decoded decoded = CharsetSniffer.decodeXml(encode1258(xml), "application/rss+xml");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1258);
        assertThat(decoded.source()).isEqualTo(Source.DOCUMENT);
        assertThat(decoded.text()).isEqualTo(xml);
    }

    @Test
    void windows1258RoundTripsToNfc() {
        byte[] body = encode1258(VIETNAMESE);
        assertThat(new String(body, WINDOWS_1258)).as("windows-1258 decodes to combining marks").isNotEqualTo(VIETNAMESE);

        Decoded decoded = CharsetSniffer.decodeHtml(body, "windows-1258");

        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
        assertThat(Normalizer.isNormalized(decoded.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(decoded.source()).isEqualTo(Source.HEADER);
    }

    @Test
    void windows1258MislabelledUtf8IsDetected() {
        Decoded decoded = CharsetSniffer.decodeHtml(encode1258(page("utf-8", VIETNAMESE)), "text/html; charset=utf-8");

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1258);
        assertThat(decoded.source()).isEqualTo(Source.DETECTED);
        assertThat(decoded.overruled()).isEqualTo(UTF_8);
        assertThat(decoded.text()).contains(VIETNAMESE);
    }

    @Test
    void windows1258MislabelledIso88591IsDetected() {
        Decoded byMeta = CharsetSniffer.decodeHtml(encode1258(page("ISO-8859-1", VIETNAMESE)), null);
        Decoded byHeader = CharsetSniffer.decodeXml(encode1258(VIETNAMESE), "text/xml; charset=iso-8859-1");

        assertThat(byMeta.charset()).isEqualTo(WINDOWS_1258);
        assertThat(byMeta.overruled()).isEqualTo(ISO_8859_1);
        assertThat(byMeta.text()).contains(VIETNAMESE);
        assertThat(byHeader.charset()).isEqualTo(WINDOWS_1258);
        assertThat(byHeader.text()).isEqualTo(VIETNAMESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html; charset=ISO-8859-1", "text/html; charset=windows-1252", "latin1", "us-ascii"})
    void utf8MislabelledAsLatin1IsReadAsUtf8(String contentType) {
        Decoded decoded = CharsetSniffer.decodeHtml(page("iso-8859-1", VIETNAMESE).getBytes(UTF_8), contentType);

        assertThat(decoded.charset()).isEqualTo(UTF_8);
        assertThat(decoded.source()).isEqualTo(Source.DETECTED);
        assertThat(decoded.overruled()).isNotNull();
        assertThat(decoded.text()).contains(VIETNAMESE);
    }

    @Test
    void realLatin1IsReadAsWindows1252AsBrowsersDo() {
        Decoded decoded = CharsetSniffer.decodeHtml(page("iso-8859-1", WESTERN).getBytes(WINDOWS_1252), null);

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.source()).isEqualTo(Source.DOCUMENT);
        assertThat(decoded.overruled()).as("ISO-8859-1 means windows-1252: not overruled").isNull();
        assertThat(decoded.text()).contains(WESTERN);
    }

    @Test
    void unlabelledBytesAreGuessedFromTheirLetters() {
        Decoded vietnamese = CharsetSniffer.decodeHtml(encode1258("<p>" + VIETNAMESE + "</p>"), null);
        Decoded western = CharsetSniffer.decodeHtml(("<p>" + WESTERN + " Ciò può darsi, però sì.</p>").getBytes(WINDOWS_1252), null);

        assertThat(vietnamese.charset()).isEqualTo(WINDOWS_1258);
        assertThat(vietnamese.source()).isEqualTo(Source.DETECTED);
        assertThat(vietnamese.text()).isEqualTo("<p>" + VIETNAMESE + "</p>");
        assertThat(western.charset()).isEqualTo(WINDOWS_1252);
        assertThat(western.text()).contains("Ciò può darsi, però sì.");
    }

    @Test
    void bogusCharsetNamesAreIgnored() {
        String html = page("x-no-such-charset", VIETNAMESE);

        Decoded utf8 = CharsetSniffer.decodeHtml(html.getBytes(UTF_8), "text/html; charset=\"bogus charset!\"");
        Decoded legacy = CharsetSniffer.decodeHtml(encode1258(html), "text/html; charset=$$$");
        Decoded illegal = CharsetSniffer.decodeXml(encode1258(VIETNAMESE), "-illegal-");

        assertThat(utf8.charset()).isEqualTo(UTF_8);
        assertThat(utf8.text()).contains(VIETNAMESE);
        assertThat(legacy.charset()).isEqualTo(WINDOWS_1258);
        assertThat(legacy.text()).contains(VIETNAMESE);
        assertThat(illegal.text()).isEqualTo(VIETNAMESE);
    }

    @Test
    void aUtf16LabelOnAsciiCompatibleBytesIsWrong() {
        Decoded decoded = CharsetSniffer.decodeHtml(page("utf-16", VIETNAMESE).getBytes(UTF_8), "text/html; charset=UTF-16");

        assertThat(decoded.charset()).isEqualTo(UTF_8);
        assertThat(decoded.text()).contains(VIETNAMESE);
    }

    @Test
    void emptyBody() {
        Decoded decoded = CharsetSniffer.decodeHtml(new byte[0], "text/html; charset=windows-1258");

        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.charset()).isEqualTo(UTF_8);
    }

    @Test
    void decomposedInputComesOutComposed() {
        String nfd = Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(VIETNAMESE);

        assertThat(CharsetSniffer.decodeHtml(nfd.getBytes(UTF_8), null).text()).isEqualTo(VIETNAMESE);
        assertThat(CharsetSniffer.decodeXml(nfd.getBytes(UTF_8), "utf-8").text()).isEqualTo(VIETNAMESE);
    }

    @Test
    void utf8WithAFewBrokenBytesStaysUtf8AndCountsThem() {
        // A CMS cut "ệ" (E1 BB 87) after its second byte.
        byte[] body = concat(("<p>" + VIETNAMESE + " Vi").getBytes(UTF_8), new byte[] {(byte) 0xE1, (byte) 0xBB},
                "</p>".getBytes(UTF_8));

        Decoded decoded = CharsetSniffer.decodeHtml(body, "utf-8");

        assertThat(decoded.charset()).isEqualTo(UTF_8);
        assertThat(decoded.source()).isEqualTo(Source.HEADER);
        assertThat(decoded.malformed()).isEqualTo(2);
        assertThat(decoded.text()).startsWith("<p>" + VIETNAMESE + " Vi\uFFFD").endsWith("</p>");
    }

    @Test
    void asciiWithALabelKeepsTheLabel() {
        String html = "<html><head><meta charset=\"windows-1258\"></head><body>Hai Phong</body></html>";

        Decoded decoded = CharsetSniffer.decodeHtml(html.getBytes(UTF_8), null);

        assertThat(decoded.charset()).isEqualTo(WINDOWS_1258);
        assertThat(decoded.source()).isEqualTo(Source.DOCUMENT);
        assertThat(decoded.text()).contains("Hai Phong");
    }

    @Test
    void aMetaTagBeyondTheScanWindowIsNotSeen() {
        String html = "<html><head><script>" + "x".repeat(CharsetLabels.META_WINDOW) + "</script>"
                + "<meta charset=\"windows-1252\"></head><body>" + WESTERN + "</body></html>";

        Decoded decoded = CharsetSniffer.decodeHtml(html.getBytes(WINDOWS_1252), null);

        assertThat(decoded.source()).isEqualTo(Source.DETECTED);
        assertThat(decoded.text()).contains(WESTERN);
    }

    private static String page(String declared, String body) {
        return "<html><head><meta charset=\"" + declared + "\"><title>Tin tức</title></head><body><p>" + body
                + "</p></body></html>";
    }

    /**
     * windows-1258 as Vietnamese Windows software writes it: precomposed letters where the table has them, else the
     * base letter (with its circumflex, breve or horn) followed by a combining tone mark.
     */
    static byte[] encode1258(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String s = text.substring(i, i + 1);
            if (WINDOWS_1258.newEncoder().canEncode(s)) {
                out.append(s);
            } else {
                // NFD puts a dot below before a circumflex ("ộ" = o, U+0323, U+0302): take the tone mark out wherever it is.
                String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
                String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
                String base = Normalizer.normalize(nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), Normalizer.Form.NFC);
                out.append(base).append(tone);
            }
        }
        return out.toString().getBytes(WINDOWS_1258);
    }

    static byte[] concat(byte[]... parts) {
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
