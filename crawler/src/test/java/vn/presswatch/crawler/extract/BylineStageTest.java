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

    @Test
    void neverTakesAReadersNameFromTheComments() {
        String article = "<h1>Tiêu đề</h1><p>Bài viết ngắn về lễ hội của thành phố.</p>";
        assertThat(author(article + "<div class=\"comments\"><div class=\"comment\"><div class=\"comment__author\">"
                + "Nguyễn Văn Hùng</div><p>Bài hay.</p></div></div>")).isNull();
        assertThat(author(article + "<div id=\"binh-luan\"><span class=\"author\">Trần Thị Mai</span></div>")).isNull();
        assertThat(author(article + "<ul class=\"ykien-list\"><li><b class=\"author\">Lê Minh</b></li></ul>")).isNull();
        assertThat(author(article + "<div class=\"reply-box\"><span class=\"byline\">Phạm Hương</span></div>")).isNull();
        assertThat(author(article + "<div class=\"fb-comments\"><span class=\"author\">Đặng Bảo</span></div>")).isNull();
    }

    @Test
    void aCommentsFlagOnTheArticlesWrapperDoesNotHideItsByline() {
        assertThat(author("<body class=\"single comments-open\"><h1>Tiêu đề</h1>"
                + "<span class=\"author\">Minh Hà</span><p>Nội dung.</p></body>")).isEqualTo("Minh Hà");
    }
}
