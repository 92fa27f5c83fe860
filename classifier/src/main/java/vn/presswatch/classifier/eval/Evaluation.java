package vn.presswatch.classifier.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.classifier.Classification;
import vn.presswatch.classifier.Example;
import vn.presswatch.classifier.LocalityTagger;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.classifier.TrainingSet;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * The evaluation command: k-fold cross-validation over the training examples and a run on the held-out file,
 * printing precision, recall and F1 per topic and per tone, macro averages, and the most frequent errors.
 * Usage: {@code Evaluation [FOLDS]} (default 5). Folds are drawn with a fixed seed, so runs are comparable.
 */
public final class Evaluation {
    private final Taxonomy taxonomy;
    private final ArticleClassifier.Settings settings;
    private final Map<String, LabelStats> topics = new LinkedHashMap<>();
    private final Map<Tone, LabelStats> tones = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new HashMap<>();
    private int examples;
    /** Each test example's true topics and predicted probabilities, for the threshold sweep. */
    private final List<Map.Entry<List<String>, Map<String, Double>>> scored = new ArrayList<>();

    Evaluation(Taxonomy taxonomy, ArticleClassifier.Settings settings) {
        this.taxonomy = taxonomy;
        this.settings = settings;
        taxonomy.ids().forEach(id -> topics.put(id, new LabelStats()));
        for (Tone t : Tone.values()) {
            tones.put(t, new LabelStats());
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Taxonomy taxonomy = Taxonomy.standard();
        List<Example> training = TrainingSet.training(taxonomy);
        List<Example> heldOut = TrainingSet.heldOut(taxonomy);
        ArticleClassifier.Settings defaults = ArticleClassifier.Settings.defaults();
        // Experiments: -Dthreshold=0.3 -Dboost=0.3 -Dalgorithm=NAIVEBAYES -Dl2=1.0 -Diterations=100 -Dcutoff=2 override the defaults for this run.
        ArticleClassifier.Settings settings = new ArticleClassifier.Settings(
                Double.parseDouble(System.getProperty("threshold", Double.toString(defaults.topicThreshold()))),
                Double.parseDouble(System.getProperty("boost", Double.toString(defaults.hintBoost()))),
                new vn.presswatch.classifier.Models.Parameters(
                        System.getProperty("algorithm", defaults.parameters().algorithm()),
                        Integer.parseInt(System.getProperty("iterations",
                                Integer.toString(defaults.parameters().iterations()))),
                        Double.parseDouble(System.getProperty("l2", Double.toString(defaults.parameters().l2()))),
                        Integer.parseInt(System.getProperty("cutoff",
                                Integer.toString(defaults.parameters().cutoff())))));
        out.println("settings: " + settings);

        out.printf(Locale.ROOT, "%d training examples, %d held-out examples, %d topics%n%n", training.size(),
                heldOut.size(), taxonomy.ids().size());
        Evaluation cv = crossValidate(taxonomy, settings, training, folds, 42);
        out.printf(Locale.ROOT, "== %d-fold cross-validation over the training examples ==%n", folds);
        cv.print(out);
        Evaluation held = new Evaluation(taxonomy, settings);
        held.run(ArticleClassifier.train(taxonomy, training, LocalityTagger.NONE, settings), heldOut);
        out.printf(Locale.ROOT, "%n== held-out examples (trained on all training examples) ==%n");
        held.print(out);
    }

    static Evaluation crossValidate(Taxonomy taxonomy, ArticleClassifier.Settings settings, List<Example> all,
                                    int folds, long seed) {
        List<Example> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        Evaluation evaluation = new Evaluation(taxonomy, settings);
        for (int f = 0; f < folds; f++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == f ? test : train).add(shuffled.get(i));
            }
            evaluation.run(ArticleClassifier.train(taxonomy, train, LocalityTagger.NONE, settings), test);
        }
        return evaluation;
    }

    void run(ArticleClassifier classifier, List<Example> test) {
        for (Example e : test) {
            examples++;
            Classification c = classifier.classify(e.title(), e.text());
            scored.add(Map.entry(e.topics(), c.topicScores()));
            Set<String> predicted = new java.util.HashSet<>();
            c.topics().stream().map(TopicScore::topic).forEach(predicted::add);
            for (String topic : taxonomy.ids()) {
                boolean truth = e.topics().contains(topic);
                boolean guess = predicted.contains(topic);
                LabelStats s = topics.get(topic);
                if (truth && guess) {
                    s.tp++;
                } else if (guess) {
                    s.fp++;
                    errors.merge("spurious " + topic + " (true: " + label(e.topics()) + ")", 1, Integer::sum);
                } else if (truth) {
                    s.fn++;
                    errors.merge("missed " + topic + " (predicted: " + label(List.copyOf(predicted)) + ")", 1,
                            Integer::sum);
                }
            }
            if (e.tone() != null) {
                if (e.tone() == c.tone()) {
                    tones.get(e.tone()).tp++;
                } else {
                    tones.get(e.tone()).fn++;
                    tones.get(c.tone()).fp++;
                    errors.merge("tone " + e.tone().id() + " taken for " + c.tone().id(), 1, Integer::sum);
                }
            }
        }
    }

    private static String label(List<String> topics) {
        return topics.isEmpty() ? "-" : String.join(",", new TreeMap<String, String>(
                topics.stream().collect(java.util.stream.Collectors.toMap(t -> t, t -> t))).keySet());
    }

    /** Topic macro-F1 and lowest topic F1 had the threshold been {@code threshold}. */
    double[] macroAt(double threshold) {
        Map<String, LabelStats> stats = new LinkedHashMap<>();
        taxonomy.ids().forEach(id -> stats.put(id, new LabelStats()));
        for (Map.Entry<List<String>, Map<String, Double>> s : scored) {
            for (String topic : taxonomy.ids()) {
                boolean truth = s.getKey().contains(topic);
                boolean guess = s.getValue().get(topic) >= threshold;
                LabelStats st = stats.get(topic);
                if (truth && guess) {
                    st.tp++;
                } else if (guess) {
                    st.fp++;
                } else if (truth) {
                    st.fn++;
                }
            }
        }
        return new double[] {stats.values().stream().mapToDouble(LabelStats::f1).average().orElse(0),
            stats.values().stream().mapToDouble(LabelStats::f1).min().orElse(0)};
    }

    double topicMacroF1() {
        return topics.values().stream().mapToDouble(LabelStats::f1).average().orElse(0);
    }

    double toneMacroF1() {
        return tones.values().stream().mapToDouble(LabelStats::f1).average().orElse(0);
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%d examples classified%n", examples);
        out.printf(Locale.ROOT, "%-24s %9s %9s %9s %8s%n", "topic", "precision", "recall", "F1", "support");
        topics.forEach((id, s) -> out.printf(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %8d%n", id, s.precision(),
                s.recall(), s.f1(), s.support()));
        double worst = topics.values().stream().mapToDouble(LabelStats::f1).min().orElse(0);
        out.printf(Locale.ROOT, "%-24s %29.3f   (lowest topic F1 %.3f)%n", "macro average", topicMacroF1(), worst);
        out.printf(Locale.ROOT, "%n%-24s %9s %9s %9s %8s%n", "tone", "precision", "recall", "F1", "support");
        tones.forEach((t, s) -> out.printf(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %8d%n", t.id(), s.precision(),
                s.recall(), s.f1(), s.support()));
        out.printf(Locale.ROOT, "%-24s %29.3f%n", "macro average", toneMacroF1());
        out.printf(Locale.ROOT, "%nthreshold sweep (topic macro-F1 / lowest topic F1):");
        for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7}) {
            double[] m = macroAt(t);
            out.printf(Locale.ROOT, "  %.2f: %.3f / %.3f", t, m[0], m[1]);
        }
        out.printf(Locale.ROOT, "%n%nmost frequent errors:%n");
        errors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> out.printf(Locale.ROOT, "%5d  %s%n", e.getValue(), e.getKey()));
    }
}
