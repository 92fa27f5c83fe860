package vn.presswatch.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.text.VietnameseFolding;

/** The hand-written syllable shape decides as its regular expression does. */
class VietnameseSyllablesTest {
    private static final Pattern SHAPE = Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
            + "(uye|uya|oai|oay|oeo|uay|uoi|uou|ieu|yeu|uai|ooc|oong|[aeiouy]{1,3})(ch|nh|ng|[cmnpt])?");

    @Test
    void agreesWithTheRegularExpression() {
        Set<String> words = new LinkedHashSet<>();
        for (Example e : TrainingSet.training(Taxonomy.standard())) {
            for (String s : TextFeatures.syllables(e.title() + " " + e.text(), Integer.MAX_VALUE)) {
                words.add(VietnameseFolding.foldLower(s));
            }
        }
        // And strings built from the pieces, valid or not, which real text rarely has.
        String pieces = "aeiouybcdghklmnpqrstvx";
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                w.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            words.add(w.toString());
        }
        List<String> disagreements = new ArrayList<>();
        int shaped = 0;
        for (String w : words) {
            boolean expected = SHAPE.matcher(w).matches();
            shaped += expected ? 1 : 0;
            if (VietnameseSyllables.isSyllable(w) != expected) {
                disagreements.add(w);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(shaped).isGreaterThan(2_000);
    }

    @Test
    void tellsVietnameseWithoutDiacriticsFromEnglish() {
        assertThat(VietnameseSyllables.share(TextFeatures.syllables(
                "Hai Phong don hon 2 trieu luot khach du lich trong sau thang dau nam", 200))).isGreaterThan(0.9);
        assertThat(VietnameseSyllables.share(TextFeatures.syllables(
                "The province welcomed more than two million tourists with government support", 200)))
                .isLessThan(0.5);
    }
}
