package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkResolverTest {

    private static final String BASE = "https://baohaiphong.example/rss/tin-moi.rss";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "https://a.example/x.html => https://a.example/x.html",
            "HTTP://A.example/x.html => http://A.example/x.html",
            "/tin-tuc/a.html => https://baohaiphong.example/tin-tuc/a.html",
            "a.html => https://baohaiphong.example/rss/a.html",
            "../a.html => https://baohaiphong.example/a.html",
            "//cdn.example/a.html => https://cdn.example/a.html",
            "?id=5 => https://baohaiphong.example/rss/tin-moi.rss?id=5",
            "/a b.html => https://baohaiphong.example/a%20b.html",
            "/giam-50%-phi.html => https://baohaiphong.example/giam-50%25-phi.html",
            "/a.html?x=1|2 => https://baohaiphong.example/a.html?x=1%7C2",
            "/a.html#p1#p2 => https://baohaiphong.example/a.html#p1%23p2",
            "/tin/hải-phòng.html => https://baohaiphong.example/tin/hải-phòng.html",
            "'  https://a.example/x.html\n ' => https://a.example/x.html",
    })
    void resolves(String ref, String expected) {
        assertThat(LinkResolver.resolve(BASE, ref)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:void(0)", "mailto:toasoan@example.vn", "ftp://a.example/x", "http://", "  ", "https://a.example:99999999999/"})
    void rejectsWhatIsNotAWebAddress(String ref) {
        assertThat(LinkResolver.resolve(BASE, ref)).isEmpty();
    }

    @Test
    void resolvesAgainstABaseWithoutPath() {
        // java.net.URI alone would give https://a.examplex.html (JDK-4666701).
        assertThat(LinkResolver.resolve("https://a.example", "x.html")).contains("https://a.example/x.html");
    }

    @Test
    void aGuidCountsAsALinkOnlyWhenAbsolute() {
        assertThat(LinkResolver.absolute("12345")).isEmpty();
        assertThat(LinkResolver.absolute("tag:baohaiphong.example,2025:725001")).isEmpty();
        assertThat(LinkResolver.absolute("https://a.example/725001.html")).contains("https://a.example/725001.html");
    }

    @Test
    void xmlBaseChainsKeepTheCurrentBaseWhenUnusable() {
        String base = LinkResolver.rebase(BASE, "https://www.bbc.example/vietnamese/");
        assertThat(LinkResolver.rebase(base, "features/")).isEqualTo("https://www.bbc.example/vietnamese/features/");
        assertThat(LinkResolver.rebase(base, null)).isEqualTo(base);
        assertThat(LinkResolver.rebase(base, "javascript:x")).isEqualTo(base);
    }
}
