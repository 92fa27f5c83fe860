package vn.presswatch.crawler.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Turns an element into article text: a copy is cleaned of boilerplate, rendered as blocks and filtered.
 * {@link #render} trusts that the element is the article (site rules, microdata); {@link #locateAndRender}
 * first finds the article inside it. Thread-safe; the element is never modified.
 */
final class ContentRenderer {

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
    private final MainContentLocator locator = new MainContentLocator();
    private final BlockRenderer renderer = new BlockRenderer();
    private final BlockFilter filter = new BlockFilter();

    /** The text of {@code container}, taken as the article. */
    String render(Element container) {
        Element work = container.clone();
        cleaner.clean(work);
        return BlockFilter.join(filter.filter(renderer.render(work)));
    }

    /** The text of the article found inside {@code page} (usually the page's body). */
    String locateAndRender(Element page) {
        Element work = page.clone();
        cleaner.clean(work);
        List<Element> content = locator.locate(work, TextMeasures.of(work));
        return BlockFilter.join(filter.filter(renderer.render(content)));
    }
}
