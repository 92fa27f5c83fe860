package vn.presswatch.classifier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * All maximum-entropy models (every topic's and the tone's) folded into one table, feature to weights, so an
 * article's features are looked up once instead of once per model: the same probabilities as OpenNLP's own
 * evaluation, a dozen times faster. A binary topic model's probability is the logistic of (yes score - no score).
 */
final class LinearScorer {
    private final Map<String, float[]> weights;
    private final int topics;
    private final String[] toneOutcomes;

    private LinearScorer(Map<String, float[]> weights, int topics, String[] toneOutcomes) {
        this.weights = weights;
        this.topics = topics;
        this.toneOutcomes = toneOutcomes;
    }

    /** The scorer of these models, or null if one of them is not a plain maxent model (e.g. naive Bayes). */
    static LinearScorer of(List<MaxentModel> topicModels, MaxentModel tone) {
        int width = topicModels.size() + tone.getNumOutcomes();
        Map<String, float[]> weights = new HashMap<>();
        for (int t = 0; t < topicModels.size(); t++) {
            MaxentModel m = topicModels.get(t);
            if (!isMaxent(m)) {
                return null;
            }
            int yes = m.getIndex(Models.YES);
            int no = m.getIndex(Models.NO);
            final int column = t;
            forEachParameter((AbstractModel) m, (feature, outcome, weight) -> {
                float sign = outcome == yes ? 1 : outcome == no ? -1 : 0;
                weights.computeIfAbsent(feature, f -> new float[width])[column] += (float) (sign * weight);
            });
        }
        if (!isMaxent(tone)) {
            return null;
        }
        String[] toneOutcomes = new String[tone.getNumOutcomes()];
        for (int o = 0; o < toneOutcomes.length; o++) {
            toneOutcomes[o] = tone.getOutcome(o);
        }
        int base = topicModels.size();
        forEachParameter((AbstractModel) tone, (feature, outcome, weight) ->
                weights.computeIfAbsent(feature, f -> new float[width])[base + outcome] += (float) weight);
        return new LinearScorer(weights, topicModels.size(), toneOutcomes);
    }

    private static boolean isMaxent(MaxentModel m) {
        return m instanceof AbstractModel && (((AbstractModel) m).getModelType() == AbstractModel.ModelType.Maxent
                || ((AbstractModel) m).getModelType() == AbstractModel.ModelType.MaxentQn);
    }

    private interface ParameterVisitor {
        void visit(String feature, int outcome, double weight);
    }

    @SuppressWarnings("unchecked")
    private static void forEachParameter(AbstractModel model, ParameterVisitor visitor) {
        Object[] data = model.getDataStructures();
        Context[] params = (Context[]) data[0];
        Map<String, Object> predicates = (Map<String, Object>) data[1];
        for (Map.Entry<String, Object> e : predicates.entrySet()) {
            Context context = e.getValue() instanceof Context ? (Context) e.getValue()
                    : params[(Integer) e.getValue()];
            int[] outcomes = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int i = 0; i < outcomes.length; i++) {
                visitor.visit(e.getKey(), outcomes[i], parameters[i]);
            }
        }
    }

    /** Summed weights of the context's features: topic columns first, then tone outcomes. */
    double[] sums(String[] context) {
        double[] sums = new double[topics + toneOutcomes.length];
        for (String feature : context) {
            float[] w = weights.get(feature);
            if (w != null) {
                for (int i = 0; i < w.length; i++) {
                    sums[i] += w[i];
                }
            }
        }
        return sums;
    }

    static double topicProbability(double[] sums, int topic) {
        return 1 / (1 + Math.exp(-sums[topic]));
    }

    /** Softmax over the tone columns. */
    double[] toneProbabilities(double[] sums) {
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < toneOutcomes.length; o++) {
            max = Math.max(max, sums[topics + o]);
        }
        double[] p = new double[toneOutcomes.length];
        double total = 0;
        for (int o = 0; o < p.length; o++) {
            p[o] = Math.exp(sums[topics + o] - max);
            total += p[o];
        }
        for (int o = 0; o < p.length; o++) {
            p[o] /= total;
        }
        return p;
    }

    String toneOutcome(int o) {
        return toneOutcomes[o];
    }
}
