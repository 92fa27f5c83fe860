package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenericContentStageTest {

    private final GenericContentStage stage = new GenericContentStage(new ContentRenderer());

    @Test
    void picksTheArticleOverNavigationSidebarAndFooter() {
        ArticleDraft draft = Pages.run(stage, """
                <body>
                <div id="menu"><ul><li><a href="/a">Thời sự</a></li><li><a href="/b">Kinh tế</a></li></ul></div>
                <div class="wrap">
                  <div class="left">%s</div>
                  <div class="right"><h3>Tin mới</h3><ul><li><a href="/c">Một tin khác khá dài để đọc thêm</a></li>
                    <li><a href="/d">Một tin khác nữa cũng khá dài để đọc thêm</a></li></ul></div>
                </div>
                <div class="bottom">Cơ quan chủ quản: Ủy ban nhân dân thành phố. Giấy phép số 1/GP.</div>
                </body>""".replace("%s", Pages.paragraphs("chuyển đổi số", 5)));

        assertThat(draft.bodySource()).isEqualTo("generic");
        assertThat(draft.body()).startsWith("Đoạn 1 về chuyển đổi số").contains("Đoạn 5 về chuyển đổi số")
                .doesNotContain("Thời sự").doesNotContain("Tin mới").doesNotContain("Một tin khác")
                .doesNotContain("Giấy phép");
    }

    @Test
    void readsTextWrittenWithLineBreaksInsteadOfParagraphs() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            text.append("Dòng ").append(i).append(": lễ hội làng nghề thu hút đông đảo du khách, người dân và các nghệ nhân, ")
                    .append("với nhiều hoạt động trình diễn, thi tài và giới thiệu sản phẩm.<br><br>");
        }
        ArticleDraft draft = Pages.run(stage, "<body><div class=\"nav\"><a href=\"/\">Trang chủ</a></div><div>" + text
                + "</div><div class=\"side\"><p>Liên hệ quảng cáo: 0123 456 789, email lienhe@example.vn.</p></div></body>");

        assertThat(draft.body()).startsWith("Dòng 1").contains("Dòng 5").doesNotContain("Trang chủ");
    }

    @Test
    void gathersAnArticleSplitIntoModules() {
        StringBuilder modules = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            modules.append("<div class=\"module module--text\"><div class=\"inner\">")
                    .append(Pages.paragraphs("phần " + i, i == 2 ? 4 : 1)).append("</div></div>")
                    .append("<div class=\"module module--image\"><img src=\"/anh.jpg\"></div>");
        }
        ArticleDraft draft = Pages.run(stage, "<body><div class=\"story\">" + modules + "</div></body>");

        assertThat(draft.body()).contains("về phần 1").contains("về phần 2").contains("về phần 4");
    }

    @Test
    void prefersTheElementNamedArticleBody() {
        ArticleDraft draft = Pages.run(stage, """
                <body><div class="article-body">%s</div>
                <div class="promo-box">%s</div></body>""".replace("%s", Pages.paragraphs("quốc phòng", 3)));

        assertThat(draft.body()).startsWith("Đoạn 1 về quốc phòng");
        assertThat(draft.body().split("\n\n")).hasSize(3);
    }

    @Test
    void takesTheArticleNotThePortalsMainColumnWrapper() {
        // "main-content" names the page's main region, which on portals also holds the side columns: the visitor
        // counter of the right column must not join the article.
        ArticleDraft draft = Pages.run(stage, """
                <body><div class="main-content">
                <div class="left-col"><h3>Danh mục</h3><ul><li><a href="/a">Giới thiệu chung</a></li>
                  <li><a href="/b">Thủ tục hành chính</a></li></ul></div>
                <div class="center-col"><div class="news-detail"><h1>Tiêu đề</h1>
                  <div class="news-content">%s</div></div></div>
                <div class="right-col"><div class="counter">Lượt truy cập: 1.284.551</div></div>
                </div></body>""".replace("%s", Pages.paragraphs("cải cách hành chính", 4)));

        assertThat(draft.body()).startsWith("Đoạn 1 về cải cách hành chính").contains("Đoạn 4")
                .doesNotContain("Lượt truy cập").doesNotContain("Thủ tục hành chính");
    }
}
