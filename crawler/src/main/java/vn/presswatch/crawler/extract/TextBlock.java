package vn.presswatch.crawler.extract;

import java.util.Objects;

/**
 * One block of rendered text (a paragraph, heading, list item, table row...), with what the filters need to
 * judge it.
 *
 * @param text      the block's text, whitespace collapsed, line breaks kept as "\n"
 * @param chars     visible (non-whitespace) characters
 * @param linkChars visible characters inside links
 * @param kind      what the block came from
 */
record TextBlock(String text, int chars, int linkChars, Kind kind) {

    enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, PRE, ROW, OTHER }

    TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
