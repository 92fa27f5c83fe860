package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockFilterTest {

    private static TextBlock text(String s) {
        return new TextBlock(s, s.replace(" ", "").length(), 0, TextBlock.Kind.PARAGRAPH);
    }

    private static TextBlock link(String s) {
        int chars = s.replace(" ", "").length();
        return new TextBlock(s, chars, chars, TextBlock.Kind.ITEM);
    }

    private static TextBlock heading(String s) {
        return new TextBlock(s, s.replace(" ", "").length(), 0, TextBlock.Kind.HEADING);
    }

    private static List<String> filter(TextBlock... blocks) {
        return new BlockFilter().filter(List.of(blocks)).stream().map(TextBlock::text).toList();
    }

    private static final String PROSE = "Thành phố đặt mục tiêu đón 10 triệu lượt khách trong năm nay, tăng 15% so với năm trước.";

    @Test
    void dropsLinkListsLabelsDateLinesAndCredits() {
        assertThat(filter(text(PROSE), link("Bài khác cùng chuyên mục"), text("Chia sẻ"), text("Thứ Hai, 18/8/2025, 10:30"),
                text("Ảnh: Minh Hà"), text("Stand: 05. Februar 2020"), text("Rust am Westufer des Sees. © WSNA")))
                .containsExactly(PROSE);
    }

    @Test
    void keepsSentencesThatMentionADate() {
        String sentence = "Ngày 18/8/2025, hội nghị đã thông qua nghị quyết về phát triển du lịch.";
        assertThat(filter(text(sentence), text("Termin: 29.02.2020, 19 Uhr"))).containsExactly(sentence, "Termin: 29.02.2020, 19 Uhr");
    }

    @Test
    void dropsALabelThatIntroducedADroppedLinkList() {
        assertThat(filter(text(PROSE), text("Xem thêm"), link("Giá vàng hôm nay tăng mạnh"), text(PROSE + " Hết.")))
                .containsExactly(PROSE, PROSE + " Hết.");
        assertThat(filter(text(PROSE), text("Mehr zum Thema:"))).containsExactly(PROSE);
    }

    @Test
    void dropsRepeatsAndTrailingHeadings() {
        assertThat(filter(heading("Mở đầu"), text(PROSE), text(PROSE), heading("Tin cùng chủ đề"))).containsExactly("Mở đầu", PROSE);
    }

    @Test
    void dropsABylineBoxBeforeTheFirstSentence() {
        assertThat(filter(text("Tác giả,"), text("Hoàng Minh"), text("Vai trò,"), text("Phóng viên"), text(PROSE)))
                .containsExactly(PROSE);
        assertThat(filter(text("200 g Mehl"), text("3 Eier"), text(PROSE))).as("an ingredient list is not a byline")
                .containsExactly("200 g Mehl", "3 Eier", PROSE);
    }
}
