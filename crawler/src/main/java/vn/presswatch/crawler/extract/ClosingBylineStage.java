package vn.presswatch.crawler.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The byline Vietnamese papers print after the article rather than under the headline: the reporter's name, or a
 * credit such as "Theo TTXVN", alone in a right-aligned paragraph ({@code <p style="text-align:right"><strong>Minh
 * Anh</strong></p>}, {@code <p align="right">}) or in one called author ({@code <p class="author">}).
 *
 * <p>When the body's last paragraph is such a line, it leaves the body and becomes the author (unless metadata
 * named one already). When the cleaning already removed it (a class called author is boilerplate to the generic
 * extractor), the line right after the body's last paragraph is taken for the author. Both the page's markup and
 * the wording must say byline: the line is right-aligned or named so, and reads as a name
 * ({@link BylineText#standaloneName}), so a last sentence of prose stays, aligned or not. Readers' comments are
 * never searched.
 */
final class ClosingBylineStage implements ExtractionStage {

    /** Longer than any byline {@link BylineText#standaloneName} accepts, spaces and markup whitespace included. */
    private static final int MAX_TEXT_CHARS = 200;

    @Override
    public void apply(PageContext page, ArticleDraft draft) {
        String body = draft.body();
        if (body == null) {
            return;
        }
        int cut = body.lastIndexOf("\n\n");
        if (cut < 0) {
            return; // one paragraph: no article text before a byline
        }
        String lastKey = PlainText.key(body.substring(cut + 2));
        if (lastKey.isEmpty()) {
            return;
        }
        Element headline = HeadlineElement.find(page.document(), draft.title());
        List<Element> all = page.document().getAllElements();
        // From the end of the page: the byline is among the last lines of the article.
        for (int i = all.size() - 1; i >= 0; i--) {
            Element line = all.get(i);
            if (!isMarked(line)) {
                continue;
            }
            String text = shortText(line);
            String name = text == null ? null : BylineText.standaloneName(text);
            if (name == null || ElementHints.inComments(line, headline)) {
                continue;
            }
            if (PlainText.key(text).equals(lastKey)) {
                draft.offerAuthor(name);
                draft.replaceBody(body.substring(0, cut));
                return;
            }
            if (draft.author() == null) {
                Element before = previousWithText(line);
                if (before != null && PlainText.key(before.text()).endsWith(lastKey)) {
                    draft.offerAuthor(name);
                    return;
                }
            }
        }
    }

    /** Right-aligned by attribute or inline style, or called author or byline by its class or id. */
    static boolean isMarked(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        if ("right".equalsIgnoreCase(element.attr("align").strip())) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("text-align:right")) {
            return true;
        }
        return BylineText.isNamedByline(element);
    }

    /**
     * The element's text, or null when it is longer than a byline can be: marked containers (a right-aligned table
     * cell holding half the page) are common, and their whole text is not worth building.
     */
    private static String shortText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && (e.nameIs("br") || e.isBlock())) {
                    text.append(' ');
                }
                return text.length() > MAX_TEXT_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return text.length() > MAX_TEXT_CHARS ? null : PlainText.line(text.toString());
    }

    /** The nearest element before {@code element} in the page that has text, not counting its ancestors. */
    private static Element previousWithText(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null;
                    sibling = sibling.previousElementSibling()) {
                if (sibling.hasText()) {
                    return sibling;
                }
            }
        }
        return null;
    }
}
