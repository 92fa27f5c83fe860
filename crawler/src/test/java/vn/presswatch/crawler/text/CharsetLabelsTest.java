package vn.presswatch.crawler.text;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetLabelsTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            text/html; charset=UTF-8              | UTF-8
            text/html;charset="windows-1258"      | windows-1258
            application/xml; Charset = 'utf-8'    | utf-8
            text/html; charset=utf-8; foo=bar     | utf-8
            windows-1258                          | windows-1258
            ' cp1258 '                            | cp1258
            text/html                             |
            text/html; charset=                   |
            bogus charset!                        |
            """)
    void readsTheCharsetOfAContentType(String header, String expected) {
        assertThat(CharsetLabels.fromContentType(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderNoCharset(String header) {
        assertThat(CharsetLabels.fromContentType(header)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<meta charset=\"windows-1258\">",
        "<META CHARSET=windows-1258 />",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">",
        "<meta name=\"description\" content=\"no charset here\"><meta content='text/html;charset=windows-1258' http-equiv='content-type'>",
        "<metadata charset=\"utf-8\"><meta\tcharset = 'windows-1258'>"
    })
    void findsTheFirstMetaThatNamesACharset(String head) {
        assertThat(CharsetLabels.fromMeta(("<html><head>" + head + "</head>").getBytes(US_ASCII), 0)).isEqualTo("windows-1258");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"windows-1258\"?><rss/>",
        "\r\n  <?xml version='1.0' encoding = 'windows-1258' standalone='yes'?><rss/>",
        "<br />\n<b>Notice</b>: x<?xml version=\"1.0\" encoding=\"windows-1258\"?><rss/>"
    })
    void readsTheXmlDeclaration(String xml) {
        assertThat(CharsetLabels.fromXmlDeclaration(xml.getBytes(US_ASCII), 0)).isEqualTo("windows-1258");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<?xml version=\"1.0\"?><rss encoding=\"windows-1258\"/>", "<rss/>", "<?xml-stylesheet href=\"a\"?>"})
    void noEncodingInTheDeclarationIsNull(String xml) {
        assertThat(CharsetLabels.fromXmlDeclaration(xml.getBytes(US_ASCII), 0)).isNull();
    }
}
