package vn.presswatch.classifier;

import opennlp.tools.ml.model.MaxentModel;

/**
 * Two models over the same outcomes whose probabilities are averaged: naive Bayes, sure of itself and good at
 * recall on few examples, with maximum entropy, better calibrated. Each is evaluated as usual.
 */
final class AveragedModel implements MaxentModel {
    private final MaxentModel first;
    private final MaxentModel second;

    AveragedModel(MaxentModel first, MaxentModel second) {
        this.first = first;
        this.second = second;
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
        for (int i = 0; i < a.length; i++) {
            // The outcome order may differ between the two models: align by name.
            out[i] = (a[i] + b[second.getIndex(first.getOutcome(i))]) / 2;
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
