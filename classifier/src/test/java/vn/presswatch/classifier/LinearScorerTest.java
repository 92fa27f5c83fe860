package vn.presswatch.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Tone;

/** The folded scorer gives OpenNLP's own probabilities, for naive Bayes, maxent and their average. */
class LinearScorerTest {
    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void agreesWithOpenNlpsEvaluationOfThePair() {
        assertAgrees(Models.Parameters.defaults());
    }

    @Test
    void agreesWithOpenNlpsEvaluationOfMaxentAlone() {
        assertAgrees(Models.Parameters.defaults().with(Models.QN));
    }

    @Test
    void agreesWithOpenNlpsEvaluationOfNaiveBayesAlone() {
        assertAgrees(Models.Parameters.defaults().with(Models.NAIVE_BAYES));
    }

    @Test
    void leavesOtherModelsToOpenNlp() {
        TextFeatures features = new TextFeatures(taxonomy);
        Models perceptron = Models.train(taxonomy, features, TrainingSet.training(taxonomy).subList(0, 300),
                Models.Parameters.defaults().with("PERCEPTRON"));
        assertThat(perceptron.scorer(features)).isNull();
    }

    private void assertAgrees(Models.Parameters parameters) {
        List<Example> examples = TrainingSet.training(taxonomy).subList(0, 400);
        TextFeatures features = new TextFeatures(taxonomy);
        Models models = Models.train(taxonomy, features, examples, parameters);
        LinearScorer scorer = models.scorer(features);
        assertThat(scorer).isNotNull();
        List<Example> unseen = TrainingSet.heldOut(taxonomy);
        for (Example e : unseen.subList(0, 40)) {
            Models.Probabilities fast = scorer.probabilities(features.codes(e.title(), e.text()));
            Models.Probabilities reference = models.probabilities(features.of(e.title(), e.text()));
            Map<String, Double> topics = fast.topics();
            reference.topics().forEach((topic, p) -> assertThat(topics.get(topic)).as(e.origin() + " " + topic)
                    .isCloseTo(p, within(1e-5)));
            Map<Tone, Double> tone = fast.tones();
            reference.tones().forEach((t, p) -> assertThat(tone.get(t)).as(e.origin() + " " + t)
                    .isCloseTo(p, within(1e-5)));
        }
    }

    @Test
    void aRepeatedFeatureCountsOnce() {
        TextFeatures features = new TextFeatures(taxonomy);
        Models models = Models.train(taxonomy, features, TrainingSet.training(taxonomy).subList(0, 200),
                Models.Parameters.defaults());
        LinearScorer scorer = models.scorer(features);
        long[] once = features.codes("Biển Đông", "");
        long[] twice = new long[once.length * 2];
        System.arraycopy(once, 0, twice, 0, once.length);
        System.arraycopy(once, 0, twice, once.length, once.length);
        assertThat(scorer.sums(twice)).containsExactly(scorer.sums(once), within(1e-12));
    }
}
