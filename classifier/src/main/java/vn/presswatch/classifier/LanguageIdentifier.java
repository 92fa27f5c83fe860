package vn.presswatch.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article (ISO 639-1), by OpenNLP's language detector with the Apache OpenNLP model of 103
 * languages (artifact opennlp-models-langdetect, on the classpath; nothing is downloaded). Vietnamese written
 * without diacritics confuses a character n-gram model trained on proper Vietnamese, so text whose words are
 * almost all Vietnamese syllables ({@link VietnameseSyllables}) is Vietnamese whatever the model says.
 */
public final class LanguageIdentifier {
    private static final String MODEL = "/langdetect-183.bin";
    /** Enough text for a confident answer; the detector's cost grows with the length. */
    private static final int MAX_CHARS = 600;
    private static final Map<String, String> ISO_639_1 = Map.ofEntries(
            Map.entry("vie", "vi"), Map.entry("eng", "en"), Map.entry("cmn", "zh"), Map.entry("zho", "zh"),
            Map.entry("yue", "zh"), Map.entry("wuu", "zh"), Map.entry("kor", "ko"), Map.entry("jpn", "ja"),
            Map.entry("fra", "fr"), Map.entry("rus", "ru"), Map.entry("deu", "de"), Map.entry("spa", "es"),
            Map.entry("tha", "th"), Map.entry("khm", "km"), Map.entry("lao", "lo"), Map.entry("ind", "id"),
            Map.entry("zlm", "ms"), Map.entry("msa", "ms"), Map.entry("ita", "it"), Map.entry("por", "pt"),
            Map.entry("ukr", "uk"), Map.entry("ara", "ar"), Map.entry("hin", "hi"), Map.entry("nld", "nl"));

    private final LanguageDetectorME detector;

    /**
     * The one instance of the process: the model takes a few hundred MB of heap, is immutable and thread-safe, so
     * every classifier (and every retrained one) shares it.
     */
    public static LanguageIdentifier shared() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use (the class-holder idiom: thread-safe, no locking afterwards). */
    private static final class Holder {
        static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    }

    private LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + MODEL + " is not on the classpath "
                        + "(org.apache.opennlp:opennlp-models-langdetect)");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model", e);
        }
    }

    /** The ISO 639-1 code of the text's language, or null for a text too short to tell. */
    public String identify(String title, String text) {
        String sample = sample(title, text);
        List<String> syllables = TextFeatures.syllables(sample, 200);
        if (syllables.isEmpty() || syllables.size() < 2 && syllables.get(0).length() < 8) {
            // One short word; (Chinese and Japanese are written without spaces, so one "word" can be a sentence.)
            return null;
        }
        if (VietnameseSyllables.share(syllables) >= 0.8) {
            return "vi";
        }
        Language best = detector.predictLanguage(sample);
        String code = best.getLang();
        return ISO_639_1.getOrDefault(code, code.length() == 2 ? code : code);
    }

    private static String sample(String title, String text) {
        StringBuilder s = new StringBuilder(MAX_CHARS + 64);
        if (title != null) {
            s.append(title).append(". ");
        }
        if (text != null) {
            s.append(text, 0, Math.min(text.length(), MAX_CHARS));
        }
        return s.toString();
    }
}
