package vn.presswatch.crawler.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/** The bundled starter list: loads, is well formed, and covers what an office in Hải Phòng or Ninh Bình needs. */
class StarterSourcesTest {

    private static final List<Source> SOURCES = StarterSources.load();

    @Test
    void idsAreUniqueAndWellFormed() {
        assertThat(SOURCES).hasSizeGreaterThanOrEqualTo(40);
        Set<String> ids = new HashSet<>();
        for (Source source : SOURCES) {
            assertThat(source.id()).matches("[a-z0-9][a-z0-9_-]{0,63}");
            assertThat(ids.add(source.id())).as("unique id %s", source.id()).isTrue();
        }
    }

    @Test
    void everySourceHasAnAddressAndEveryAddressIsAbsoluteHttp() {
        for (Source source : SOURCES) {
            assertThat(source.pollUrls()).as(source.id()).isNotEmpty();
            Stream.concat(Stream.of(source.homepage()), source.pollUrls().stream()).forEach(url -> {
                URI uri = URI.create(url);
                assertThat(uri.getScheme()).as(url).isIn("http", "https");
                assertThat(uri.getHost()).as(url).isNotBlank();
                assertThat(uri.isAbsolute()).as(url).isTrue();
            });
            source.sectionPages().forEach(page -> Selector.evaluatorOf(page.linkSelector()));
            assertThat(source.name()).as(source.id()).isNotBlank();
            assertThat(source.country()).as(source.id()).matches("[A-Z]{2}");
            assertThat(source.language()).as(source.id()).isIn("vi", "en");
        }
    }

    @Test
    void everySourceStartsEnabledAndUnverified() {
        assertThat(SOURCES).allSatisfy(source -> {
            assertThat(source.enabled()).as(source.id()).isTrue();
            assertThat(source.verified()).as(source.id()).isFalse();
        });
    }

    @Test
    void theNationalPapersAndAgenciesAreAllThere() {
        assertThat(ids(s -> s.level() == SourceLevel.CENTRAL && s.language().equals("vi")
                && s.origin() == Origin.DOMESTIC)).contains("nhandan", "vnexpress", "tuoitre", "thanhnien", "dantri",
                "vietnamplus", "baochinhphu", "qdnd", "cand", "vov", "vtv", "tienphong", "laodong", "plo", "nld");
    }

    @Test
    void haiPhongAndNinhBinhHaveTheirPressAndPortals() {
        List<String> haiPhong = ids(s -> isLocal(s) && hostMatches(s, "haiphong", "thhp", "haiduong"));
        List<String> ninhBinh = ids(s -> isLocal(s) && hostMatches(s, "ninhbinh", "namdinh", "hanam"));

        assertThat(haiPhong).contains("baohaiphong", "haiphong-gov", "thhp").hasSizeGreaterThanOrEqualTo(3);
        assertThat(ninhBinh).contains("baoninhbinh", "ninhbinh-gov").hasSizeGreaterThanOrEqualTo(2);
        assertThat(byId("haiphong-gov").level()).isEqualTo(SourceLevel.GOVERNMENT_PORTAL);
        assertThat(byId("ninhbinh-gov").level()).isEqualTo(SourceLevel.GOVERNMENT_PORTAL);
    }

    @Test
    void foreignVietnameseLanguageServicesAreForeign() {
        List<String> foreignVietnamese = ids(s -> s.level() == SourceLevel.FOREIGN && s.language().equals("vi"));

        assertThat(foreignVietnamese).contains("bbc-tiengviet", "voa-tiengviet", "rfi-tiengviet", "dw-tiengviet",
                "rfa-tiengviet", "nhk-tiengviet");
        assertThat(SOURCES).filteredOn(s -> s.level() == SourceLevel.FOREIGN)
                .allSatisfy(s -> assertThat(s.origin()).as(s.id()).isEqualTo(Origin.FOREIGN))
                .allSatisfy(s -> assertThat(s.country()).as(s.id()).isNotEqualTo("VN"));
    }

    @Test
    void englishLanguageOutletsAboutVietnamAreThere() {
        assertThat(ids(s -> s.language().equals("en") && s.level() != SourceLevel.SEARCH_FEED)).contains(
                "vnexpress-intl", "vietnamnews", "tuoitrenews", "hanoitimes", "vietnamplus-en", "thediplomat-sea");
    }

    @Test
    void searchFeedsLookForBothPlacesOnGoogleNewsAndBingNews() {
        List<Source> searches = SOURCES.stream().filter(s -> s.level() == SourceLevel.SEARCH_FEED).toList();
        List<String> googleVietnamese = searches.stream().flatMap(s -> s.feedUrls().stream())
                .filter(u -> u.startsWith("https://news.google.com/rss/search?"))
                .filter(u -> u.endsWith("&hl=vi&gl=VN&ceid=VN:vi")).map(StarterSourcesTest::query).toList();
        List<String> bing = searches.stream().flatMap(s -> s.feedUrls().stream())
                .filter(u -> u.startsWith("https://www.bing.com/news/search?") && u.endsWith("&format=rss"))
                .map(StarterSourcesTest::query).toList();

        assertThat(googleVietnamese).containsExactlyInAnyOrder("\"Hải Phòng\"", "\"Ninh Bình\"");
        assertThat(bing).containsExactlyInAnyOrder("\"Hải Phòng\"", "\"Ninh Bình\"");
    }

    @Test
    void theFileSaysItsAddressesAreUnverified() throws Exception {
        try (var in = StarterSources.class.getResourceAsStream(StarterSources.RESOURCE)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"addresses\": \"unverified");
        }
    }

    /** The q parameter, decoded as a search engine decodes it ('+' is a space). */
    private static String query(String url) {
        String rawQuery = URI.create(url).getRawQuery();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.startsWith("q=")) {
                return URLDecoder.decode(parameter.substring(2), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static boolean isLocal(Source source) {
        return source.level() == SourceLevel.LOCAL || source.level() == SourceLevel.GOVERNMENT_PORTAL;
    }

    private static boolean hostMatches(Source source, String... names) {
        String host = URI.create(source.homepage()).getHost().toLowerCase(Locale.ROOT);
        return Stream.of(names).anyMatch(host::contains);
    }

    private static List<String> ids(Predicate<Source> filter) {
        return SOURCES.stream().filter(filter).map(Source::id).toList();
    }

    private static Source byId(String id) {
        return SOURCES.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
