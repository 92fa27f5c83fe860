package vn.presswatch.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionStagesTest {

    @Test
    void runsInOrderAndSurvivesAStageThatFails() {
        ExtractionStage failing = (page, draft) -> {
            throw new IllegalStateException("bad markup");
        };
        ExtractionStage first = (page, draft) -> draft.offerTitle("first");
        ExtractionStage second = (page, draft) -> {
            draft.offerTitle("second");
            draft.offerAuthor("after the failure");
        };
        ArticleDraft draft = new ArticleDraft();

        new ExtractionStages(List.of(first, failing, second)).apply(Pages.page("<p>x</p>"), draft);

        assertThat(draft.title()).as("the earlier, more trusted stage wins").isEqualTo("first");
        assertThat(draft.author()).isEqualTo("after the failure");
    }
}
