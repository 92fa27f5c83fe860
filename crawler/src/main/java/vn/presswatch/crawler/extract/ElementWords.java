package vn.presswatch.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits class and id values into lower-case words: "post-meta", "post_meta" and "postMeta" all hold "meta". */
final class ElementWords {

    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private ElementWords() {
    }

    /** Whether any word of any token of {@code attribute} is in {@code words}. */
    static boolean any(String attribute, Set<String> words) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String token : attribute.trim().split("\\s+")) {
            String camelSplit = CAMEL.matcher(token).replaceAll("-").toLowerCase(Locale.ROOT);
            for (String word : WORD_SPLIT.split(camelSplit)) {
                if (words.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any token of {@code attribute}, lower-cased, contains one of {@code stems}. */
    static boolean containsAny(String attribute, String[] stems) {
        if (attribute.isEmpty()) {
            return false;
        }
        String lower = attribute.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
