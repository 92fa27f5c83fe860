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
        if (!BYLINE_GAP.contains(expected.outlet())) {
            assertThat(article.text().split("\n\n")).doesNotContain(expected.author());
        }
        if (STRUCTURED_AUTHOR.contains(expected.outlet())) {
            assertThat(article.author()).isEqualTo(expected.author());
        }
    }

    /*
     * Known extractor gaps, reported to the lead (the markup imitates real outlets). Remove an outlet from a set
     * when the extractor learns the case, and this test will hold it to it.
     *
     * BYLINE_GAP: a byline printed as a bare name in a right-aligned last paragraph, the commonest Vietnamese
     * convention, is not recognised without metadata naming the author, so it stays in the body and the author
     * stays null. PORTAL_COUNTER_GAP: on the ward portal the generic extractor takes the three-column container,
     * and the right column's visitor counter ("Lượt truy cập: ...") ends up in the body. STRUCTURED_AUTHOR: only
     * where JSON-LD or microdata name the author is the author checked; on the foreign service the byline stage
     * takes a reader's name from the comments ("comment__author") for the author.
     */
    private static final Set<DemoOutlet> BYLINE_GAP = EnumSet.of(DemoOutlet.HAIPHONG, DemoOutlet.DOSON);
    private static final Set<DemoOutlet> PORTAL_COUNTER_GAP = EnumSet.of(DemoOutlet.DOSON);
    private static final Set<DemoOutlet> STRUCTURED_AUTHOR = EnumSet.of(DemoOutlet.THOISU, DemoOutlet.OBSERVER);

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
                "Danh mục", "In trang", "Nghe trực tiếp", "Xem nhiều", "Tin đọc nhiều", "Từ khóa"));
        if (!PORTAL_COUNTER_GAP.contains(self.outlet())) {
            texts.add("Lượt truy cập");
        }
        return texts;
    }
}
