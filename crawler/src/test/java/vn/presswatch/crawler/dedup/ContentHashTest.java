package vn.presswatch.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final String BODY = "Hải Phòng thu hút hơn 1,2 tỷ USD vốn FDI trong 7 tháng đầu năm.";

    @Test
    void isPrefixedHexSha256() {
        assertThat(ContentHash.of("", "")).isEqualTo(
                "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"); // SHA-256 of ""
        assertThat(ContentHash.of("t", BODY)).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void reFetchWithOtherSpacingCaseOrUnicodeFormGivesTheSameHash() {
        String decomposed = Normalizer.normalize(BODY, Normalizer.Form.NFD);
        String respaced = "  Hải\u00A0Phòng thu hút\thơn 1,2 tỷ USD\n\nvốn FDI trong 7 tháng\u202Fđầu năm.\u200B ";
        assertThat(ContentHash.of("t", decomposed))
                .isEqualTo(ContentHash.of("t", respaced))
                .isEqualTo(ContentHash.of("t", BODY.toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(ContentHash.of("t", BODY));
    }

    @Test
    void anyChangeOfWordingOrDiacriticsGivesAnotherHash() {
        assertThat(ContentHash.of("t", BODY.replace("1,2", "1,3"))).isNotEqualTo(ContentHash.of("t", BODY));
        assertThat(ContentHash.of("t", BODY.replace("Hải", "Hai"))).isNotEqualTo(ContentHash.of("t", BODY));
    }

    @Test
    void headlineCountsOnlyWhenTheBodyIsEmpty() {
        assertThat(ContentHash.of("Tiêu đề cũ", BODY)).isEqualTo(ContentHash.of("Tiêu đề mới", BODY));
        assertThat(ContentHash.of("Tiêu đề cũ", " \n")).isNotEqualTo(ContentHash.of("Tiêu đề mới", ""));
        assertThat(ContentHash.of(BODY, null)).isEqualTo(ContentHash.of("", BODY));
    }

    @Test
    void nullCountsAsEmpty() {
        assertThat(ContentHash.of(null, null)).isEqualTo(ContentHash.of("", ""));
    }
}
