package vn.presswatch.classifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.presswatch.store.Article;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * Tags articles with topics, tone, language and localities. Thread-safe and immutable: {@link #retrain} returns a
 * new classifier, so the application can swap it in while the old one keeps serving.
 */
public final class ArticleClassifier {
    private final Taxonomy taxonomy;
    private final TextFeatures features;
    private final Models models;
    /** The models folded for speed; null when they cannot be (then OpenNLP evaluates each). */
    private final LinearScorer scorer;
    private final LanguageIdentifier languages;
    private final LocalityTagger localities;
    private final Settings settings;
    private final List<Example> examples;

    /**
     * @param topicThreshold a topic is assigned when its score reaches this
     * @param hintBoost      how far a taxonomy keyword hint moves a topic's score towards 1: by this share of the
     *                       remaining distance for a hint in the title, half of it for one in the body; 0 to use
     *                       the model alone
     * @param parameters     model training parameters
     */
    public record Settings(double topicThreshold, double hintBoost, Models.Parameters parameters) {
        public static Settings defaults() {
            // The pooled topic models (Models.NAIVE_BAYES_WEIGHT) do best in cross-validation with the threshold
            // between 0.25 and 0.35; recall is the weak side, so below 0.5. Keyword hints are model features; an
            // extra boost on top did not help.
            return new Settings(0.3, 0.0, Models.Parameters.defaults());
        }
    }

    private ArticleClassifier(Taxonomy taxonomy, List<Example> examples, Models models, LanguageIdentifier languages,
                              LocalityTagger localities, Settings settings) {
        this.taxonomy = taxonomy;
        this.features = new TextFeatures(taxonomy);
        this.examples = List.copyOf(examples);
        this.models = models != null ? models
                : Models.train(taxonomy, features, this.examples, settings.parameters());
        this.scorer = this.models.scorer(features);
        this.languages = languages;
        this.localities = localities;
        this.settings = settings;
    }

    private ArticleClassifier(Taxonomy taxonomy, List<Example> examples, LanguageIdentifier languages,
                              LocalityTagger localities, Settings settings) {
        this(taxonomy, examples, null, languages, localities, settings);
    }

    /**
     * The shipped taxonomy and models: the models the build trained from the shipped examples
     * ({@link vn.presswatch.classifier.train.TrainModels}), or, when they are missing or were trained from other
     * examples than those on the class path, freshly trained ones (deterministic, some seconds).
     */
    public static ArticleClassifier standard(LocalityTagger localities) {
        Taxonomy taxonomy = Taxonomy.standard();
        List<Example> examples = TrainingSet.training(taxonomy);
        Models shipped = null;
        try {
            if (TrainingSet.fingerprint(examples).equals(readFingerprint())) {
                shipped = Models.read(taxonomy, MODELS);
            }
        } catch (java.io.IOException e) {
            shipped = null;
        }
        return new ArticleClassifier(taxonomy, examples, shipped, LanguageIdentifier.shared(), localities,
                Settings.defaults());
    }

    /** Where the build puts the trained models, on the class path. */
    public static final String MODELS = "/vn/presswatch/classifier/models/";
    /** Names the examples the shipped models were trained from. */
    public static final String FINGERPRINT = "training.sha256";

    private static String readFingerprint() throws java.io.IOException {
        try (java.io.InputStream in = ArticleClassifier.class.getResourceAsStream(MODELS + FINGERPRINT)) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        }
    }

    /** The trained models, to be written by the build. */
    public Models models() {
        return models;
    }

    public static ArticleClassifier train(Taxonomy taxonomy, List<Example> examples, LocalityTagger localities,
                                         Settings settings) {
        return new ArticleClassifier(taxonomy, examples, LanguageIdentifier.shared(), localities, settings);
    }

    /**
     * A classifier that has also learnt from the office's corrections (an article with its true topics and tone);
     * a correction of a shipped example's text replaces nothing, it adds weight to the right answer.
     */
    public ArticleClassifier retrain(List<Example> corrections) {
        List<Example> all = new ArrayList<>(examples);
        all.addAll(corrections);
        return new ArticleClassifier(taxonomy, all, languages, localities, settings);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public Classification classify(String title, String text) {
        Models.Probabilities probabilities;
        boolean[][] hints;
        if (scorer != null) {
            long[] codes = features.codes(title, text);
            if (codes.length == 0) {
                return nothing();
            }
            probabilities = scorer.probabilities(codes);
            hints = settings.hintBoost() > 0 ? hints(codes) : null;
        } else {
            String[] context = features.of(title, text);
            if (context.length <= 1) {
                return nothing();
            }
            probabilities = models.probabilities(context);
            hints = settings.hintBoost() > 0 ? hints(context) : null;
        }
        Map<String, Double> topicScores = probabilities.topics();
        if (hints != null) {
            boost(topicScores, hints);
        }
        List<TopicScore> topics = new ArrayList<>();
        topicScores.forEach((topic, p) -> {
            if (p >= settings.topicThreshold()) {
                topics.add(new TopicScore(topic, p));
            }
        });
        topics.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        Map<Tone, Double> toneScores = probabilities.tones();
        Tone tone = toneScores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Classification(topics, topicScores, tone, toneScores, languages.identify(title, text),
                localities.localities(title, text));
    }

    /** No words at all: nothing to say about topics or tone, rather than the models' priors. */
    private static Classification nothing() {
        return new Classification(List.of(), Map.of(), Tone.NEUTRAL, Map.of(), null, List.of());
    }

    /** Which topics have a keyword hint in the title ([0][topic]) and in the body ([1][topic]). */
    private boolean[][] hints(long[] codes) {
        boolean[][] found = new boolean[2][taxonomy.ids().size()];
        for (long code : codes) {
            int inTitle = TextFeatures.hintTopic(code, true);
            int inBody = TextFeatures.hintTopic(code, false);
            if (inTitle >= 0) {
                found[0][inTitle] = true;
            } else if (inBody >= 0) {
                found[1][inBody] = true;
            }
        }
        return found;
    }

    private boolean[][] hints(String[] context) {
        boolean[][] found = new boolean[2][taxonomy.ids().size()];
        for (String f : context) {
            if (f.startsWith("th=")) {
                found[0][taxonomy.ids().indexOf(f.substring(3))] = true;
            } else if (f.startsWith("h=")) {
                found[1][taxonomy.ids().indexOf(f.substring(2))] = true;
            }
        }
        return found;
    }

    /** Moves the scores of topics whose keyword hints occur towards 1: the boost for the title, half for the body. */
    private void boost(Map<String, Double> scores, boolean[][] hints) {
        for (int t = 0; t < taxonomy.ids().size(); t++) {
            for (int where = 0; where < 2; where++) {
                if (hints[where][t]) {
                    double share = where == 0 ? settings.hintBoost() : settings.hintBoost() / 2;
                    scores.computeIfPresent(taxonomy.ids().get(t), (id, p) -> p + share * (1 - p));
                }
            }
        }
    }

    /** The article with its topics, tone, localities and language filled in. */
    public Article tag(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.lead() == null || article.lead().isBlank() ? article.text()
                : article.lead() + "\n\n" + Objects.requireNonNullElse(article.text(), "");
        Classification c = classify(article.title(), text);
        return article.toBuilder()
                .topics(c.topics())
                .tone(c.tone())
                // The detector reads the text; a page's lang attribute is often a template's default.
                .language(c.language() != null ? c.language() : article.language())
                .localities(c.localities())
                .build();
    }
}
