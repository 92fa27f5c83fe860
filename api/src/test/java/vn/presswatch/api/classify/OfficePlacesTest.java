package vn.presswatch.api.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.presswatch.classifier.LocalityTagger;
import vn.presswatch.classifier.locality.LocalityMatcher;

/** The office's own places and home province reach the locality tagger. */
class OfficePlacesTest {

    @Test
    void aConfiguredPlaceIsTaggedWithAndWithoutDiacriticsAndTheHomeProvinceIsResolvedByName() {
        LocalityMatcher.Settings settings = OfficePlaces.settings("Hải Phòng",
                "Làng nghề gốm Phù Lãng=gốm Phù Lãng; Bánh đa cua Đồ Sơn");
        LocalityTagger tagger = Localities.tagger(settings);

        assertThat(settings.homeProvinceIds()).containsExactly("31");
        assertThat(tagger.localities("Khách du lịch tìm đến gốm Phù Lãng", "Sản phẩm gốm được ưa chuộng."))
                .contains("Làng nghề gốm Phù Lãng");
        assertThat(tagger.localities("Banh da cua Do Son vao top dac san", ""))
                .contains("Bánh đa cua Đồ Sơn");
        assertThat(OfficePlaces.settings("31", "").homeProvinceIds()).containsExactly("31");
    }

    @Test
    void anUnknownProvinceIsNamed() {
        assertThatThrownBy(() -> OfficePlaces.settings("Hải Dương Mới", ""))
                .hasMessageContaining("Hải Dương Mới").hasMessageContaining("34 tỉnh");
    }
}
