package vn.presswatch.classifier.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void exactKeysPutTheToneMarkTheClassicalWay() {
        assertThat(Syllables.exact("Hoà")).isEqualTo("hòa");
        assertThat(Syllables.exact("HOÀ")).isEqualTo("hòa");
        assertThat(Syllables.exact("hòa")).isEqualTo("hòa");
        assertThat(Syllables.exact("Thuỷ")).isEqualTo("thủy");
        assertThat(Syllables.exact("khoẻ")).isEqualTo("khỏe");
        // With a final consonant both spellings already agree; "quý" is qu + ý.
        assertThat(Syllables.exact("Hoàng")).isEqualTo("hoàng");
        assertThat(Syllables.exact("Quý")).isEqualTo("quý");
        assertThat(Syllables.exact("Hóa")).isEqualTo("hóa");
    }

    @Test
    void splitsNamesLikeText() {
        assertThat(Syllables.split("Cư M'gar")).containsExactly("Cư", "Mgar");
        assertThat(Syllables.split("Ea H’Leo")).containsExactly("Ea", "HLeo");
        assertThat(Syllables.split("Văn Miếu - Quốc Tử Giám")).hasSize(5);
        assertThat(Syllables.split("TP.HCM")).containsExactly("TP", "HCM");
        assertThat(Syllables.split("Hanoi's")).containsExactly("Hanoi", "s");
        assertThat(Syllables.split("")).isEqualTo(List.of());
    }

    @Test
    void foldedPhrasesIgnoreDiacriticsAndCase() {
        assertThat(Syllables.foldedPhrase("Thành phố Hải Phòng")).isEqualTo("thanh pho hai phong");
        assertThat(Syllables.foldedPhrase("ĐẶC KHU CÁT HẢI")).isEqualTo("dac khu cat hai");
    }
}
