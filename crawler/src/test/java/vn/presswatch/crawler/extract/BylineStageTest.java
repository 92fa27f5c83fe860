package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineStageTest {

    private static String author(String html) {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Tiêu đề");
        new BylineStage().apply(Pages.page(html), draft);
        return draft.author();
    }

    @Test
    void readsANamedBylineNextToTheHeadlineWithoutItsPrefix() {
        assertThat(author("<h1>Tiêu đề</h1><span class=\"detail-author\">Bài, ảnh: Minh Hà</span>")).isEqualTo("Minh Hà");
        assertThat(author("<h1>Tiêu đề</h1><p class=\"byline\">By Jane Doe</p>")).isEqualTo("Jane Doe");
    }

    @Test
    void ignoresDatesAndLongBoxes() {
        assertThat(author("<h1>Tiêu đề</h1><span class=\"author-date\">18/8/2025 10:30</span>")).isNull();
        assertThat(author("<h1>Tiêu đề</h1><div class=\"author-bio\">" + "Nhà báo nhiều năm kinh nghiệm. ".repeat(10) + "</div>"))
                .isNull();
    }
}
