package vn.presswatch.crawler.extract;

import java.util.regex.Pattern;

/**
 * Pooled counts of the extraction benchmark's fragment checks, and the scores computed from them, as the
 * benchmark's README defines them: a "with" fragment present is a true positive and missing a false negative;
 * a "without" fragment present is a false positive and missing a true negative.
 */
record FragmentScore(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    /**
     * The benchmark's whitespace: Python's Unicode whitespace, which Java's {@code \s} matches only with
     * UNICODE_CHARACTER_CLASS, plus the separators U+001C-U+001F that Python also counts.
     */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\x1C-\\x1F]+", Pattern.UNICODE_CHARACTER_CLASS);

    static final FragmentScore ZERO = new FragmentScore(0, 0, 0, 0);

    /** The benchmark's normalisation: whitespace runs to one space, trimmed; nothing else. */
    static String norm(String text) {
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ");
        int start = 0;
        int end = collapsed.length();
        while (start < end && collapsed.charAt(start) == ' ') {
            start++;
        }
        while (end > start && collapsed.charAt(end - 1) == ' ') {
            end--;
        }
        return collapsed.substring(start, end);
    }

    FragmentScore plus(FragmentScore other) {
        return new FragmentScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
