package vn.presswatch.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * The fallback for sites nobody configured: locates the main content by text density in a cleaned copy of the
 * page ({@link ContentRenderer#locateAndRender}). Offers the body whatever its length, since it is the last
 * resort.
 */
final class GenericContentStage implements ExtractionStage {

    private final ContentRenderer renderer;

    GenericContentStage(ContentRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        if (draft.body() != null) {
            return;
        }
        Element body = page.document().body();
        if (body != null) {
            draft.offerBody(renderer.locateAndRender(body), 0, "generic");
        }
    }
}
