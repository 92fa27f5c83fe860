package vn.presswatch.classifier.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {

    private static final SyllableTable SYLLABLES = table("hai", "phong", "do", "son", "tp");

    private static SyllableTable table(String... syllables) {
        SyllableTable.Builder builder = new SyllableTable.Builder();
        for (String syllable : syllables) {
            builder.add(syllable);
        }
        return builder.build();
    }

    @Test
    void foldsEachTokenToItsSyllableId() {
        TokenizedText t = TokenizedText.of("", "HẢI Phòng, Đồ-Sơn và xyz", SYLLABLES);
        assertThat(t.size).isEqualTo(6);
        assertThat(List.of(t.id(0), t.id(1), t.id(2), t.id(3), t.id(5)))
                .containsExactly(SYLLABLES.id("hai"), SYLLABLES.id("phong"), SYLLABLES.id("do"), SYLLABLES.id("son"),
                        SyllableTable.UNKNOWN);
        assertThat(t.gaps[1]).isEqualTo(TokenizedText.GAP_SPACE);
        assertThat(t.gaps[2]).isEqualTo(TokenizedText.GAP_COMMA);
        assertThat(t.gaps[3]).isEqualTo(TokenizedText.GAP_HYPHEN);
        assertThat(t.has(0, TokenizedText.ALL_CAPS)).isTrue();
        assertThat(t.has(1, TokenizedText.CAPITALISED)).isTrue();
        assertThat(t.has(1, TokenizedText.ALL_CAPS)).isFalse();
        assertThat(t.exact(0)).isEqualTo("hải");
        assertThat(t.withDiacritics).isTrue();
    }

    @Test
    void titleAndTextAreSeparatedByAStrongGap() {
        TokenizedText t = TokenizedText.of("Hai Phong", "Do Son", SYLLABLES);
        assertThat(t.titleTokens).isEqualTo(2);
        assertThat(t.inTitle(1)).isTrue();
        assertThat(t.inTitle(2)).isFalse();
        assertThat(t.gaps[2]).isEqualTo(TokenizedText.GAP_STRONG);
        assertThat(t.withDiacritics).isFalse();
    }

    @Test
    void anAbbreviationDotIsItsOwnGap() {
        TokenizedText t = TokenizedText.of("", "TP.Hải Phòng... Đồ Sơn", SYLLABLES);
        assertThat(t.gaps[1]).isEqualTo(TokenizedText.GAP_DOT);
        assertThat(t.gaps[3]).isEqualTo(TokenizedText.GAP_STRONG);
    }

    @Test
    void caseIsUninformativeWithoutBothCases() {
        assertThat(TokenizedText.of("", "hai phong do son", SYLLABLES).caseInformative).isFalse();
        assertThat(TokenizedText.of("", "HAI PHONG", SYLLABLES).caseInformative).isFalse();
        assertThat(TokenizedText.of("", "Hai Phong", SYLLABLES).caseInformative).isTrue();
    }

    @Test
    void overlongTokensAreUnknown() {
        TokenizedText t = TokenizedText.of("", "a".repeat(100) + " hai", SYLLABLES);
        assertThat(t.id(0)).isEqualTo(SyllableTable.UNKNOWN);
        assertThat(t.id(1)).isEqualTo(SYLLABLES.id("hai"));
    }
}
