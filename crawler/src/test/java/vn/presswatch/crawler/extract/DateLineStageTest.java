package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateLineStageTest {

    private static OffsetDateTime published(String html) {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Tiêu đề");
        new DateLineStage().apply(Pages.page(html), draft);
        return draft.published();
    }

    @Test
    void readsTheDateLineUnderTheHeadlineNotTodaysDateInTheTopBar() {
        assertThat(published("""
                <div class="top"><span>Thứ Năm, 21/8/2025</span></div>
                <div class="menu"><a href="/">Trang chủ</a></div>
                <h1>Tiêu đề</h1>
                <div class="meta"><span>Thứ Hai, 18/8/2025, 10:30 (GMT+7)</span></div>
                <p>Nội dung bài viết.</p>""")).isEqualTo(OffsetDateTime.parse("2025-08-18T10:30:00+07:00"));
    }

    @Test
    void readsATimeElement() {
        assertThat(published("<h1>Tiêu đề</h1><time datetime=\"2025-08-18T03:30:00Z\">hôm qua</time>"))
                .isEqualTo(OffsetDateTime.parse("2025-08-18T03:30:00Z"));
    }

    @Test
    void ignoresLongParagraphsThatMentionADate() {
        assertThat(published("<h1>Tiêu đề</h1><p>Theo kế hoạch được phê duyệt ngày 18/8/2025, thành phố sẽ khởi công "
                + "xây dựng tuyến đường ven biển dài 25 km nối các khu công nghiệp với cảng nước sâu Lạch Huyện.</p>")).isNull();
    }

    @Test
    void needsAHeadlineToAnchorOn() {
        assertThat(published("<span>18/8/2025 10:30</span>")).isNull();
    }
}
