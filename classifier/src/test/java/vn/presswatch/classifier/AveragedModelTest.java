package vn.presswatch.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/** The two ways of combining a pair of models: averaged probabilities, and pooled log probabilities. */
class AveragedModelTest {
    /** A binary model that always answers {@code yes} with probability p; its outcomes in the given order. */
    private static MaxentModel fixed(double p, String... outcomes) {
        return new MaxentModel() {
            @Override
            public double[] eval(String[] context) {
                return outcomes[0].equals(Models.YES) ? new double[] {p, 1 - p} : new double[] {1 - p, p};
            }

            @Override
            public double[] eval(String[] context, double[] probs) {
                return eval(context);
            }

            @Override
            public double[] eval(String[] context, float[] values) {
                return eval(context);
            }

            @Override
            public String getBestOutcome(double[] ocs) {
                return ocs[0] >= ocs[1] ? outcomes[0] : outcomes[1];
            }

            @Override
            public String getAllOutcomes(double[] ocs) {
                return outcomes[0] + "=" + ocs[0] + " " + outcomes[1] + "=" + ocs[1];
            }

            @Override
            public String getOutcome(int i) {
                return outcomes[i];
            }

            @Override
            public int getIndex(String outcome) {
                return outcomes[0].equals(outcome) ? 0 : 1;
            }

            @Override
            public int getNumOutcomes() {
                return 2;
            }
        };
    }

    private static double yes(MaxentModel m) {
        return m.eval(new String[] {"w=x"})[m.getIndex(Models.YES)];
    }

    @Test
    void averagesProbabilitiesAlignedByOutcomeName() {
        MaxentModel pair = new AveragedModel(fixed(0.9, Models.YES, Models.NO), fixed(0.3, Models.NO, Models.YES));
        assertThat(yes(pair)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void poolsLogOddsWithTheirWeights() {
        MaxentModel sure = fixed(1 - 1e-9, Models.YES, Models.NO); // log-odds +20.7
        MaxentModel doubtful = fixed(0.01, Models.NO, Models.YES); // log-odds -4.6
        MaxentModel pair = AveragedModel.pooled(sure, doubtful, 0.1, 0.5);
        double logOdds = 0.1 * Math.log((1 - 1e-9) / 1e-9) + 0.5 * Math.log(0.01 / 0.99);
        assertThat(yes(pair)).isCloseTo(1 / (1 + Math.exp(-logOdds)), within(1e-9)).isLessThan(0.5);
        // Averaged, the sure model carries the pair past one half on its own.
        assertThat(yes(new AveragedModel(sure, doubtful))).isGreaterThan(0.5);
    }

    @Test
    void aZeroProbabilityStaysFinite() {
        MaxentModel pair = AveragedModel.pooled(fixed(0.0, Models.YES, Models.NO), fixed(0.9, Models.YES, Models.NO),
                0.1, 0.5);
        assertThat(yes(pair)).isBetween(0.0, 1e-20);
    }

    @Test
    void rejectsWeightsThatAreNotPositive() {
        assertThatThrownBy(() -> AveragedModel.pooled(fixed(0.5, Models.YES, Models.NO),
                fixed(0.5, Models.YES, Models.NO), 0, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
