package vn.presswatch.crawler.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts for every element of a subtree, computed in one pass so that scoring many candidates stays
 * linear: visible characters (whitespace not counted), characters inside links, and commas.
 *
 * <p>Counts are a snapshot: recompute after removing elements.
 */
final class TextMeasures {

    private static final int CHARS = 0;
    private static final int LINK_CHARS = 1;
    private static final int COMMAS = 2;
    private static final int LINKS = 3;
    private static final int PARAGRAPH_CHARS = 4;
    private static final int SIZE = 5;

    private final Map<Element, int[]> counts;

    private TextMeasures(Map<Element, int[]> counts) {
        this.counts = counts;
    }

    static TextMeasures of(Element root) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        Deque<int[]> stack = new ArrayDeque<>();
        int[] linkDepth = {0};
        int[] paragraphDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    int[] own = new int[SIZE];
                    stack.push(own);
                    if (element.nameIs("a")) {
                        linkDepth[0]++;
                        own[LINKS]++;
                    } else if (element.nameIs("p")) {
                        paragraphDepth[0]++;
                    }
                } else if (node instanceof TextNode text && !stack.isEmpty()) {
                    int[] own = stack.peek();
                    String s = text.getWholeText();
                    int visible = visibleChars(s);
                    int commas = commas(s);
                    own[CHARS] += visible;
                    own[COMMAS] += commas;
                    if (linkDepth[0] > 0) {
                        own[LINK_CHARS] += visible;
                    }
                    if (paragraphDepth[0] > 0) {
                        own[PARAGRAPH_CHARS] += visible;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    int[] own = stack.pop();
                    counts.put(element, own);
                    if (element.nameIs("a")) {
                        linkDepth[0]--;
                    } else if (element.nameIs("p")) {
                        paragraphDepth[0]--;
                    }
                    int[] parent = stack.peek();
                    if (parent != null) {
                        for (int i = 0; i < own.length; i++) {
                            parent[i] += own[i];
                        }
                    }
                }
            }
        }, root);
        return new TextMeasures(counts);
    }

    /** Characters of {@code s} that are not whitespace. */
    static int visibleChars(String s) {
        int visible = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible++;
            }
        }
        return visible;
    }

    /** Commas in {@code s}, Latin, full-width and Arabic. */
    static int commas(String s) {
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C') {
                commas++;
            }
        }
        return commas;
    }

    /** Visible (non-whitespace) characters in the element's text. */
    int chars(Element element) {
        int[] c = counts.get(element);
        return c == null ? 0 : c[CHARS];
    }

    /** Visible characters inside links. */
    int linkChars(Element element) {
        int[] c = counts.get(element);
        return c == null ? 0 : c[LINK_CHARS];
    }

    int commas(Element element) {
        int[] c = counts.get(element);
        return c == null ? 0 : c[COMMAS];
    }

    /** Number of links ({@code <a>} elements), the element itself included. */
    int links(Element element) {
        int[] c = counts.get(element);
        return c == null ? 0 : c[LINKS];
    }

    /** Visible characters inside {@code <p>} elements: prose, rarely navigation. */
    int paragraphChars(Element element) {
        int[] c = counts.get(element);
        return c == null ? 0 : c[PARAGRAPH_CHARS];
    }

    /** Share of the text that is link text, 0 for an element without text. */
    double linkDensity(Element element) {
        int chars = chars(element);
        return chars == 0 ? 0 : (double) linkChars(element) / chars;
    }
}
