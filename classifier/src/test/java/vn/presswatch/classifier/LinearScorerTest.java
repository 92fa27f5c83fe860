package vn.presswatch.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.presswatch.store.Tone;

/** The folded scorer gives OpenNLP's own probabilities. */
class LinearScorerTest {

    @Test
    void agreesWithOpenNlpsEvaluation() {
        Taxonomy taxonomy = Taxonomy.standard();
        List<Example> examples = TrainingSet.training(taxonomy).subList(0, 400);
        TextFeatures features = new TextFeatures(taxonomy);
        Models fast = Models.train(taxonomy, features, examples, Models.Parameters.defaults());
        for (Example e : TrainingSet.heldOut(taxonomy).subList(0, 20)) {
            String[] context = features.of(e.title(), e.text());
            Models.Probabilities probabilities = fast.probabilities(context);
            Map<String, Double> scored = probabilities.topics();
            Map<String, Double> reference = fast.referenceTopicProbabilities(context);
            scored.forEach((topic, p) -> assertThat(p).as(topic).isCloseTo(reference.get(topic), within(1e-4)));
            Map<Tone, Double> tone = probabilities.tones();
            fast.referenceToneProbabilities(context).forEach((t, p) -> assertThat(tone.get(t)).isCloseTo(p,
                    within(1e-4)));
        }
    }
}
