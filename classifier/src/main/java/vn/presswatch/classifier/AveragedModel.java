package vn.presswatch.classifier;

import opennlp.tools.ml.model.MaxentModel;

/**
 * Two models over the same outcomes combined into one: naive Bayes, sure of itself and good at recall on few
 * examples, with maximum entropy, better calibrated. Either their probabilities are averaged (the tone model), or
 * their log probabilities are pooled with a weight each, {@code p(o) ~ a(o)^wa * b(o)^wb} (the topic models): a
 * binary model's log-odds are then the weighted sum of the two models' scores, so naive Bayes, tempered by a small
 * weight, moves a topic's score in proportion to its evidence instead of all the way to 0 or 1.
 */
final class AveragedModel implements MaxentModel {
    /** Below this a probability counts as this, so that the log of naive Bayes' underflowed zeros stays finite. */
    private static final double FLOOR = 1e-300;

    private final MaxentModel first;
    private final MaxentModel second;
    /** The log-pool weights of the first and second model, or null when probabilities are averaged. */
    private final double[] weights;

    /** Probabilities averaged. */
    AveragedModel(MaxentModel first, MaxentModel second) {
        this(first, second, null);
    }

    private AveragedModel(MaxentModel first, MaxentModel second, double[] weights) {
        this.first = first;
        this.second = second;
        this.weights = weights;
    }

    /** Log probabilities pooled: {@code p(o) ~ first(o)^firstWeight * second(o)^secondWeight}. */
    static AveragedModel pooled(MaxentModel first, MaxentModel second, double firstWeight, double secondWeight) {
        if (!(firstWeight > 0) || !(secondWeight > 0)) {
            throw new IllegalArgumentException("pool weights must be positive, not " + firstWeight + " and "
                    + secondWeight);
        }
        return new AveragedModel(first, second, new double[] {firstWeight, secondWeight});
    }

    /** The log-pool weights of the two models, or null when their probabilities are averaged. */
    double[] poolWeights() {
        return weights == null ? null : weights.clone();
    }

    MaxentModel first() {
        return first;
    }

    MaxentModel second() {
        return second;
    }

    @Override
    public double[] eval(String[] context) {
        double[] a = first.eval(context);
        double[] b = second.eval(context);
        double[] out = new double[a.length];
        if (weights == null) {
            for (int i = 0; i < a.length; i++) {
                // The outcome order may differ between the two models: align by name.
                out[i] = (a[i] + b[second.getIndex(first.getOutcome(i))]) / 2;
            }
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            out[i] = weights[0] * Math.log(Math.max(a[i], FLOOR))
                    + weights[1] * Math.log(Math.max(b[second.getIndex(first.getOutcome(i))], FLOOR));
            max = Math.max(max, out[i]);
        }
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.exp(out[i] - max);
            total += out[i];
        }
        for (int i = 0; i < a.length; i++) {
            out[i] /= total;
        }
        return out;
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        double[] p = eval(context);
        System.arraycopy(p, 0, probs, 0, p.length);
        return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return first.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return first.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return first.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return first.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return first.getNumOutcomes();
    }
}
