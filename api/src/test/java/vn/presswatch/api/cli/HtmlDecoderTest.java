package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file tools decode saved pages as the crawler decodes fetched ones; these are the cases a saved page brings. */
class HtmlDecoderTest {

    private static final String PAGE = "<html><head>%s<title>Hải Phòng</title></head><body><p>Đồ Sơn</p></body></html>";
    /** The page as windows-1258 holds it: tones as combining marks after the letter. */
    private static final String PAGE_1258 = "<html><head>%s<title>Ha\u0309i Pho\u0300ng</title></head>"
            + "<body><p>Đô\u0300 Sơn</p></body></html>";
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private final HtmlDecoder decoder = new HtmlDecoder();

    private static String page(String head) {
        return PAGE.replace("%s", head);
    }

    private static String page1258(String head) {
        return PAGE_1258.replace("%s", head);
    }

    @Test
    void undeclaredUtf8() {
        String html = page("");

        assertThat(decoder.decodeHtml(html.getBytes(StandardCharsets.UTF_8))).isEqualTo(html);
    }

    @Test
    void byteOrderMarksWinAndAreRemoved() {
        String html = page("<meta charset=\"windows-1252\">");
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(decoder.decodeHtml(withBom)).isEqualTo(html);
        assertThat(decoder.decodeHtml(html.getBytes(StandardCharsets.UTF_16))).isEqualTo(html); // big-endian BOM
    }

    @Test
    void windows1258DeclaredByMetaCharsetOrHttpEquivComesOutInNfc() {
        String meta = "<meta charset=\"windows-1258\">";
        String httpEquiv = "<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1258\">";

        assertThat(decoder.decodeHtml(page1258(meta).getBytes(WINDOWS_1258))).isEqualTo(page(meta));
        assertThat(decoder.decodeHtml(page1258(httpEquiv).getBytes(WINDOWS_1258))).isEqualTo(page(httpEquiv));
    }

    @Test
    void undeclaredWindows1258IsDetected() {
        byte[] bytes = page1258("").getBytes(WINDOWS_1258);

        assertThat(decoder.decodeHtml(bytes)).isEqualTo(page(""));
    }
}
