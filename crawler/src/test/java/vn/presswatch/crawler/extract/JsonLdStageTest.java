package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JsonLdStageTest {

    private final JsonLdStage stage = new JsonLdStage(500, new ContentRenderer());

    private static String page(String jsonLd, String body) {
        return "<html><head><script type=\"application/ld+json\">" + jsonLd + "</script></head><body>" + body
                + "</body></html>";
    }

    @Test
    void readsNewsArticleFields() {
        ArticleDraft draft = Pages.run(stage, page("""
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Hải Phòng đón 9 triệu lượt khách",
                 "description": "Tóm tắt",
                 "datePublished": "2025-08-18T10:30:00+07:00",
                 "author": [{"@type": "Person", "name": "Lê Tân"}, {"@type": "Person", "name": "Minh Hà"}],
                 "image": {"@type": "ImageObject", "url": "/anh/1.jpg"},
                 "mainEntityOfPage": {"@id": "https://example.vn/bai-viet/1.html"},
                 "inLanguage": "vi-VN"}""", ""));

        assertThat(draft.title()).isEqualTo("Hải Phòng đón 9 triệu lượt khách");
        assertThat(draft.description()).isEqualTo("Tóm tắt");
        assertThat(draft.author()).isEqualTo("Lê Tân, Minh Hà");
        assertThat(draft.published()).isEqualTo(OffsetDateTime.parse("2025-08-18T10:30:00+07:00"));
        assertThat(draft.imageUrl()).isEqualTo("https://example.vn/anh/1.jpg");
        assertThat(draft.canonicalUrl()).isEqualTo("https://example.vn/bai-viet/1.html");
        assertThat(draft.language()).isEqualTo("vi");
        assertThat(draft.lead()).as("a description is a lead candidate, not the lead").isNull();
    }

    @Test
    void findsTheArticleInAGraphWithAnArrayOfTypes() {
        ArticleDraft draft = Pages.run(stage, page("""
                {"@context": "http://schema.org", "@graph": [
                  {"@type": "WebPage", "name": "Trang"},
                  {"@type": ["ReportageNewsArticle", "NewsArticle"], "headline": "Tin từ graph"}]}""", ""));

        assertThat(draft.title()).isEqualTo("Tin từ graph");
    }

    @Test
    void acceptsTypesGivenAsUrlsAndArticlesAsMainEntity() {
        ArticleDraft draft = Pages.run(stage, page("""
                {"@type": "WebPage", "mainEntity": {"@type": "http://schema.org/Article", "headline": "Bài chính"}}""",
                ""));

        assertThat(draft.title()).isEqualTo("Bài chính");
    }

    @Test
    void ignoresOtherTypesAndBrokenJson() {
        ArticleDraft draft = Pages.run(stage, "<html><head>"
                + "<script type=\"application/ld+json\">{\"@type\": \"BreadcrumbList\", \"name\": \"Thời sự\"}</script>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "</head><body></body></html>");

        assertThat(draft.title()).isNull();
    }

    @Test
    void toleratesRawNewlinesAndTrailingCommasAsTemplatesWriteThem() {
        ArticleDraft draft = Pages.run(stage, page("{\"@type\": \"NewsArticle\", \"headline\": \"Dòng một\nDòng hai\",}", ""));

        assertThat(draft.title()).isEqualTo("Dòng một Dòng hai");
    }

    @Test
    void takesALongArticleBodyAndRendersTheMarkupThatHoldsIt() {
        String paragraphs = Pages.paragraphs("du lịch", 6);
        String articleBody = org.jsoup.Jsoup.parse(paragraphs).text();
        ArticleDraft draft = Pages.run(stage, page("{\"@type\": \"NewsArticle\", \"articleBody\": \"" + articleBody + "\"}",
                "<div class=\"noi-dung\">" + paragraphs + "</div>"));

        assertThat(draft.bodySource()).isEqualTo("json-ld+html");
        assertThat(draft.body()).contains("Đoạn 1 về du lịch").contains("\n\nĐoạn 2 về du lịch");
    }

    @Test
    void takesTheArticleBodyStringWhenThePageDoesNotShowIt() {
        String articleBody = org.jsoup.Jsoup.parse(Pages.paragraphs("biển đảo", 6)).text();
        ArticleDraft draft = Pages.run(stage, page("{\"@type\": \"NewsArticle\", \"articleBody\": \"" + articleBody + "\"}",
                "<p>Trang chỉ có ảnh.</p>"));

        assertThat(draft.bodySource()).isEqualTo("json-ld");
        assertThat(draft.body()).startsWith("Đoạn 1 về biển đảo");
    }

    @Test
    void leavesAShortArticleBodyToLaterStages() {
        ArticleDraft draft = Pages.run(stage, page("{\"@type\": \"NewsArticle\", \"articleBody\": \"Chỉ là đoạn giới thiệu.\"}", ""));

        assertThat(draft.body()).isNull();
    }
}
