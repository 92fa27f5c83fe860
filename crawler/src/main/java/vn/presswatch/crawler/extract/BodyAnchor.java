package vn.presswatch.crawler.extract;

import org.jsoup.nodes.Element;

/**
 * Finds the element of the page that holds a given article text (a JSON-LD articleBody): the nearest common
 * ancestor of the paragraphs where the text starts and ends. Rendering that element keeps the paragraphs that
 * the plain articleBody string has lost, and the usual cleaning drops what the site injected into the string
 * ("Le puede interesar: ...").
 */
final class BodyAnchor {

    /** Letters and digits compared at each end of the text. */
    private static final int PROBE = 40;
    /** The anchor may hold this much more text than the articleBody before it is taken for the whole page. */
    private static final double MAX_EXPANSION = 1.6;

    private BodyAnchor() {
    }

    /** The element holding {@code text}, or null when its start or end is not found in the page's paragraphs. */
    static Element find(Element body, String text) {
        String key = PlainText.key(text);
        if (key.length() < 3 * PROBE) {
            return null;
        }
        String head = key.substring(0, PROBE);
        String tail = key.substring(key.length() - PROBE);
        Element first = null;
        Element last = null;
        for (Element p : body.select("p, h2, h3, h4, li, blockquote, pre, td, div:not(:has(div, p))")) {
            String pKey = PlainText.key(p.text());
            if (pKey.length() < 10) {
                continue;
            }
            if (first == null && (pKey.contains(head) || head.startsWith(pKey))) {
                first = p;
            }
            if (pKey.contains(tail) || tail.endsWith(pKey)) {
                last = p;
            }
        }
        if (first == null || last == null) {
            return null;
        }
        Element anchor = commonAncestor(first, last);
        if (anchor == null || PlainText.key(anchor.text()).length() > MAX_EXPANSION * key.length()) {
            return null;
        }
        return anchor;
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element x = a; x != null; x = x.parent()) {
            for (Element y = b; y != null; y = y.parent()) {
                if (x == y) {
                    return x;
                }
            }
        }
        return null;
    }
}
