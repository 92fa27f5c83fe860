package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanupStageTest {

    @Test
    void removesTheHeadlineTheBylineAndALeadRepeatedLater() {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Cầu mới qua sông Cấm");
        draft.offerAuthor("Minh Hà");
        draft.offerLead("Thành phố khởi công cầu mới.");
        draft.offerBody("Cầu mới qua sông Cấm\n\nThành phố khởi công cầu mới.\n\nCầu dài 1,2 km.\n\n"
                + "Thành phố khởi công cầu mới.\n\nTheo Minh Hà", 0, "test");
        new CleanupStage().apply(Pages.page("<html></html>"), draft);

        assertThat(draft.body()).isEqualTo("Thành phố khởi công cầu mới.\n\nCầu dài 1,2 km.");
    }

    @Test
    void stripsTheSiteNameFromTheTitle() {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Cầu mới qua sông Cấm - Báo Hải Phòng");
        new CleanupStage().apply(Pages.page("<meta property=\"og:site_name\" content=\"Báo Hải Phòng\">"), draft);

        assertThat(draft.title()).isEqualTo("Cầu mới qua sông Cấm");
    }

    @Test
    void keepsATitleThatMerelyEndsWithTheSiteName() {
        ArticleDraft draft = new ArticleDraft();
        draft.offerTitle("Độc giả tin yêu Báo Hải Phòng");
        new CleanupStage().apply(Pages.page("<meta property=\"og:site_name\" content=\"Báo Hải Phòng\">"), draft);

        assertThat(draft.title()).isEqualTo("Độc giả tin yêu Báo Hải Phòng");
    }
}
