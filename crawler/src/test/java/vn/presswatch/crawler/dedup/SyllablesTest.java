package vn.presswatch.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyllablesTest {

    private static final String PARAGRAPH = "Thành phố ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường"
            + " và sử dụng ít lao động phổ thông.";

    @Test
    void foldsCaseAndDiacriticsAndSplitsOnPunctuation() {
        assertThat(Syllables.of("ĐẢO Hải-Phòng, (2025)")).containsExactly(Syllables.of("dao hai phong 2025"));
        assertThat(Syllables.of("")).isEmpty();
        assertThat(Syllables.of(null)).isEmpty();
    }

    @Test
    void bodyLeavesOutBylinesCreditsAndAttributionLines() {
        String copy = "Minh Thu\n\n" + PARAGRAPH + "\nẢnh: Tuấn Anh/TTXVN\n" + PARAGRAPH + "\n\nTheo TTXVN";
        assertThat(Syllables.ofBody(copy)).containsExactly(Syllables.of(PARAGRAPH + " " + PARAGRAPH));
    }

    @Test
    void bodyOfOnlyShortLinesIsKeptWhole() {
        assertThat(Syllables.ofBody("Xem video\nTại đây")).containsExactly(Syllables.of("xem video tai day"));
    }

    @Test
    void bodyLeavesOutShortParenthesesButKeepsLongOnes() {
        assertThat(Syllables.ofBody("(PLVN) - " + PARAGRAPH + " Hoàng Nam (Theo TTXVN)"))
                .containsExactly(Syllables.of(PARAGRAPH + " Hoàng Nam"));
        String aside = " (khu công nghiệp này do một tập đoàn Nhật Bản đầu tư hạ tầng từ năm 2019)";
        assertThat(Syllables.ofBody(PARAGRAPH + aside)).containsExactly(Syllables.of(PARAGRAPH + aside));
        assertThat(Syllables.ofBody(PARAGRAPH + " (chưa đóng")).containsExactly(Syllables.of(PARAGRAPH + " chưa đóng"));
    }
}
