package vn.presswatch.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer(UrlCanonicalizer.Settings.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # generic normalisation (crawler-commons)
            https://vnexpress.net/ha-noi-mo-rong-vanh-dai-4-4928374.html#box_comment_vne | https://vnexpress.net/ha-noi-mo-rong-vanh-dai-4-4928374.html
            HTTPS://VnExpress.NET:443/thoi-su/../kinh-doanh/./cang-lach-huyen-4928374.html | https://vnexpress.net/kinh-doanh/cang-lach-huyen-4928374.html
            http://baohaiphong.vn:80/kinh-te/cang-lach-huyen-459876.html | http://baohaiphong.vn/kinh-te/cang-lach-huyen-459876.html
            https://baohaiphong.vn:8443/kinh-te/a.html | https://baohaiphong.vn:8443/kinh-te/a.html
            https://vnexpress.net | https://vnexpress.net/
            https://vnexpress.net./thoi-su | https://vnexpress.net/thoi-su
            https://vnexpress.net//thoi-su//chinh-tri/ | https://vnexpress.net/thoi-su/chinh-tri/
            https://vnexpress.net/tin-tức mới.html | https://vnexpress.net/tin-t%E1%BB%A9c%20m%E1%BB%9Bi.html
            https://vnexpress.net/tin-t%e1%bb%a9c.html | https://vnexpress.net/tin-t%E1%BB%A9c.html
            https://báo.vn/bai-viet | https://xn--bo-mia.vn/bai-viet
            https://bientap:matkhau@nhandan.vn/chinh-tri | https://nhandan.vn/chinh-tri
            https://haiphong.gov.vn/index.html | https://haiphong.gov.vn/index.html
            https://nhandan.vn/Chinh-Tri/Bai-Viet.HTML | https://nhandan.vn/Chinh-Tri/Bai-Viet.HTML
            # the scheme is kept, not guessed
            http://vnexpress.net/a-1.html | http://vnexpress.net/a-1.html
            # tracking parameters
            https://nhandan.vn/bai-viet-post812345.html?utm_source=rss&utm_medium=feed&utm_campaign=thoi-su | https://nhandan.vn/bai-viet-post812345.html
            https://tuoitre.vn/bai-2025081810.htm?fbclid=IwAR0abc&gclid=Cj0K&msclkid=1&dclid=2&yclid=3 | https://tuoitre.vn/bai-2025081810.htm
            https://baohaiphong.vn/bai-459876.html?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo&gidzl=Kx9 | https://baohaiphong.vn/bai-459876.html
            https://thanhnien.vn/bai-185250818.htm?mc_cid=a&mc_eid=b&_ga=2.1&_gl=1*x&igshid=y&ref=home&ref_src=twsrc&cmpid=nl | https://thanhnien.vn/bai-185250818.htm
            https://thanhnien.vn/bai-185250818.htm?UTM_SOURCE=x&FBCLID=y | https://thanhnien.vn/bai-185250818.htm
            https://thanhnien.vn/bai.htm?reference=3&source=rss&from=home | https://thanhnien.vn/bai.htm?from=home&reference=3&source=rss
            # remaining parameters sorted, repeated names in their order, empty ones dropped
            https://dantri.com.vn/video.htm?page=2&cat=3 | https://dantri.com.vn/video.htm?cat=3&page=2
            https://dantri.com.vn/tim-kiem.htm?id=2&id=1&a=0 | https://dantri.com.vn/tim-kiem.htm?a=0&id=2&id=1
            https://dantri.com.vn/a.htm? | https://dantri.com.vn/a.htm
            https://dantri.com.vn/a.htm?&&utm_source=x& | https://dantri.com.vn/a.htm
            https://dantri.com.vn/a.htm?x=&y | https://dantri.com.vn/a.htm?x&y
            https://tuoitre.vn/tim-kiem.htm?q=Hải Phòng | https://tuoitre.vn/tim-kiem.htm?q=H%E1%BA%A3i%20Ph%C3%B2ng
            https://tuoitre.vn/tim-kiem.htm?q=H%e1%ba%a3i+Ph%C3%B2ng&p=%41%3D | https://tuoitre.vn/tim-kiem.htm?p=A%3D&q=H%E1%BA%A3i+Ph%C3%B2ng
            # escapes in the path and a query together (crawler-commons #559 garbles these)
            https://vnexpress.net/%7Etin-moi/p%2d1.html?utm_source=x&b=%41 | https://vnexpress.net/~tin-moi/p-1.html?b=A
            # AMP variants
            https://tuoitre.vn/amp/ha-noi-mo-rong-duong-2025081810.htm | https://tuoitre.vn/ha-noi-mo-rong-duong-2025081810.htm
            https://thanhnien.vn/bai-viet-185250818.htm/amp | https://thanhnien.vn/bai-viet-185250818.htm
            https://plo.vn/thoi-su/bai-viet-post870001/amp/ | https://plo.vn/thoi-su/bai-viet-post870001/
            https://baohaiphong.vn/kinh-te/bai-viet.amp.html | https://baohaiphong.vn/kinh-te/bai-viet.html
            https://vietnamnet.vn/bai-viet-2431234.amp | https://vietnamnet.vn/bai-viet-2431234
            https://vietnamnet.vn/bai-viet-2431234.html?amp=1 | https://vietnamnet.vn/bai-viet-2431234.html
            https://vietnamnet.vn/bai-viet-2431234.html?amp | https://vietnamnet.vn/bai-viet-2431234.html
            https://laodong.vn/xa-hoi/bai-1234567.ldo?outputType=amp&page=1 | https://laodong.vn/xa-hoi/bai-1234567.ldo?page=1
            https://laodong.vn/xa-hoi/bai-1234567.ldo?outputType=print | https://laodong.vn/xa-hoi/bai-1234567.ldo?outputType=print
            https://amp.theguardian.com/world/2025/aug/18/vietnam-floods | https://theguardian.com/world/2025/aug/18/vietnam-floods
            https://vnexpress.net/amp | https://vnexpress.net/
            https://vnexpress.net/ampere-ke-4928000.html | https://vnexpress.net/ampere-ke-4928000.html
            https://vnexpress.net/champ/amplifier.html | https://vnexpress.net/champ/amplifier.html
            https://vnexpress.net/a/amp.amp | https://vnexpress.net/a
            https://vnexpress.net/x/..amp | https://vnexpress.net/x/
            https://vnexpress.net/bai.amp.html/amp | https://vnexpress.net/bai.html
            # mobile hosts
            https://m.baomoi.com/cang-hai-phong/c/52345678.epi | https://baomoi.com/cang-hai-phong/c/52345678.epi
            https://mobile.nhandan.vn/chinh-tri/bai-viet.html | https://nhandan.vn/chinh-tri/bai-viet.html
            https://m.dantri.com.vn/xa-hoi/a.htm | https://dantri.com.vn/xa-hoi/a.htm
            https://amp.m.baomoi.com/a.epi | https://baomoi.com/a.epi
            http://m.com.vn/a | http://m.com.vn/a
            https://m.vn/a | https://m.vn/a
            https://mvnexpress.net/a | https://mvnexpress.net/a
            # everything at once
            https://mobile.tuoitre.vn/amp/bai-2025081810.htm?amp=1&utm_source=facebook&fbclid=x#top | https://tuoitre.vn/bai-2025081810.htm
            http://127.0.0.1:8080/demo/bai-1.html?utm_source=x | http://127.0.0.1:8080/demo/bai-1.html
            """)
    void canonicalizes(String url, String expected) {
        assertThat(canonicalizer.canonicalize(url)).isEqualTo(expected);
        assertThat(canonicalizer.canonicalize(expected)).as("idempotent").isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "vnexpress.net/thoi-su", "//vnexpress.net/thoi-su", "/thoi-su/a.html",
            "ftp://vnexpress.net/a", "javascript:void(0)", "mailto:toasoan@nhandan.vn", "file:///etc/passwd",
            "http://", "http:///thoi-su", "https://vn express.net/a", "https:vnexpress.net", "https://vnexpress.net..",
            "https://vnexpress.net/a\uD83D?b", "https://vnexpress.net/a\uDE00", "https:///../vnexpress.net/a", "http:\\\\vnexpress.net\\a"})
    void rejectsWhatIsNotAnHttpUrl(String url) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(URL is missing|not an absolute URL|not an http\\(s\\) URL|malformed URL|URL has no valid host).*");
    }

    @Test
    void messageNamesTheUrl() {
        assertThatThrownBy(() -> canonicalizer.canonicalize("ftp://vnexpress.net/a"))
                .hasMessage("not an http(s) URL: ftp://vnexpress.net/a");
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # a good declaration wins over tracking parameters, AMP and mobile hosts
            https://vnexpress.net/a-4928374.html?utm_source=rss | https://vnexpress.net/a-4928374.html | https://vnexpress.net/a-4928374.html
            https://m.baomoi.com/a/c/1.epi | https://baomoi.com/a/c/1.epi?utm_source=x | https://baomoi.com/a/c/1.epi
            https://baohaiphong.vn/amp/tin-1.html | https://baohaiphong.vn/kinh-te/tin-1.html | https://baohaiphong.vn/kinh-te/tin-1.html
            https://vnexpress.net/x-1.html | https://e.vnexpress.net/news/x-1.html | https://e.vnexpress.net/news/x-1.html
            https://vnexpress.net/x-1.html | http://vnexpress.net/x-1.html | http://vnexpress.net/x-1.html
            # relative declarations resolve against the page
            https://nhandan.vn/chinh-tri/x/amp | /chinh-tri/bai-viet-123.html | https://nhandan.vn/chinh-tri/bai-viet-123.html
            https://nhandan.vn/chinh-tri/x.html | bai-viet-123.html | https://nhandan.vn/chinh-tri/bai-viet-123.html
            https://nhandan.vn/chinh-tri/x.html | //nhandan.vn/bai-viet-123.html | https://nhandan.vn/bai-viet-123.html
            https://nhandan.vn/chinh-tri/x.html | /tin-tức.html#binh-luan | https://nhandan.vn/tin-t%E1%BB%A9c.html
            # another registrable domain: ignored
            https://baohaiphong.vn/kinh-te/x-1.html | https://vnexpress.net/kinh-doanh/x-1.html | https://baohaiphong.vn/kinh-te/x-1.html
            https://dantri.com.vn/x.htm | https://vtv.com.vn/x.htm | https://dantri.com.vn/x.htm
            https://toasoan-a.github.io/x | https://toasoan-b.github.io/x | https://toasoan-a.github.io/x
            http://127.0.0.1:8080/a.html | http://127.0.0.1:8080/b.html | http://127.0.0.1:8080/b.html
            http://127.0.0.1:8080/a.html | http://localhost:8080/b.html | http://127.0.0.1:8080/a.html
            # the front page declared on every article: ignored, but fine on the front page itself
            https://baohaiphong.vn/kinh-te/x-1.html | https://baohaiphong.vn/ | https://baohaiphong.vn/kinh-te/x-1.html
            https://baohaiphong.vn/?utm_source=x | https://baohaiphong.vn | https://baohaiphong.vn/
            # unusable declarations: ignored
            https://tuoitre.vn/a.htm | NULL | https://tuoitre.vn/a.htm
            https://tuoitre.vn/a.htm | '   ' | https://tuoitre.vn/a.htm
            https://tuoitre.vn/a.htm | javascript:void(0) | https://tuoitre.vn/a.htm
            https://tuoitre.vn/a.htm | ftp://tuoitre.vn/a.htm | https://tuoitre.vn/a.htm
            https://tuoitre.vn/a.htm | http:// | https://tuoitre.vn/a.htm
            https://tuoitre.vn/a.htm | https://tuoi tre.vn/a.htm | https://tuoitre.vn/a.htm
            """)
    void declaredCanonicalWinsOnlyWhenTrustworthy(String page, String declared, String expected) {
        assertThat(canonicalizer.canonicalize(page, declared)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://vnexpress.net/a.html?q=a\\b|c{d}\"e\"", "https://vnexpress.net/a.html?q=<b>&r=`x`^"})
    void resultIsAValidUri(String url) {
        String canonical = canonicalizer.canonicalize(url);
        assertThatCode(() -> java.net.URI.create(canonical)).doesNotThrowAnyException();
        assertThat(canonicalizer.canonicalize(url, "/b.html")).isEqualTo("https://vnexpress.net/b.html");
    }

    @Test
    void randomUrlsEitherCanonicalizeIdempotentlyOrAreRejectedCleanly() {
        String[] pieces = {"https://", "http://", "m.", "amp.", "vnexpress.net", "báo.vn", "com.vn", ":443", ":80", ":99999",
                "/", "//", "/../", "/./", "/amp", ".amp.html", "?", "&", "=", "#", "%", "%2d", "%7E", "%zz", "utm_source",
                "amp", "outputType", "q", "Hải Phòng", " ", "\\", "[", "]", "@", "user:pw", "..", "\u0000", "\uD83D"};
        java.util.Random random = new java.util.Random(459876);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "");
            for (int j = random.nextInt(10); j >= 0; j--) {
                url.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = url.toString();
            try {
                String canonical = canonicalizer.canonicalize(input);
                assertThat(canonicalizer.canonicalize(canonical)).as(input).isEqualTo(canonical);
                assertThat(java.net.URI.create(canonical).getHost()).as(input).isNotNull();
            } catch (IllegalArgumentException expected) {
                assertThat(expected).as(input).hasMessageMatching(
                        "(URL is missing|not an absolute URL|not an http\\(s\\) URL|malformed URL|URL has no valid host).*");
            }
        }
    }

    @Test
    void malformedPageUrlIsRejectedEvenWithADeclaration() {
        assertThatThrownBy(() -> canonicalizer.canonicalize("not a url", "https://vnexpress.net/a.html"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void officeCanAddTrackingParameters() {
        UrlCanonicalizer extended = new UrlCanonicalizer(
                UrlCanonicalizer.Settings.defaults().plusTrackingParameters(List.of("Itm_Source", "src")));
        assertThat(extended.canonicalize("https://vov.vn/a.vov?src=home&itm_source=box&id=1"))
                .isEqualTo("https://vov.vn/a.vov?id=1");
        assertThat(canonicalizer.canonicalize("https://vov.vn/a.vov?src=home&id=1"))
                .isEqualTo("https://vov.vn/a.vov?id=1&src=home");
    }

    @Test
    void hostAliasesMapVariantsThatAreNotPrefixes() {
        UrlCanonicalizer.Settings defaults = UrlCanonicalizer.Settings.defaults();
        UrlCanonicalizer aliased = new UrlCanonicalizer(new UrlCanonicalizer.Settings(defaults.trackingParameters(),
                defaults.trackingParameterPrefixes(), defaults.variantHostPrefixes(),
                Map.of("M.Example.VN", "www.example.vn", "theguardian.com", "www.theguardian.com")));
        assertThat(aliased.canonicalize("https://m.example.vn/a")).isEqualTo("https://www.example.vn/a");
        assertThat(aliased.canonicalize("https://amp.theguardian.com/world/x")).isEqualTo("https://www.theguardian.com/world/x");
        assertThat(aliased.canonicalize("https://www.example.vn/a")).isEqualTo("https://www.example.vn/a");
    }

    @Test
    void settingsAreCopiedAndLowerCased() {
        UrlCanonicalizer.Settings settings = new UrlCanonicalizer.Settings(
                new java.util.HashSet<>(Set.of("SRC")), List.of("UTM_"), List.of("M."), Map.of());
        assertThat(settings.trackingParameters()).containsExactly("src");
        assertThat(settings.trackingParameterPrefixes()).containsExactly("utm_");
        assertThatThrownBy(() -> settings.trackingParameters().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
