package vn.presswatch.classifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The features of an article; unique, in a stable order. */
    public String[] of(String title, String text) {
        Set<String> features = new LinkedHashSet<>();
        List<String> head = syllables(title == null ? "" : title, 64);
        List<String> body = syllables(text == null ? "" : text, maxBodySyllables);
        String[] headFolded = fold(head);
        String[] bodyFolded = fold(body);
        add(features, head, headFolded, "t", "tf", "tb", "tfb");
        add(features, head, headFolded, "w", "f", "b", "fb");
        add(features, body, bodyFolded, "w", "f", "b", "fb");
        hints(features, headFolded, "th=");
        hints(features, bodyFolded, "h=");
        if (body.isEmpty()) {
            features.add("headline-only");
        }
        return features.toArray(String[]::new);
    }

    private static void add(Set<String> features, List<String> syllables, String[] folded, String word,
                            String foldedWord, String bigram, String foldedBigram) {
        for (int i = 0; i < folded.length; i++) {
            features.add(word + "=" + syllables.get(i));
            features.add(foldedWord + "=" + folded[i]);
            if (i > 0) {
                features.add(bigram + "=" + syllables.get(i - 1) + "_" + syllables.get(i));
                features.add(foldedBigram + "=" + folded[i - 1] + "_" + folded[i]);
            }
        }
    }

    private void hints(Set<String> features, String[] folded, String prefix) {
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

    private static String[] fold(List<String> syllables) {
        String[] folded = new String[syllables.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = VietnameseFolding.foldLower(syllables.get(i));
        }
        return folded;
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
