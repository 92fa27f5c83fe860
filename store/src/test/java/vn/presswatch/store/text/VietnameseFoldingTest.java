package vn.presswatch.store.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseFoldingTest {

    /**
     * The 12 Vietnamese vowels, each row in tone order: ngang, huyền, sắc, hỏi, ngã, nặng. Typed out rather than
     * generated, and checked against the combining marks in {@link #vowelTableIsTheVowelsTimesTheTones}.
     */
    private static final String[] VOWELS = {
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    };
    private static final String[] VOWELS_UPPER = {
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    };
    private static final String BASES = "aaaeeiooouuy";
    /** Combining huyền, sắc, hỏi, ngã, nặng. */
    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

    @Test
    void vowelTableIsTheVowelsTimesTheTones() {
        for (int v = 0; v < VOWELS.length; v++) {
            String row = VOWELS[v];
            assertThat(row).hasSize(6);
            assertThat(VOWELS_UPPER[v]).isEqualTo(row.toUpperCase(Locale.ROOT));
            for (int tone = 1; tone < 6; tone++) {
                String composed = Normalizer.normalize(row.charAt(0) + TONE_MARKS.substring(tone - 1, tone),
                        Normalizer.Form.NFC);
                assertThat(row.substring(tone, tone + 1)).as("vowel %s tone %d", row.charAt(0), tone)
                        .isEqualTo(composed);
            }
        }
    }

    static Stream<Arguments> vowelsWithTones() {
        List<Arguments> cases = new ArrayList<>();
        for (int v = 0; v < VOWELS.length; v++) {
            for (int tone = 0; tone < 6; tone++) {
                char base = BASES.charAt(v);
                cases.add(Arguments.of(String.valueOf(VOWELS[v].charAt(tone)), String.valueOf(base)));
                cases.add(Arguments.of(String.valueOf(VOWELS_UPPER[v].charAt(tone)),
                        String.valueOf(Character.toUpperCase(base))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("vowelsWithTones")
    void everyVowelWithEveryToneFoldsToItsBaseLetter(String letter, String base) {
        assertThat(VietnameseFolding.fold(letter)).isEqualTo(base);
        assertThat(VietnameseFolding.fold(nfd(letter))).isEqualTo(base);
        assertThat(VietnameseFolding.foldLower(letter)).isEqualTo(base.toLowerCase(Locale.ROOT));
        assertThat(foldInPlace(letter)).isEqualTo(base);
    }

    @Test
    void dWithStrokeFoldsToD() {
        assertThat(VietnameseFolding.fold("đ")).isEqualTo("d");
        assertThat(VietnameseFolding.fold("Đ")).isEqualTo("D");
        assertThat(VietnameseFolding.foldLower("Đ")).isEqualTo("d");
        assertThat(foldInPlace("đĐ")).isEqualTo("dD");
        // Look-alikes of Đ from legacy encodings: eth and African D, with their lower cases.
        assertThat(VietnameseFolding.fold("ÐðƉɖ")).isEqualTo("DdDd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bcdghklmnpqrstvx", "BCDGHKLMNPQRSTVX", "fjwz FJWZ", "ch gh kh ng ngh nh ph qu th tr",
        "0123456789 .,;:!?-_'\"()[]{}@#%&*+=/\\<>|~^`$", ""})
    void consonantsAsciiAndEmptyAreUnchangedAndTheSameInstance(String s) {
        assertThat(VietnameseFolding.fold(s)).isSameAs(s);
        assertThat(VietnameseFolding.normalize(s)).isSameAs(s);
        assertThat(foldInPlace(s)).isEqualTo(s);
    }

    @Test
    void nullStaysNull() {
        assertThat(VietnameseFolding.normalize(null)).isNull();
        assertThat(VietnameseFolding.fold(null)).isNull();
        assertThat(VietnameseFolding.foldLower(null)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Hải Phòng, Hai Phong",
        "HẢI PHÒNG, HAI PHONG",
        "Ninh Bình, Ninh Binh",
        "Trường Sa, Truong Sa",
        "Hoàng Sa, Hoang Sa",
        "chủ quyền biển đảo, chu quyen bien dao",
        "Đảo, Dao",
        "ĐẢO, DAO",
        "dao, dao",
        "Thành phố Hồ Chí Minh, Thanh pho Ho Chi Minh",
        "Bà Rịa–Vũng Tàu, Ba Ria–Vung Tau",
        "Nguyễn Phú Trọng, Nguyen Phu Trong",
        "Biển Đông 2024!, Bien Dong 2024!",
        "café Zürich España Français, cafe Zurich Espana Francais",
        "Søren Łódź, Soren Lodz",
    })
    void realPhrasesFold(String text, String folded) {
        assertThat(VietnameseFolding.fold(text)).isEqualTo(folded);
        assertThat(VietnameseFolding.fold(nfd(text))).isEqualTo(folded);
        assertThat(foldInPlace(text)).isEqualTo(folded);
        assertThat(VietnameseFolding.foldLower(text)).isEqualTo(folded.toLowerCase(Locale.ROOT));
    }

    @Test
    void foldedTextIsIdempotentAndReturnedAsIs() {
        String folded = VietnameseFolding.fold("Hải Phòng");
        assertThat(VietnameseFolding.fold(folded)).isSameAs(folded);
    }

    @Test
    void dWithStrokeIsNotConfusedWithD() {
        // "Đảo" (island) and "dao" (knife) differ only by marks: folded, they match case-insensitively.
        assertThat(VietnameseFolding.foldLower("Đảo")).isEqualTo(VietnameseFolding.foldLower("dao"));
        assertThat(VietnameseFolding.normalize("Đảo")).isNotEqualTo("dao");
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国", "한국어 뉴스", "Россия и Йошкар-Ола, ёлка", "日本語のテキスト、カタカナ",
        "Ελλάδα", "עִבְרִית", "हिन्दी", "ภาษาไทย", "😀 emoji 𝄞"})
    void otherScriptsAreUnchanged(String s) {
        assertThat(VietnameseFolding.fold(s)).isSameAs(s);
        assertThat(foldInPlace(s)).isEqualTo(s);
    }

    @Test
    void decomposedOtherScriptsAreOnlyNormalised() {
        String hangul = "한국";
        assertThat(VietnameseFolding.fold(nfd(hangul))).isEqualTo(hangul);
        assertThat(VietnameseFolding.fold(nfd("Йошкар-Ола"))).isEqualTo("Йошкар-Ола");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'\u0301abc', abc",
        "'a\u0301\u0323', a",
        "'q\u0303', q",
        "'x\u20DDy', xy",
        "'\u0306', ''",
    })
    void strayCombiningMarksAreRemoved(String text, String folded) {
        assertThat(VietnameseFolding.fold(text)).isEqualTo(folded);
        assertThat(foldInPlace(VietnameseFolding.normalize(text))).isEqualTo(folded);
    }

    @Test
    void normalizeComposesAndKeepsComposedInstances() {
        String composed = "Hải Phòng";
        assertThat(VietnameseFolding.normalize(nfd(composed))).isEqualTo(composed);
        assertThat(VietnameseFolding.normalize(composed)).isSameAs(composed);
        String korean = "한국";
        assertThat(VietnameseFolding.normalize(korean)).isSameAs(korean);
    }

    /** normalize() skips Normalizer for text made only of these characters: none may be a mark or change. */
    @Test
    void theNfcShortcutRangesHoldNoCombiningOrUnstableCharacters() {
        for (char c = 0; c < 0x1F00; c++) {
            if (c >= 0x300 && c < 0x1E00) {
                continue;
            }
            int type = Character.getType(c);
            assertThat(type).as("U+%04X", (int) c).isNotIn((int) Character.NON_SPACING_MARK,
                    (int) Character.COMBINING_SPACING_MARK, (int) Character.ENCLOSING_MARK);
            assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).as("U+%04X", (int) c)
                    .isTrue();
        }
    }

    @Test
    void everyLatinLetterFoldsToAnUnmarkedLetter() {
        for (char c = 0xC0; c < 0x1F00; c++) {
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                continue;
            }
            String folded = VietnameseFolding.fold(String.valueOf(c));
            assertThat(folded).as("U+%04X", (int) c).hasSize(1);
            assertThat(Normalizer.normalize(folded, Normalizer.Form.NFD)).as("U+%04X", (int) c).hasSize(1);
        }
    }

    @Test
    void foldInPlaceWorksOnARegionAndReportsTheNewLength() {
        char[] buffer = "xxHa\u0309i Pho\u0300ngyy".toCharArray();
        int length = VietnameseFolding.foldInPlace(buffer, 2, buffer.length - 4);
        assertThat(new String(buffer, 2, length)).isEqualTo("Hai Phong");
        assertThat(new String(buffer, 0, 2)).isEqualTo("xx");
        assertThat(VietnameseFolding.foldInPlace(buffer, 0, 0)).isZero();
        assertThatThrownBy(() -> VietnameseFolding.foldInPlace(buffer, 10, buffer.length))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    /** Folds {@code s} in the middle of a larger buffer, as a token filter would. */
    private static String foldInPlace(String s) {
        char[] buffer = ("<<" + s + ">>").toCharArray();
        int length = VietnameseFolding.foldInPlace(buffer, 2, s.length());
        assertThat(new String(buffer, 2 + length, buffer.length - 2 - length)).as("unchanged suffix").endsWith(">>");
        assertThat(new String(buffer, 0, 2)).isEqualTo("<<");
        return new String(buffer, 2, length);
    }
}
