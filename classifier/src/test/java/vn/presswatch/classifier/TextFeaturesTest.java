package vn.presswatch.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The two encodings of an article's features, names and codes, say the same. */
class TextFeaturesTest {
    private final Taxonomy taxonomy = Taxonomy.standard();

    private static Set<Long> codesOf(TextFeatures features, String[] names) {
        return Arrays.stream(names).map(features::code).collect(Collectors.toSet());
    }

    private static Set<Long> set(long[] codes) {
        return Arrays.stream(codes).boxed().collect(Collectors.toSet());
    }

    @Test
    void codesAreTheCodesOfTheNames() {
        TextFeatures features = new TextFeatures(taxonomy);
        List<Example> examples = TrainingSet.training(taxonomy);
        for (Example e : examples.subList(0, 300)) {
            String[] names = features.of(e.title(), e.text());
            assertThat(set(features.codes(e.title(), e.text()))).as(e.origin())
                    .isEqualTo(codesOf(features, names))
                    .doesNotContain(-1L)
                    .hasSize(names.length);
        }
    }

    @Test
    void namesLearntElsewhereGetTheCodesOfTheTextThatMakesThem() {
        // The scorer codes a model's feature names before any article is read; the article's codes must match.
        TextFeatures trained = new TextFeatures(taxonomy);
        String title = "Ngư dân bám biển Hoàng Sa";
        String text = "Tàu cá QNg-90 ra khơi; Đảo Song Tử Tây, huyện Trường Sa. Nguoi dan khong dau van hieu.";
        String[] names = trained.of(title, text);
        TextFeatures fresh = new TextFeatures(taxonomy);
        Set<Long> fromNames = codesOf(fresh, names);
        assertThat(set(fresh.codes(title, text))).isEqualTo(fromNames);
        assertThat(fromNames).contains(fresh.code("th=sovereignty"), fresh.code("h=sovereignty"),
                fresh.code("tfb=hoang_sa"), fresh.code("fb=truong_sa"), fresh.code("f=nguoi"));
    }

    @Test
    void namesNoArticleCanMakeHaveNoCode() {
        TextFeatures features = new TextFeatures(taxonomy);
        assertThat(features.code("h=no_such_topic")).isEqualTo(-1);
        assertThat(features.code("x=bien")).isEqualTo(-1);
        assertThat(features.code("fb=bien")).isEqualTo(-1);
        assertThat(features.code("f=")).isEqualTo(-1);
    }

    @Test
    void textWithoutDiacriticsHasTheSameFeatures() {
        TextFeatures features = new TextFeatures(taxonomy);
        assertThat(set(features.codes("Hải Phòng đón khách", "Du khách đến Cát Bà.")))
                .isEqualTo(set(features.codes("Hai Phong don khach", "Du khach den Cat Ba.")));
    }

    @Test
    void noWordsNoCodes() {
        TextFeatures features = new TextFeatures(taxonomy);
        assertThat(features.codes("", "")).isEmpty();
        assertThat(features.codes(" – … ", null)).isEmpty();
        assertThat(features.codes("Biển", "")).contains(features.code("headline-only"));
    }
}
