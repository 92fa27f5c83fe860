package vn.presswatch.classifier;

import java.util.List;
import java.util.regex.Pattern;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * Recognises Vietnamese by its syllables, with or without diacritics. A Vietnamese syllable is an optional onset
 * consonant cluster, a vowel group and an optional final consonant (c, ch, m, n, ng, nh, p, t): English words such
 * as "province", "with" or "government" do not fit that shape, nearly every Vietnamese word does. Fast enough to
 * run before (and usually instead of) the character n-gram language model.
 */
final class VietnameseSyllables {
    private static final Pattern FOLDED_SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                    + "(uye|uya|oai|oay|oeo|uay|uoi|uou|ieu|yeu|uai|ooc|oong|[aeiouy]{1,3})"
                    + "(ch|nh|ng|[cmnpt])?");

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
            if (hasVietnameseLetter(s) || FOLDED_SYLLABLE.matcher(VietnameseFolding.foldLower(s)).matches()) {
                vietnamese++;
            }
        }
        return words == 0 ? 0 : (double) vietnamese / words;
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
