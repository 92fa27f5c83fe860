package vn.presswatch.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that shows the headline on the page, the anchor for "near the title" searches (lead,
 * date line, byline): the {@code h1} whose text matches the known title, else the first non-empty {@code h1};
 * and walks the elements around it in document order.
 */
final class HeadlineElement {

    private HeadlineElement() {
    }

    /** The headline element, or null when the page has no {@code h1} with text. */
    static Element find(Document document, String title) {
        String titleKey = title == null ? "" : PlainText.key(title);
        Element firstWithText = null;
        for (Element h1 : document.select("h1")) {
            String key = PlainText.key(h1.text());
            if (key.isEmpty()) {
                continue;
            }
            if (firstWithText == null) {
                firstWithText = h1;
            }
            if (!titleKey.isEmpty() && (titleKey.contains(key) && key.length() * 2 > titleKey.length()
                    || key.contains(titleKey))) {
                return h1;
            }
        }
        return firstWithText;
    }

    /** The elements after {@code headline} in document order (not its ancestors), at most {@code max}. */
    static List<Element> following(Element headline, int max) {
        List<Element> elements = new ArrayList<>();
        for (Element e = next(headline); e != null && elements.size() < max; e = next(e)) {
            elements.add(e);
        }
        return elements;
    }

    /** The elements before {@code headline} in document order, nearest first, at most {@code max}. */
    static List<Element> preceding(Document document, Element headline, int max) {
        List<Element> all = document.getAllElements();
        List<Element> elements = new ArrayList<>();
        for (int i = all.indexOf(headline) - 1; i >= 0 && elements.size() < max; i--) {
            elements.add(all.get(i));
        }
        return elements;
    }

    /** Whether the element has text of its own, not only in its children. */
    static boolean hasOwnText(Element e) {
        for (TextNode node : e.textNodes()) {
            if (!node.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The next element in document order: the first child, else the next sibling of the nearest ancestor. */
    private static Element next(Element e) {
        if (e.childrenSize() > 0) {
            return e.child(0);
        }
        for (Element current = e; current != null; current = current.parent()) {
            Element sibling = current.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
