package vn.presswatch.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import vn.presswatch.store.Tone;

/**
 * The trained topic and tone models: one binary model per topic (one-vs-rest, because an article may have several
 * topics or none, and each topic gets its own probability), and one three-way model for tone. Each model is, by
 * default, OpenNLP's naive Bayes and its L-BFGS maximum-entropy model (L2-regularised) combined: on our examples
 * the pair beats either alone in cross-validation. Training is single-threaded and has no randomness, so the same
 * examples always give the same models.
 */
public final class Models {
    static final String YES = "yes";
    static final String NO = "no";

    private final Map<String, MaxentModel> topics;
    private final MaxentModel tone;

    Models(Map<String, MaxentModel> topics, MaxentModel tone) {
        this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        this.tone = tone;
    }

    /**
     * The fast path: every model folded into one table over the features' codes, or null when a model is of a
     * kind the table cannot hold (then {@link #probabilities} is the way).
     */
    LinearScorer scorer(TextFeatures features) {
        return LinearScorer.of(topics, tone, features::code);
    }

    /** Naive Bayes and L-BFGS maxent, combined (see {@link #NAIVE_BAYES_WEIGHT}). */
    public static final String ENSEMBLE = "NAIVEBAYES+MAXENT_QN";
    /**
     * A topic's log-odds in the pair: this share of naive Bayes' log-odds plus {@link #MAXENT_WEIGHT} of maxent's.
     * Naive Bayes counts every word as independent evidence, so its log-odds run to hundreds and its probabilities
     * sit at 0 or 1; averaging those probabilities made it the deciding vote whenever maxent was unsure. Tempered
     * to a fifth of maxent's weight, it still adds recall on topics with little shared vocabulary: topic macro-F1
     * in cross-validation rose by 0.014 and 0.011 (on two sets of examples), nearly flat for a weight from 1/8 to
     * 1/4 of maxent's with the threshold from 0.25 to 0.35. The tone model keeps averaged probabilities (no gain).
     */
    static final double NAIVE_BAYES_WEIGHT = 0.1;
    static final double MAXENT_WEIGHT = 0.5;
    static final String NAIVE_BAYES = "NAIVEBAYES";
    static final String QN = "MAXENT_QN";

    /**
     * Training parameters.
     *
     * @param algorithm  OpenNLP trainer: {@link #ENSEMBLE} (default), MAXENT_QN, MAXENT (GIS), NAIVEBAYES
     * @param iterations maxent training iterations
     * @param l2         maxent L2 regularisation cost (higher: smoother, fewer overconfident rare features)
     * @param cutoff     features seen fewer times than this are ignored
     */
    public record Parameters(String algorithm, int iterations, double l2, int cutoff) {
        Parameters with(String value) {
            return new Parameters(value, iterations, l2, cutoff);
        }

        public static Parameters defaults() {
            // The pair: in cross-validation it beat maxent alone by 0.03 of topic macro-F1 and naive Bayes alone by
            // 0.01, and the folded scorer evaluates both for little more than one. Every feature counts (cutoff 1):
            // the pair lost 0.016 when features seen once were dropped. A stronger maxent L2 did not help.
            return new Parameters(ENSEMBLE, 100, 0.1, 1);
        }

        TrainingParameters opennlp() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put("L2Cost", l2);
            p.put("L1Cost", 0.0);
            return p;
        }
    }

    /** Trains every model on the examples. */
    public static Models train(Taxonomy taxonomy, TextFeatures features, List<Example> examples,
                               Parameters parameters) {
        List<String[]> contexts = new ArrayList<>(examples.size());
        for (Example e : examples) {
            contexts.add(features.of(e.title(), e.text()));
        }
        Map<String, MaxentModel> topicModels = new LinkedHashMap<>();
        for (String topic : taxonomy.ids()) {
            List<Event> events = new ArrayList<>(examples.size());
            for (int i = 0; i < examples.size(); i++) {
                events.add(new Event(examples.get(i).topics().contains(topic) ? YES : NO, contexts.get(i)));
            }
            if (events.stream().noneMatch(ev -> ev.getOutcome().equals(YES))) {
                throw new IllegalArgumentException("no training example carries topic " + topic);
            }
            topicModels.put(topic, train(events, parameters, true));
        }
        List<Event> toneEvents = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Tone t = examples.get(i).tone();
            if (t != null) {
                toneEvents.add(new Event(t.id(), contexts.get(i)));
            }
        }
        return new Models(topicModels, train(toneEvents, parameters, false));
    }

    private static MaxentModel train(List<Event> events, Parameters parameters, boolean topic) {
        if (parameters.algorithm().equals(ENSEMBLE)) {
            return pair(train(events, parameters.with(NAIVE_BAYES), topic), train(events, parameters.with(QN), topic),
                    topic);
        }
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters.opennlp(), new HashMap<>());
        try {
            return trainer.train(new CollectionObjectStream<>(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Naive Bayes and maxent as one model: log-odds pooled for a topic, probabilities averaged for tone. */
    private static MaxentModel pair(MaxentModel naiveBayes, MaxentModel maxent, boolean topic) {
        return topic ? AveragedModel.pooled(naiveBayes, maxent, NAIVE_BAYES_WEIGHT, MAXENT_WEIGHT)
                : new AveragedModel(naiveBayes, maxent);
    }

    /** Writes every model into {@code dir} ({@code topic-ID.bin}, {@code tone.bin}), OpenNLP's binary format. */
    public void write(java.nio.file.Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        for (Map.Entry<String, MaxentModel> e : topics.entrySet()) {
            write(e.getValue(), dir, "topic-" + e.getKey());
        }
        write(tone, dir, "tone");
    }

    /**
     * {@code NAME.bin}, or {@code NAME.1.bin} and {@code NAME.2.bin} for an averaged pair; the other form's files
     * are deleted, since {@link #read} prefers {@code NAME.bin} and a stale one would win.
     */
    private static void write(MaxentModel model, java.nio.file.Path dir, String name) throws IOException {
        for (String stale : model instanceof AveragedModel ? List.of(".bin") : List.of(".1.bin", ".2.bin")) {
            java.nio.file.Files.deleteIfExists(dir.resolve(name + stale));
        }
        if (model instanceof AveragedModel) {
            write((opennlp.tools.ml.model.AbstractModel) ((AveragedModel) model).first(), dir.resolve(name + ".1.bin"));
            write((opennlp.tools.ml.model.AbstractModel) ((AveragedModel) model).second(),
                    dir.resolve(name + ".2.bin"));
        } else {
            write((opennlp.tools.ml.model.AbstractModel) model, dir.resolve(name + ".bin"));
        }
    }

    private static void write(opennlp.tools.ml.model.AbstractModel model, java.nio.file.Path file)
            throws IOException {
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                java.nio.file.Files.newOutputStream(file)))) {
            new opennlp.tools.ml.model.GenericModelWriter(model, out).persist();
        }
    }

    /**
     * Reads the models written by {@link #write} from class-path resources under {@code base}, or returns null if
     * any is missing (then the caller trains them).
     */
    static Models read(Taxonomy taxonomy, String base) throws IOException {
        Map<String, MaxentModel> topicModels = new LinkedHashMap<>();
        for (String topic : taxonomy.ids()) {
            MaxentModel m = readModel(base + "topic-" + topic, true);
            if (m == null) {
                return null;
            }
            topicModels.put(topic, m);
        }
        MaxentModel toneModel = readModel(base + "tone", false);
        return toneModel == null ? null : new Models(topicModels, toneModel);
    }

    private static MaxentModel readModel(String name, boolean topic) throws IOException {
        MaxentModel single = readResource(name + ".bin");
        if (single != null) {
            return single;
        }
        MaxentModel first = readResource(name + ".1.bin");
        MaxentModel second = readResource(name + ".2.bin");
        return first == null || second == null ? null : pair(first, second, topic);
    }

    private static MaxentModel readResource(String resource) throws IOException {
        byte[] bytes;
        try (java.io.InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        }
        String type = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes)).readUTF();
        java.io.DataInputStream data = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes));
        // OpenNLP's generic reader knows maxent and perceptron models; naive Bayes has a reader of its own.
        if (type.equals("NaiveBayes")) {
            return new opennlp.tools.ml.naivebayes.BinaryNaiveBayesModelReader(data).getModel();
        }
        return new opennlp.tools.ml.model.GenericModelReader(
                new opennlp.tools.ml.model.BinaryFileDataReader(data)).getModel();
    }

    /** Every topic's and every tone's probability for one article. */
    record Probabilities(Map<String, Double> topics, Map<Tone, Double> tones) {
    }

    /** Both decisions by OpenNLP's own evaluation of each model: for models the scorer cannot fold. */
    Probabilities probabilities(String[] context) {
        return new Probabilities(referenceTopicProbabilities(context), referenceToneProbabilities(context));
    }

    /** OpenNLP's own evaluation of the topic models: what the scorer must match. */
    Map<String, Double> referenceTopicProbabilities(String[] context) {
        Map<String, Double> out = new LinkedHashMap<>();
        topics.forEach((topic, m) -> out.put(topic, m.eval(context)[m.getIndex(YES)]));
        return out;
    }

    Map<Tone, Double> referenceToneProbabilities(String[] context) {
        double[] p = tone.eval(context);
        Map<Tone, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            out.put(Tone.valueOf(tone.getOutcome(i).toUpperCase(java.util.Locale.ROOT)), p[i]);
        }
        return out;
    }
}
