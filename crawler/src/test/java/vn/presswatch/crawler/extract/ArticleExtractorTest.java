package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ArticleExtractor.Settings.defaults());

    private static ExtractedArticle extract(String html) {
        return EXTRACTOR.extract(html, "https://example.vn/a.html", Pages.NOW);
    }

    @Test
    void extractsFromBrokenMarkup() {
        ExtractedArticle article = extract("<html><body><h1>Tiêu đề<div class=content><p>Đoạn một chưa đóng thẻ, "
                + "về phát triển du lịch biển đảo, thu hút đầu tư và bảo tồn di sản của thành phố.<p>Đoạn hai <b>in đậm "
                + "chưa đóng, nói về kế hoạch năm 2026, với nhiều dự án lớn, nhiều hạng mục mới.<p>Đoạn ba</i></span> "
                + "có thẻ đóng thừa, kết thúc bài viết bằng lời kêu gọi người dân cùng tham gia.</div></body>");

        assertThat(article.text()).contains("Đoạn một chưa đóng thẻ").contains("Đoạn hai in đậm chưa đóng")
                .contains("Đoạn ba có thẻ đóng thừa");
    }

    @Test
    void extractsFromNestedLayoutTables() {
        ExtractedArticle article = extract("<table><tr><td><table><tr><td><a href=\"/\">Trang chủ</a> | <a href=\"/t\">Tin tức</a>"
                + "</td></tr></table></td></tr><tr><td width=\"70%\"><table><tr><td>" + Pages.paragraphs("làng nghề", 4)
                + "</td></tr></table></td><td><table><tr><td><a href=\"/x\">Liên kết website</a></td></tr></table></td></tr></table>");

        assertThat(article.text()).startsWith("Đoạn 1 về làng nghề").contains("Đoạn 4 về làng nghề")
                .doesNotContain("Trang chủ").doesNotContain("Liên kết website");
    }

    @Test
    void givesAnEmptyArticleForAnEmptyPage() {
        for (String html : List.of("", "<html></html>", "<html><head><title></title></head><body></body></html>")) {
            ExtractedArticle article = extract(html);
            assertThat(article.text()).isEmpty();
            assertThat(article.lead()).isEmpty();
            assertThat(article.title()).isEmpty();
            assertThat(article.canonicalUrl()).isEqualTo("https://example.vn/a.html");
        }
    }

    @Test
    void givesNoTextForAPageOfOnlyNavigation() {
        ExtractedArticle article = extract("<html><head><title>Trang chủ - Báo</title></head><body>"
                + "<nav><ul><li><a href=\"/a\">Thời sự</a></li><li><a href=\"/b\">Kinh tế</a></li></ul></nav>"
                + "<div class=\"menu\"><a href=\"/c\">Văn hóa</a> | <a href=\"/d\">Thể thao</a></div>"
                + "<ul class=\"list\"><li><a href=\"/e\">Bản tin sáng nay có nhiều điểm đáng chú ý</a></li>"
                + "<li><a href=\"/f\">Thành phố khánh thành cầu mới qua sông</a></li></ul></body></html>");

        assertThat(article.text()).isEmpty();
        assertThat(article.title()).isEqualTo("Trang chủ");
    }

    @Test
    void returnsNfcTextForDecomposedInput() {
        String decomposed = Normalizer.normalize("<h1>Hải Phòng</h1><div class=\"content\">" + Pages.paragraphs("Hải Phòng", 3)
                + "</div>", Normalizer.Form.NFD);

        ExtractedArticle article = extract(decomposed);

        assertThat(article.title()).isEqualTo("Hải Phòng");
        assertThat(Normalizer.isNormalized(article.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(article.text()).contains("về Hải Phòng");
    }

    @Test
    void leavesTheDocumentItWasGivenUnchanged() {
        Document page = Jsoup.parse("<nav>Menu</nav><div class=\"share\">Chia sẻ</div><div>" + Pages.paragraphs("OCOP", 3)
                + "</div>", "https://example.vn/");
        String before = page.outerHtml();

        EXTRACTOR.extract(page, Pages.NOW);

        assertThat(page.outerHtml()).isEqualTo(before);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        String html = "<h1>Tiêu đề</h1><div class=\"content\">" + Pages.paragraphs("đối ngoại", 5) + "</div>";
        ExtractedArticle expected = extract(html);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ExtractedArticle>> tasks = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                tasks.add(() -> extract(html));
            }
            for (Future<ExtractedArticle> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
