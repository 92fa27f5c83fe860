package vn.presswatch.crawler.date;

import java.util.Arrays;

/** Text with a matched region replaced by spaces, so the next search neither sees it nor shifts positions. */
final class Blanks {

    private Blanks() {
    }

    static String blank(String text, int start, int end) {
        char[] chars = text.toCharArray();
        Arrays.fill(chars, start, end, ' ');
        return new String(chars);
    }
}
