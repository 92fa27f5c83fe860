package vn.presswatch.classifier.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Places an office adds for itself. */
class CustomLocalityTest {

    private static final LocalityMatcher MATCHER = new LocalityMatcher(LocalityMatcher.Settings.defaults()
            .withCustomLocalities(List.of(
                    new CustomLocality("Làng gốm Mỹ Đồng", List.of("gốm Mỹ Đồng"), "11560"),
                    new CustomLocality("bánh đa cua Đồ Sơn", List.of(), "31"),
                    new CustomLocality("Chùa Hang", List.of("Chua Hang pagoda"), null),
                    new CustomLocality("Hòn Dáu", List.of(), "11455"))));

    private static List<String> ids(String text) {
        return MATCHER.match("", text).stream().map(LocalityMatch::id).toList();
    }

    @Test
    void matchesTheNameAndAliasesWithOrWithoutDiacritics() {
        assertThat(ids("Về thăm làng gốm Mỹ Đồng.")).contains("custom:lang-gom-my-dong");
        assertThat(ids("Sản phẩm gốm Mỹ Đồng được ưa chuộng.")).contains("custom:lang-gom-my-dong");
        assertThat(ids("Ve tham lang gom My Dong.")).contains("custom:lang-gom-my-dong");
        assertThat(ids("Visitors to Chua Hang pagoda.")).containsExactly("custom:chua-hang");
    }

    @Test
    void bringsItsCommuneAndProvince() {
        List<LocalityMatch> matches = MATCHER.match("", "Đến Làng gốm Mỹ Đồng mua quà.");
        assertThat(matches).extracting(LocalityMatch::id)
                .containsExactly("31", "11560", "custom:lang-gom-my-dong");
        LocalityMatch custom = matches.get(2);
        assertThat(custom.level()).isEqualTo(LocalityLevel.CUSTOM);
        assertThat(custom.name()).isEqualTo("Làng gốm Mỹ Đồng");
        assertThat(custom.parentId()).isEqualTo("11560");
        assertThat(custom.provinceId()).isEqualTo("31");
        assertThat(custom.storedValue()).isEqualTo("Làng gốm Mỹ Đồng");
        assertThat(matches.get(1).storedValue()).isEqualTo("Phường Thủy Nguyên, Hải Phòng");
    }

    @Test
    void withoutAParentItStandsAlone() {
        List<LocalityMatch> matches = MATCHER.match("", "Lễ hội Chùa Hang đông vui.");
        assertThat(matches).extracting(LocalityMatch::id).containsExactly("custom:chua-hang");
        assertThat(matches.get(0).provinceId()).isNull();
    }

    @Test
    void lowerCaseWordsOfTheNameMayBeEitherCapitalisedOnesMustBeCapitalised() {
        assertThat(ids("Món bánh đa cua Đồ Sơn nổi tiếng.")).contains("custom:banh-da-cua-do-son");
        assertThat(ids("Bánh đa cua Đồ Sơn nổi tiếng.")).contains("custom:banh-da-cua-do-son");
        assertThat(ids("Chuyến đi chùa hang động.")).doesNotContain("custom:chua-hang");
    }

    @Test
    void winsOverAGazetteerNameWrittenTheSameWay() {
        LocalityMatcher matcher = new LocalityMatcher(LocalityMatcher.Settings.defaults()
                .withCustomLocalities(List.of(new CustomLocality("Đồ Sơn", List.of(), "31"))));
        assertThat(matcher.match("", "Bãi tắm Đồ Sơn.")).extracting(LocalityMatch::id)
                .containsExactly("31", "custom:do-son");
    }

    @Test
    void countsInTheTitle() {
        List<LocalityMatch> matches = MATCHER.match("Hòn Dáu mùa hè", "Ngọn hải đăng trên đảo.");
        assertThat(matches).extracting(LocalityMatch::id, LocalityMatch::inTitle).containsExactly(
                org.assertj.core.groups.Tuple.tuple("31", true), org.assertj.core.groups.Tuple.tuple("11455", true),
                org.assertj.core.groups.Tuple.tuple("custom:hon-dau", true));
    }

    @Test
    void rejectsBadSettingsWithAMessageInVietnameseFirst() {
        assertThatThrownBy(() -> new LocalityMatcher(LocalityMatcher.Settings.defaults()
                .withCustomLocalities(List.of(new CustomLocality("Làng A", List.of(), "99999")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Mã đơn vị").hasMessageContaining("99999");
        assertThatThrownBy(() -> new LocalityMatcher(LocalityMatcher.Settings.defaults()
                .withCustomLocalities(List.of(CustomLocality.of("Làng Á"), CustomLocality.of("Lang A")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("custom:lang-a");
        assertThatThrownBy(() -> new LocalityMatcher(LocalityMatcher.Settings.defaults()
                .withHomeProvinceIds(Set.of("00")))).hasMessageStartingWith("Mã tỉnh");
        assertThatThrownBy(() -> CustomLocality.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomLocality.of("...")).hasMessageStartingWith("Tên địa danh");
        assertThatThrownBy(() -> CustomLocality.of("x".repeat(201))).hasMessageStartingWith("Tên địa danh");
    }

    @Test
    void idsAreStableSlugs() {
        assertThat(CustomLocality.of("Làng nghề gốm sứ Phù Lãng").id()).isEqualTo("custom:lang-nghe-gom-su-phu-lang");
        assertThat(CustomLocality.of("  Đảo  Cát Bà!  ").id()).isEqualTo("custom:dao-cat-ba");
    }
}
