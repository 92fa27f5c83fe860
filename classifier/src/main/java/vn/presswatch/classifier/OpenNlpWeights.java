package vn.presswatch.classifier;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The weights inside OpenNLP's trained models, read as a linear model: what each feature adds to each outcome's
 * score, and each outcome's constant. A maximum-entropy model's scores are the sums of its feature weights; naive
 * Bayes' are the log prior plus the sums of its features' smoothed log likelihoods. This unrolls OpenNLP's own
 * evaluation ({@code GISModel.eval}, {@code NaiveBayesModel.eval}), so it follows that code, quirks included;
 * {@code LinearScorerTest} checks the result against it.
 */
final class OpenNlpWeights {
    /** OpenNLP's naive Bayes smoothing: (count + 0.05) / (outcome total + 0.05 * vocabulary size). */
    private static final double NAIVE_BAYES_SMOOTHING = 0.05;

    private OpenNlpWeights() {
    }

    /** The linear models a model averages, or the model itself; null if one is of a kind this cannot read. */
    static List<AbstractModel> parts(MaxentModel model) {
        if (model instanceof AveragedModel) {
            List<AbstractModel> first = parts(((AveragedModel) model).first());
            List<AbstractModel> second = parts(((AveragedModel) model).second());
            if (first == null || second == null || first.size() != 1 || second.size() != 1) {
                return null;
            }
            return List.of(first.get(0), second.get(0));
        }
        if (!(model instanceof AbstractModel)) {
            return null;
        }
        AbstractModel.ModelType type = ((AbstractModel) model).getModelType();
        return type == AbstractModel.ModelType.Maxent || type == AbstractModel.ModelType.MaxentQn
                || type == AbstractModel.ModelType.NaiveBayes ? List.of((AbstractModel) model) : null;
    }

    /** The features the model knows. */
    static Iterable<String> features(AbstractModel model) {
        return predicates(model).keySet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> predicates(AbstractModel model) {
        return (Map<String, Object>) model.getDataStructures()[1];
    }

    /** Receives what a feature adds to an outcome's score. */
    interface ScoreVisitor {
        void visit(String feature, int outcome, double score);
    }

    /**
     * Visits what each feature adds to each outcome's score (outcomes as the model numbers them), and returns each
     * outcome's constant.
     */
    static double[] scores(AbstractModel model, ScoreVisitor visitor) {
        Context[] params = (Context[]) model.getDataStructures()[0];
        Map<String, Object> predicates = predicates(model);
        int outcomes = model.getNumOutcomes();
        if (model.getModelType() != AbstractModel.ModelType.NaiveBayes) {
            predicates.forEach((feature, p) -> {
                Context context = context(p, params);
                for (int i = 0; i < context.getOutcomes().length; i++) {
                    visitor.visit(feature, context.getOutcomes()[i], context.getParameters()[i]);
                }
            });
            return new double[outcomes];
        }
        // Naive Bayes: counts per outcome; a feature adds log((count + a) / (total + a * vocabulary)) to the
        // outcomes up to the last one it was seen with (OpenNLP stops there), and each outcome starts from its
        // log prior.
        double[] totals = new double[outcomes];
        for (Context context : params) {
            for (int i = 0; i < context.getOutcomes().length; i++) {
                totals[context.getOutcomes()[i]] += context.getParameters()[i];
            }
        }
        double vocabulary = predicates.size();
        predicates.forEach((feature, p) -> {
            Context context = context(p, params);
            int[] seen = context.getOutcomes();
            double[] counts = context.getParameters();
            for (int outcome = 0, j = 0; outcome < outcomes && j < seen.length; outcome++) {
                double count = seen[j] == outcome ? counts[j++] : 0;
                visitor.visit(feature, outcome, StrictMath.log((count + NAIVE_BAYES_SMOOTHING)
                        / (totals[outcome] + NAIVE_BAYES_SMOOTHING * vocabulary)));
            }
        });
        double all = Arrays.stream(totals).sum();
        double[] prior = new double[outcomes];
        for (int o = 0; o < outcomes; o++) {
            prior[o] = StrictMath.log(totals[o] / all);
        }
        return prior;
    }

    private static Context context(Object predicate, Context[] params) {
        return predicate instanceof Context ? (Context) predicate : params[(Integer) predicate];
    }
}
