package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadStageTest {

    private static ArticleDraft lead(String html, String body, String description) {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Tiêu đề bài viết");
        if (body != null) {
            draft.offerBody(body, 0, "test");
        }
        if (description != null) {
            draft.offerDescription(description);
        }
        new LeadStage().apply(Pages.page(html), draft);
        return draft;
    }

    private static final String BODY = "Đoạn thứ nhất của thân bài, đủ dài để làm đoạn mở đầu nếu không có sapo riêng biệt.\n\n"
            + "Đoạn thứ hai của thân bài.";

    @Test
    void takesTheSapoNextToTheHeadline() {
        ArticleDraft draft = lead("""
                <div class="sapo">Sapo ở đầu trang, trước cả tiêu đề, không phải của bài này.</div>
                <h1>Tiêu đề bài viết</h1><div class="meta">18/8/2025</div>
                <h2 class="sapo">Sapo của bài: thành phố khởi công cầu mới bắc qua sông Cấm.</h2>""", BODY, null);

        assertThat(draft.lead()).isEqualTo("Sapo của bài: thành phố khởi công cầu mới bắc qua sông Cấm.");
    }

    @Test
    void takesTheDescriptionWhenTheBodyStartsWithIt() {
        ArticleDraft draft = lead("<h1>Tiêu đề bài viết</h1>", BODY, "Đoạn thứ nhất của thân bài, đủ dài để làm đoạn mở đầu...");

        assertThat(draft.lead()).isEqualTo("Đoạn thứ nhất của thân bài, đủ dài để làm đoạn mở đầu nếu không có sapo riêng biệt.");
    }

    @Test
    void takesAnUnnamedParagraphBetweenHeadlineAndBody() {
        ArticleDraft draft = lead("""
                <h1>Tiêu đề bài viết</h1>
                <p class="intro-x">Đoạn giới thiệu không mang tên sapo nhưng nằm ngay dưới tiêu đề và đủ dài để là lead.</p>
                <div class="content"><p>Đoạn thứ nhất của thân bài, đủ dài để làm đoạn mở đầu nếu không có sapo riêng biệt.</p></div>""",
                BODY, null);

        assertThat(draft.lead()).startsWith("Đoạn giới thiệu không mang tên sapo");
    }

    @Test
    void otherwiseTakesTheFirstParagraphOfProse() {
        ArticleDraft draft = lead("<h1>Tiêu đề bài viết</h1>", "Tiêu đề bài viết\n\nThứ Hai, 18/8/2025\n\n" + BODY, null);

        assertThat(draft.lead()).startsWith("Đoạn thứ nhất của thân bài");
    }

    @Test
    void leavesTheLeadEmptyWithoutText() {
        assertThat(lead("<h1>Tiêu đề bài viết</h1>", null, null).lead()).isNull();
    }
}
