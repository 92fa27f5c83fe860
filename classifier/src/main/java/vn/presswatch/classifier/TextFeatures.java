package vn.presswatch.classifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The features the topic and tone models see: Vietnamese syllables and syllable bigrams (compounds such as
 * "chủ quyền", "biển đảo" are two syllables), each as written (NFC, lower case) and folded (no diacritics, so text
 * typed without them still matches), the title's again under their own names so that the title weighs more than
 * the body, and one feature per taxonomy topic whose keyword hint occurs. The body is cut after a few hundred
 * syllables: the lead and first paragraphs say what an article is about, and the cut bounds the cost.
 */
public final class TextFeatures {
    private final int maxBodySyllables;
    /** Hint phrases as folded syllables, by their first syllable: topic id and the whole phrase. */
    private final Map<String, List<Hint>> hints = new HashMap<>();
    /**
     * The strings derived from a syllable (its folded form and its unigram features), made once: a language has a
     * few thousand syllables, and building them again for every word was most of the cost of an article. Bounded,
     * because foreign words and numbers are unbounded; past the bound they are simply built each time.
     */
    private final Map<String, Syllable> syllableCache = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    /** A syllable with its folded form and its feature names. */
    private record Syllable(String folded, String word, String foldedWord, String title, String foldedTitle) {
        static Syllable of(String s) {
            String folded = VietnameseFolding.foldLower(s);
            return new Syllable(folded, "w=" + s, "f=" + folded, "t=" + s, "tf=" + folded);
        }
    }

    private record Hint(String topic, String[] syllables) {
    }

    public TextFeatures(Taxonomy taxonomy, int maxBodySyllables) {
        this.maxBodySyllables = maxBodySyllables;
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            for (String phrase : topic.hints()) {
                List<String> syllables = syllables(phrase, Integer.MAX_VALUE);
                if (syllables.isEmpty()) {
                    continue;
                }
                String[] folded = syllables.stream().map(VietnameseFolding::foldLower).toArray(String[]::new);
                hints.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(new Hint(topic.id(), folded));
            }
        }
    }

    public TextFeatures(Taxonomy taxonomy) {
        this(taxonomy, 400);
    }

    /** The features of an article, each once, in no particular order. */
    public String[] of(String title, String text) {
        Set<String> features = new HashSet<>(2048);
        Syllable[] head = derive(syllables(title == null ? "" : title, 64));
        Syllable[] body = derive(syllables(text == null ? "" : text, maxBodySyllables));
        add(features, head, true);
        add(features, head, false);
        add(features, body, false);
        hints(features, head, "th=");
        hints(features, body, "h=");
        if (body.length == 0) {
            features.add("headline-only");
        }
        return features.toArray(String[]::new);
    }

    private Syllable[] derive(List<String> syllables) {
        Syllable[] out = new Syllable[syllables.size()];
        for (int i = 0; i < out.length; i++) {
            String s = syllables.get(i);
            Syllable cached = syllableCache.get(s);
            if (cached == null) {
                cached = Syllable.of(s);
                if (syllableCache.size() < CACHE_LIMIT) {
                    syllableCache.put(s, cached);
                }
            }
            out[i] = cached;
        }
        return out;
    }

    /** Unigrams and bigrams, as written and folded, under the title's names or the body's. */
    private static void add(Set<String> features, Syllable[] syllables, boolean asTitle) {
        for (int i = 0; i < syllables.length; i++) {
            Syllable s = syllables[i];
            features.add(asTitle ? s.title() : s.word());
            features.add(asTitle ? s.foldedTitle() : s.foldedWord());
            if (i > 0) {
                Syllable p = syllables[i - 1];
                String written = p.word().substring(2) + "_" + s.word().substring(2);
                features.add((asTitle ? "tb=" : "b=") + written);
                features.add((asTitle ? "tfb=" : "fb=") + p.folded() + "_" + s.folded());
            }
        }
    }

    private void hints(Set<String> features, Syllable[] syllables, String prefix) {
        String[] folded = new String[syllables.length];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = syllables[i].folded();
        }
        for (int i = 0; i < folded.length; i++) {
            List<Hint> candidates = hints.get(folded[i]);
            if (candidates == null) {
                continue;
            }
            for (Hint hint : candidates) {
                if (matchesAt(folded, i, hint.syllables())) {
                    features.add(prefix + hint.topic());
                }
            }
        }
    }

    private static boolean matchesAt(String[] text, int start, String[] phrase) {
        if (start + phrase.length > text.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!text[start + j].equals(phrase[j])) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case NFC runs of letters and digits, at most {@code max} of them. */
    static List<String> syllables(String text, int max) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(16);
        for (int i = 0; i < s.length() && out.size() < max; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                current.appendCodePoint(Character.toLowerCase(cp));
            } else if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0 && out.size() < max) {
            out.add(current.toString());
        }
        return out;
    }
}
