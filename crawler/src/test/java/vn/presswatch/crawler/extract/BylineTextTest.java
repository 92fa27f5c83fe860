package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Minh Anh | Minh Anh",
        "Nguyễn Thị Thu Hà | Nguyễn Thị Thu Hà",
        "Nhóm PV | Nhóm PV",
        "Ban Biên tập | Ban Biên tập",
        "Công an phường Đồ Sơn | Công an phường Đồ Sơn",
        "Theo TTXVN | TTXVN",
        "(Theo VnExpress) | VnExpress",
        "Bài và ảnh: Hoàng Minh | Hoàng Minh",
        "Bài, ảnh: Thu Trang | Thu Trang",
        "Minh Anh - Thu Hà | Minh Anh - Thu Hà",
        "MINH ANH | MINH ANH",
        "Posted by Ned Deily | Ned Deily"})
    void readsAStandaloneBylineAsAName(String line, String name) {
        assertThat(BylineText.standaloneName(line)).isEqualTo(name);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Xin trân trọng cảm ơn",
        "Người dân cần chủ động phòng tránh bão.",
        "Hải Phòng, ngày 18 tháng 8 năm 2025",
        "Trân trọng!",
        "Ảnh: TTXVN",
        "Thành",
        "Theo",
        "About the Author - Florina Ionescu",
        "lượt xem nhiều nhất",
        "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng phát biểu tại hội nghị tổng kết năm",
        ""})
    void refusesProseLabelsAndLongLines(String line) {
        assertThat(BylineText.standaloneName(line)).isNull();
    }
}
