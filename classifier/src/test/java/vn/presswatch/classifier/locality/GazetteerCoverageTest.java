package vn.presswatch.classifier.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.text.VietnameseFolding;

/** Every unit of the gazetteer is found the way the press writes it. */
class GazetteerCoverageTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final LocalityMatcher MATCHER = new LocalityMatcher(GAZETTEER, LocalityMatcher.Settings.defaults());

    private static List<String> ids(String text) {
        return MATCHER.match("", text).stream().map(LocalityMatch::id).toList();
    }

    @Test
    void theBundledGazetteerHasTheUnitsOfJuly2025() {
        assertThat(GAZETTEER.provinces()).hasSize(34);
        assertThat(GAZETTEER.communes()).hasSize(3_321);
        assertThat(GAZETTEER.province("31")).map(Province::shortName).contains("Hải Phòng");
        assertThat(GAZETTEER.province("31").orElseThrow().formerNames()).containsExactly("Hải Dương", "Hải Phòng");
        assertThat(GAZETTEER.province("37").orElseThrow().formerNames())
                .containsExactlyInAnyOrder("Hà Nam", "Nam Định", "Ninh Bình");
        assertThat(GAZETTEER.communes().stream().filter(c -> c.provinceCode().equals("31"))).hasSize(114);
        assertThat(GAZETTEER.communes().stream().filter(c -> c.provinceCode().equals("37"))).hasSize(129);
        assertThat(GAZETTEER.commune("11455")).map(Commune::fullName).contains("Phường Đồ Sơn");
    }

    @Test
    void everyProvinceIsFoundByItsNameWithAndWithoutDiacriticsAndInEnglish() {
        List<String> missed = new ArrayList<>();
        for (Province province : GAZETTEER.provinces()) {
            // Bare, "Hồ Chí Minh" is the president (see LocalityMatcherTest.HoChiMinh): write it as a city.
            String name = province.code().equals("79") ? "TP " + province.shortName() : province.shortName();
            String ascii = VietnameseFolding.fold(name);
            String english = province.code().equals("79") ? province.englishName() : province.asciiName();
            for (String text : List.of("Tin từ " + name + " hôm nay.", "Tin tu " + ascii + " hom nay.",
                    "News from " + province.englishName() + " today.", "News from " + english + " today.",
                    province.name() + " thông báo.", "TIN TỪ " + name.toUpperCase(java.util.Locale.ROOT))) {
                if (!ids(text).equals(List.of(province.code()))) {
                    missed.add(text + " -> " + ids(text));
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void everyFormerProvinceIsFoundAsTheProvinceThatAbsorbedIt() {
        List<String> missed = new ArrayList<>();
        for (Province province : GAZETTEER.provinces()) {
            for (String former : province.formerNames()) {
                if (former.equals(province.shortName())) {
                    continue;
                }
                String text = "Trước năm 2025, tỉnh " + former + " có nhiều đổi mới.";
                if (!ids(text).equals(List.of(province.code()))) {
                    missed.add(text + " -> " + ids(text));
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    /**
     * All 3,321 communes, written with their type and province as an address ("Phường Đồ Sơn, Hải Phòng"):
     * with diacritics each is found; without them too, except that names of the same type which differ only in
     * diacritics within one province (Xã Cẩm Giang and Xã Cẩm Giàng) can then only give the province.
     */
    @Test
    void everyCommuneIsFoundWithItsTypeAndProvince() {
        Map<String, Integer> foldedInProvince = new HashMap<>();
        for (Commune commune : GAZETTEER.communes()) {
            foldedInProvince.merge(key(commune), 1, Integer::sum);
        }
        List<String> missed = new ArrayList<>();
        for (Commune commune : GAZETTEER.communes()) {
            Province province = GAZETTEER.province(commune.provinceCode()).orElseThrow();
            String text = "Hội nghị tại " + commune.fullName() + ", " + province.shortName() + " hôm qua.";
            if (!ids(text).equals(List.of(province.code(), commune.code()))) {
                missed.add(text + " -> " + ids(text));
            }
            String ascii = VietnameseFolding.fold(text);
            boolean unique = foldedInProvince.get(key(commune)) == 1;
            List<String> expected = unique ? List.of(province.code(), commune.code()) : List.of(province.code());
            if (!ids(ascii).equals(expected)) {
                missed.add(ascii + " -> " + ids(ascii));
            }
        }
        assertThat(missed).isEmpty();
    }

    /** What tells a commune apart without diacritics: its province, type and folded name. */
    private static String key(Commune commune) {
        return commune.provinceCode() + "|" + commune.type() + "|" + VietnameseFolding.foldLower(commune.name());
    }

    /** With only the type and no province, a name unique in the country is enough. */
    @Test
    void aCommuneWithAUniqueNameIsFoundWithItsTypeAlone() {
        Map<String, Integer> named = new HashMap<>();
        for (Commune commune : GAZETTEER.communes()) {
            named.merge(Syllables.exactPhrase(commune.name()), 1, Integer::sum);
            named.merge(VietnameseFolding.foldLower(commune.name()), 1, Integer::sum);
        }
        int checked = 0;
        List<String> missed = new ArrayList<>();
        for (Commune commune : GAZETTEER.communes()) {
            // A name spelt without diacritics ("Ba Dinh") may be any of the names that fold to it.
            boolean plain = VietnameseFolding.fold(commune.name()).equals(commune.name());
            String key = plain ? VietnameseFolding.foldLower(commune.name()) : Syllables.exactPhrase(commune.name());
            if (named.get(key) == (plain ? 2 : 1)) {
                checked++;
                String text = "Hội nghị tại " + commune.fullName() + " hôm qua.";
                if (!ids(text).equals(List.of(commune.provinceCode(), commune.code()))) {
                    missed.add(text + " -> " + ids(text));
                }
            }
        }
        assertThat(checked).isGreaterThan(2_500);
        assertThat(missed).isEmpty();
    }
}
