package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {

    private static String clean(String bodyHtml) {
        Element body = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body();
        new BoilerplateCleaner().clean(body);
        return body.text();
    }

    private static final String ARTICLE = Pages.paragraphs("an ninh", 4);

    @Test
    void removesNavigationShareBarsRelatedBoxesCommentsAdsAndCaptions() {
        String text = clean("""
                <nav>Trang chủ</nav><div class="breadcrumb">Thời sự</div>
                <div class="article">%s
                  <div class="social-share">Chia sẻ</div>
                  <div class="box-tinlienquan">Tin liên quan</div>
                  <figure><img src="a.jpg"><figcaption>Chú thích ảnh</figcaption></figure>
                  <div class="ads">Quảng cáo</div>
                  <script>var x = "mã";</script>
                  <div style="display: none">Ẩn</div>
                </div>
                <div id="comments">Bình luận của bạn đọc rất dài, rất dài, rất dài.</div>
                <aside>Tin đọc nhiều</aside><footer>Bản quyền</footer>""".replace("%s", ARTICLE));

        assertThat(text).contains("Đoạn 1 về an ninh").doesNotContain("Trang chủ", "Thời sự", "Chia sẻ", "Tin liên quan",
                "Chú thích ảnh", "Quảng cáo", "mã", "Ẩn", "Bình luận", "Tin đọc nhiều", "Bản quyền");
    }

    @Test
    void keepsAWrapperThatHoldsMostOfThePage() {
        // ASP.NET puts the whole page in a form; WordPress tags articles with their taxonomy terms.
        assertThat(clean("<form id=\"aspnetForm\">" + ARTICLE + "</form>")).contains("Đoạn 1 về an ninh");
        assertThat(clean("<article class=\"post tag-social category-sharing\">" + ARTICLE + "</article>"))
                .contains("Đoạn 1 về an ninh");
        assertThat(clean("<div class=\"Section Section--Ads\">" + ARTICLE + "</div>")).contains("Đoạn 1 về an ninh");
    }

    @Test
    void removesMetadataLinesOnlyWhenShort() {
        assertThat(clean("<div class=\"post-date\">18/8/2025</div>" + ARTICLE)).doesNotContain("18/8/2025");
        assertThat(clean("<div class=\"date-outer\">" + ARTICLE + "</div><div class=\"sidebar\">" + ARTICLE + ARTICLE + "</div>"))
                .as("a wrapper named after dates is not a date line").contains("Đoạn 1 về an ninh");
    }

    @Test
    void keepsAnArticleHeaderWithItsLeadButNotTheSiteHeader() {
        String text = clean("""
                <header class="site"><a href="/">Logo</a><a href="/lien-he">Liên hệ</a></header>
                <header class="entry"><h1>Tiêu đề</h1><p>Đoạn mở đầu dài hơn tám mươi ký tự, giới thiệu nội dung chính của bài viết cho bạn đọc, nêu bối cảnh và ý nghĩa của sự kiện.</p></header>
                """ + ARTICLE);

        assertThat(text).doesNotContain("Logo").contains("Đoạn mở đầu");
    }
}
