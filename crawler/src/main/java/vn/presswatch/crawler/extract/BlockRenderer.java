package vn.presswatch.crawler.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders elements as a list of {@link TextBlock}s the way a browser lays out text: block-level elements start
 * a new block, {@code <br>} a new line, table cells are separated by a space, and inline markup adds nothing
 * (so "Hải <b>Phòng</b>" stays "Hải Phòng"). Iterative, so deeply nested broken markup cannot overflow the
 * stack.
 */
final class BlockRenderer {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend", "option", "body", "html",
            "noscript", "iframe", "frameset", "frame", "listing", "plaintext", "xmp");

    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    List<TextBlock> render(Element root) {
        return render(List.of(root));
    }

    List<TextBlock> render(List<Element> roots) {
        Collector collector = new Collector();
        for (Element root : roots) {
            NodeTraversor.traverse(collector, root);
            collector.flush();
        }
        return collector.blocks;
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    private static TextBlock.Kind kindOf(String tag) {
        return switch (tag) {
            case "p" -> TextBlock.Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dd", "dt" -> TextBlock.Kind.ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "pre", "listing", "xmp", "plaintext" -> TextBlock.Kind.PRE;
            case "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption" -> TextBlock.Kind.ROW;
            default -> TextBlock.Kind.OTHER;
        };
    }

    private static final class Collector implements NodeVisitor {
        final List<TextBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Deque<TextBlock.Kind> kinds = new ArrayDeque<>();
        private int chars;
        private int linkChars;
        private int linkDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    trimTrailingSpace();
                    text.append('\n');
                } else if (CELL_TAGS.contains(tag)) {
                    appendSpace();
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    kinds.push(kindOf(tag));
                }
                if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("pre") || tag.equals("listing") || tag.equals("xmp")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (tag.equals("pre") || tag.equals("listing") || tag.equals("xmp")) {
                    preDepth--;
                }
                if (CELL_TAGS.contains(tag)) {
                    appendSpace();
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (!kinds.isEmpty()) {
                        kinds.pop();
                    }
                }
            }
        }

        private void appendText(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
                if (space) {
                    if (preDepth > 0 && c == '\n') {
                        trimTrailingSpace();
                        text.append('\n');
                    } else {
                        appendSpace();
                    }
                } else {
                    text.append(c);
                    chars++;
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            }
        }

        private void appendSpace() {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
                text.append(' ');
            }
        }

        private void trimTrailingSpace() {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) == ' ') {
                text.setLength(n - 1);
            }
        }

        void flush() {
            if (chars > 0) {
                String s = PlainText.paragraphs(text.toString());
                // Lines inside one block stay single-spaced: a blank line would split it into two paragraphs.
                s = s.replace("\n\n", "\n");
                TextBlock.Kind kind = kinds.isEmpty() ? TextBlock.Kind.OTHER : kinds.peek();
                blocks.add(new TextBlock(s, chars, linkChars, kind));
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
