package vn.presswatch.crawler.extract;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered chain of {@link ExtractionStage}s, most trustworthy first. A stage that fails on a page is logged
 * and skipped so that the later stages can still produce an article.
 */
final class ExtractionStages implements ExtractionStage {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionStages.class);

    private final List<ExtractionStage> stages;

    ExtractionStages(List<ExtractionStage> stages) {
        this.stages = List.copyOf(stages);
    }

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        for (ExtractionStage stage : stages) {
            try {
                stage.apply(page, draft);
            } catch (RuntimeException e) {
                // Bad input is normal: one stage tripping over odd markup must not cost us the whole article.
                LOG.warn("{} failed on {}: {}", stage.getClass().getSimpleName(), page.url(), e.toString());
            }
        }
    }
}
