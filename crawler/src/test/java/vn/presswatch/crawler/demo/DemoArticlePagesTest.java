package vn.presswatch.crawler.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.presswatch.crawler.extract.ArticleExtractor;
import vn.presswatch.crawler.extract.ExtractedArticle;
import vn.presswatch.crawler.fetch.FetchResult;

/**
 * Every article page of the demo outlets, fetched over loopback and run through the project's extractor, gives the
 * article the site says it published: headline, lead, every body paragraph, publication time, language, and none of
 * the boilerplate around it (related news, readers' comments, ads, menus).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoArticlePagesTest {

    private SiteUnderTest under;
    private final ArticleExtractor extractor = new ArticleExtractor(ArticleExtractor.Settings.defaults());

    @BeforeAll
    void start() {
        under = SiteUnderTest.allVisible();
    }

    @AfterAll
    void stop() {
        under.close();
    }

    Stream<Named<DemoArticle>> articles() {
        return under.site.articles().stream().map(a -> Named.of(a.id() + " " + a.storyId(), a));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void extractsTheArticleAndNothingElse(DemoArticle expected) {
        FetchResult fetched = under.fetch(expected.url());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.headerCharset()).isEqualToIgnoringCase("utf-8");
        String html = new String(fetched.body(), UTF_8);

        ExtractedArticle article = extractor.extract(html, expected.url(), under.now());

        assertThat(article.title()).isEqualTo(expected.title());
        assertThat(article.lead()).isEqualTo(expected.lead());
        assertThat(article.published()).isNotNull();
        assertThat(article.published().toInstant()).isEqualTo(expected.published().toInstant());
        assertThat(article.language()).isEqualTo(expected.language());
        for (String paragraph : expected.paragraphs()) {
            assertThat(article.text()).contains(paragraph);
        }
        for (String boilerplate : boilerplate(html, expected)) {
            assertThat(article.text()).doesNotContain(boilerplate);
            assertThat(article.lead()).doesNotContain(boilerplate);
        }
        assertThat(article.text().split("\n\n")).doesNotContain(expected.author());
        assertThat(article.author()).as("never a reader's name from the comments")
                .isNotIn(PageParts.COMMENTS.stream().map(PageParts.Comment::name).toList());
        if (AUTHOR_UNLABELLED.contains(expected.outlet())) {
            assertThat(article.author()).isNull();
        } else {
            // JSON-LD or microdata (THOISU, OBSERVER), or the byline signed under the article (HAIPHONG, DOSON),
            // where a credit "Theo Báo X" names Báo X.
            assertThat(article.author()).isEqualTo(expected.author().replaceFirst("^Theo ", ""));
        }
    }

    /*
     * Known extractor gap (the markup imitates a real outlet). Remove the outlet from the set when the extractor
     * learns the case, and this test will hold it to it.
     *
     * AUTHOR_UNLABELLED: the foreign service prints the author's name in an unlabelled list item
     * ("links__item-link") under the headline, with no metadata naming it: the author stays null, which is right
     * until the extractor can tell that list item from a related link.
     */
    private static final Set<DemoOutlet> AUTHOR_UNLABELLED = EnumSet.of(DemoOutlet.QUOCTE);

    /** What the page prints around the article: other articles' headlines, comments, boxes, ads, footers. */
    private List<String> boilerplate(String html, DemoArticle self) {
        Document page = Jsoup.parse(html, self.url());
        List<String> texts = new ArrayList<>();
        for (DemoArticle other : under.site.articles()) {
            if (!other.storyId().equals(self.storyId()) && page.text().contains(other.title())) {
                texts.add(other.title());
            }
        }
        assertThat(texts).as("the page links to other articles").isNotEmpty();
        for (PageParts.Comment c : PageParts.COMMENTS) {
            if (html.contains(c.text())) {
                texts.add(c.text());
                texts.add(c.name());
            }
        }
        texts.addAll(List.of("Tin liên quan", "Có Liên Quan", "Các tin khác", "Quảng cáo", "Advertisement",
                "Read more", "Subscribe", "Bình luận", "Ý kiến bạn đọc", "Diễn đàn", "Giấy phép số", "Bản quyền",
                "Trang chủ", "Đường dây nóng", "Gửi bình luận", "Sign up", "All rights reserved",
                "Danh mục", "In trang", "Nghe trực tiếp", "Xem nhiều", "Tin đọc nhiều", "Từ khóa", "Lượt truy cập"));
        return texts;
    }
}
