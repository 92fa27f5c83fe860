package vn.presswatch.crawler.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects warnings for one parse: duplicates are dropped and the list is capped, because a broken feed of
 * 500 items must not produce 500 lines on the source's health page. Not thread-safe; one per parse.
 */
final class ParseWarnings {
    static final int MAX = 30;

    private final Set<String> messages = new LinkedHashSet<>();
    private int dropped;

    void add(String message) {
        if (messages.contains(message)) {
            return;
        }
        if (messages.size() >= MAX) {
            dropped++;
        } else {
            messages.add(message);
        }
    }

    List<String> toList() {
        List<String> all = new ArrayList<>(messages);
        if (dropped > 0) {
            all.add(String.format(Locale.ROOT, "... and %d more warnings", dropped));
        }
        return all;
    }
}
