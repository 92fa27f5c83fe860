package vn.presswatch.classifier;

import java.util.List;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Recognises Vietnamese by its syllables, with or without diacritics. A Vietnamese syllable is an optional onset
 * consonant cluster, a vowel group and an optional final consonant (c, ch, m, n, ng, nh, p, t): English words such
 * as "province", "with" or "government" do not fit that shape, nearly every Vietnamese word does. Fast enough to
 * run before (and usually instead of) the character n-gram language model.
 */
final class VietnameseSyllables {
    private static final String CONSONANTS = "bcdghklmnprstvx";
    private static final String[] TWO_LETTER_ONSETS = {"ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr"};
    private static final String[] TWO_LETTER_FINALS = {"ch", "nh", "ng"};
    private static final String[] VOWEL_GROUPS = {"uye", "uya", "oai", "oay", "oeo", "uay", "uoi", "uou", "ieu",
        "yeu", "uai", "ooc", "oong"};

    private VietnameseSyllables() {
    }

    /** The share of words (letters only, two or more) that are Vietnamese syllables in shape. */
    static double share(List<String> syllables) {
        int words = 0;
        int vietnamese = 0;
        for (String s : syllables) {
            if (s.length() < 2 || !Character.isLetter(s.charAt(0))) {
                continue;
            }
            words++;
            if (hasVietnameseLetter(s) || isSyllable(VietnameseFolding.foldLower(s))) {
                vietnamese++;
            }
        }
        return words == 0 ? 0 : (double) vietnamese / words;
    }

    /**
     * Whether a folded, lower-case word has the shape of a syllable: the regular expression
     * {@code (ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?
     * (uye|uya|oai|oay|oeo|uay|uoi|uou|ieu|yeu|uai|ooc|oong|[aeiouy]{1,3})(ch|nh|ng|[cmnpt])?}, decided without
     * one: a regular-expression match per word was a tenth of the cost of tagging an article.
     */
    static boolean isSyllable(String w) {
        int n = w.length();
        for (int onset = 0; onset <= 3 && onset < n; onset++) {
            if (!isOnset(w, onset)) {
                continue;
            }
            for (int last = 0; last <= 2 && onset + last < n; last++) {
                if (isFinal(w, last) && isVowelGroup(w, onset, n - last)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word's first {@code length} letters are an onset (none is one too). */
    private static boolean isOnset(String w, int length) {
        switch (length) {
            case 0:
                return true;
            case 1:
                return CONSONANTS.indexOf(w.charAt(0)) >= 0;
            case 2:
                return startsWithOneOf(w, 0, TWO_LETTER_ONSETS);
            default:
                return w.startsWith("ngh");
        }
    }

    /** Whether the word's last {@code length} letters are a final consonant (none is one too). */
    private static boolean isFinal(String w, int length) {
        switch (length) {
            case 0:
                return true;
            case 1:
                return "cmnpt".indexOf(w.charAt(w.length() - 1)) >= 0;
            default:
                return startsWithOneOf(w, w.length() - 2, TWO_LETTER_FINALS);
        }
    }

    private static boolean startsWithOneOf(String w, int at, String[] candidates) {
        for (String c : candidates) {
            if (w.startsWith(c, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowelGroup(String w, int from, int to) {
        int length = to - from;
        if (length <= 3) {
            boolean vowels = true;
            for (int i = from; i < to && vowels; i++) {
                vowels = "aeiouy".indexOf(w.charAt(i)) >= 0;
            }
            if (vowels) {
                return true;
            }
        }
        for (String group : VOWEL_GROUPS) {
            if (group.length() == length && w.startsWith(group, from)) {
                return true;
            }
        }
        return false;
    }

    /** Letters only Vietnamese uses among Latin scripts: đ, ơ, ư, ă and the tone-marked vowels. */
    private static boolean hasVietnameseLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'đ' || c == 'ơ' || c == 'ư' || c == 'ă' || c >= '\u1EA0' && c <= '\u1EF9') {
                return true;
            }
        }
        return false;
    }
}
