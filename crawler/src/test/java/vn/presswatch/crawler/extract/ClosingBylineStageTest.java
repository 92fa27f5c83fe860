package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClosingBylineStageTest {

    private static final String TEXT = "Thành phố khởi công cầu mới qua sông Cấm, dài 1,2 km.";
    private static final String LAST = "Cầu dự kiến thông xe vào cuối năm 2027.";

    /** Runs the stage on a page whose body has already been extracted as {@code body}. */
    private static ArticleDraft run(String html, String body, String author) {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Tiêu đề");
        draft.offerAuthor(author);
        draft.offerBody(body, 0, "test");
        new ClosingBylineStage().apply(Pages.page("<h1>Tiêu đề</h1>" + html), draft);
        return draft;
    }

    private static String page(String closing) {
        return "<div class=\"detail-content\"><p>" + TEXT + "</p><p>" + LAST + "</p>" + closing + "</div>";
    }

    @Test
    void aRightAlignedNameUnderTheArticleIsTheAuthorAndLeavesTheBody() {
        ArticleDraft draft = run(page("<p style=\"text-align: right;\"><strong>Minh Anh</strong></p>"),
                TEXT + "\n\n" + LAST + "\n\nMinh Anh", null);

        assertThat(draft.author()).isEqualTo("Minh Anh");
        assertThat(draft.body()).isEqualTo(TEXT + "\n\n" + LAST);
    }

    @Test
    void alignAttributeAndCreditsCountToo() {
        ArticleDraft draft = run(page("<p align=\"right\">(Theo TTXVN)</p>"), TEXT + "\n\n(Theo TTXVN)", null);
        assertThat(draft.author()).isEqualTo("TTXVN");
        assertThat(draft.body()).isEqualTo(TEXT);

        draft = run(page("<div style=\"TEXT-ALIGN:right\"><b>Bài và ảnh: Hoàng Minh</b></div>"),
                TEXT + "\n\nBài và ảnh: Hoàng Minh", null);
        assertThat(draft.author()).isEqualTo("Hoàng Minh");
    }

    @Test
    void metadataKeepsItsAuthorButTheSignatureStillLeavesTheBody() {
        ArticleDraft draft = run(page("<p style=\"text-align:right\">Nhóm PV</p>"), TEXT + "\n\nNhóm PV", "Báo Hải Phòng");

        assertThat(draft.author()).isEqualTo("Báo Hải Phòng");
        assertThat(draft.body()).isEqualTo(TEXT);
    }

    @Test
    void aBylineParagraphTheCleaningRemovedIsFoundAfterTheLastParagraph() {
        ArticleDraft draft = run(page("<p class=\"author\">Thu Trang</p>"), TEXT + "\n\n" + LAST, null);

        assertThat(draft.author()).isEqualTo("Thu Trang");
        assertThat(draft.body()).isEqualTo(TEXT + "\n\n" + LAST);
    }

    @Test
    void aRightAlignedLastSentenceOfProseStays() {
        String closing = "Người dân cần chủ động phòng tránh bão.";
        ArticleDraft draft = run(page("<p style=\"text-align:right\">" + closing + "</p>"),
                TEXT + "\n\n" + closing, null);

        assertThat(draft.author()).isNull();
        assertThat(draft.body()).isEqualTo(TEXT + "\n\n" + closing);
    }

    @Test
    void aNameWithoutAlignmentOrBylineClassStays() {
        ArticleDraft draft = run(page("<p><strong>Minh Anh</strong></p>"), TEXT + "\n\nMinh Anh", null);

        assertThat(draft.author()).isNull();
        assertThat(draft.body()).endsWith("Minh Anh");
    }

    @Test
    void aBodyOfOneParagraphIsLeftAlone() {
        ArticleDraft draft = run("<p style=\"text-align:right\">Minh Anh</p>", "Minh Anh", null);

        assertThat(draft.author()).isNull();
        assertThat(draft.body()).isEqualTo("Minh Anh");
    }

    @Test
    void aReadersSignatureInTheCommentsIsNeverTheAuthor() {
        ArticleDraft draft = run(page("") + "<div class=\"binhluan\"><p>" + LAST + "</p>"
                + "<p style=\"text-align:right\">Trần Văn Nam</p></div>", TEXT + "\n\n" + LAST, null);

        assertThat(draft.author()).isNull();
    }
}
