package vn.presswatch.crawler.extract;

/**
 * One step of article extraction. A stage reads the page and fills in the fields of the draft that are still
 * missing; it never overwrites what an earlier, more trustworthy stage found (the draft enforces this).
 *
 * <p>Implementations must be thread-safe: one instance serves every page, and they must not modify the page's
 * document (work on a copy when you need to prune it).
 */
interface ExtractionStage {

    /** Fills what this stage can find in {@code page} into {@code draft}. Must not throw on odd markup. */
    void apply(PageContext page, ArticleDraft draft);
}
