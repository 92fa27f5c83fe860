package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlBytesTest {

    private static final String PAGE = "<html><head><meta charset=\"%s\"></head><body>Hải Phòng – Grüße</body></html>";

    @Test
    void readsUtf8EvenWhenThePageClaimsOtherwise() {
        byte[] bytes = PAGE.replace("%s", "iso-8859-1").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlBytes.decode(bytes)).contains("Hải Phòng – Grüße");
    }

    @Test
    void readsTheDeclaredSingleByteCharset() {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>Grüße – aus Köln</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(HtmlBytes.decode(bytes)).contains("Grüße – aus Köln");
    }

    @Test
    void fallsBackToWindows1252WithoutADeclaration() {
        byte[] bytes = "<p>Grüße</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(HtmlBytes.decode(bytes)).contains("Grüße");
    }

    @Test
    void honoursAByteOrderMark() {
        byte[] text = "<p>Hải Phòng</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        assertThat(HtmlBytes.decode(bytes)).isEqualTo("<p>Hải Phòng</p>");
    }

    @Test
    void ignoresAUtf16LabelOnAsciiCompatibleBytes() {
        byte[] bytes = PAGE.replace("%s", "utf-16").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlBytes.decode(bytes)).contains("Hải Phòng");
    }
}
