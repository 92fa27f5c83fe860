package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MetaTagStageTest {

    private final MetaTagStage stage = new MetaTagStage();

    @Test
    void readsOpenGraphArticleAndNamedMetaTags() {
        ArticleDraft draft = Pages.run(stage, """
                <html lang="vi-VN"><head>
                <meta property="og:title" content="Tiêu đề OG">
                <meta property="og:description" content="Mô tả OG">
                <meta property="og:image" content="/anh/og.jpg">
                <meta property="article:published_time" content="2025-08-18T03:30:00Z">
                <meta property="article:author" content="https://facebook.com/tacgia">
                <meta name="author" content="Nguyễn Văn A">
                <meta name="description" content="Mô tả thường">
                <link rel="canonical" href="https://example.vn/chuan.html">
                </head><body></body></html>""");

        assertThat(draft.title()).isEqualTo("Tiêu đề OG");
        assertThat(draft.description()).isEqualTo("Mô tả OG");
        assertThat(draft.imageUrl()).isEqualTo("https://example.vn/anh/og.jpg");
        assertThat(draft.published()).isEqualTo(OffsetDateTime.parse("2025-08-18T03:30:00Z"));
        assertThat(draft.author()).as("an article:author URL is not a name").isEqualTo("Nguyễn Văn A");
        assertThat(draft.canonicalUrl()).isEqualTo("https://example.vn/chuan.html");
        assertThat(draft.language()).isEqualTo("vi");
    }

    @Test
    void fallsBackToOgUrlAndOgLocale() {
        ArticleDraft draft = Pages.run(stage, """
                <html><head><meta property="og:url" content="https://example.vn/og.html">
                <meta property="og:locale" content="vi_VN"></head><body></body></html>""");

        assertThat(draft.canonicalUrl()).isEqualTo("https://example.vn/og.html");
        assertThat(draft.language()).isEqualTo("vi");
    }

    @Test
    void keepsWhatAnEarlierStageFound() {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Từ JSON-LD");
        stage.apply(Pages.page("<html><head><meta property=\"og:title\" content=\"Từ OG\"></head></html>"), draft);

        assertThat(draft.title()).isEqualTo("Từ JSON-LD");
    }
}
