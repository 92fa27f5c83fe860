package vn.presswatch.classifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import vn.presswatch.store.Tone;

/**
 * All topic and tone models folded into one table, feature code to a row of weights, so that an article's
 * features are looked up once instead of once per model, and by number instead of by name: the same probabilities
 * as OpenNLP's own evaluation, many times faster.
 *
 * <p>Both kinds of model OpenNLP trains for us are linear in the features ({@link OpenNlpWeights}), and give each
 * outcome the softmax of its score, so a binary topic model's probability is the logistic of (yes score - no
 * score). A model combined from two ({@link AveragedModel}) takes a column for each part and combines them as it
 * does itself: averaged probabilities, or for pooled log probabilities the logistic of the weighted sum of the
 * parts' scores.
 */
final class LinearScorer {
    private final CodeIndex index;
    /** Row-major: row r holds every column's weight, from {@code r * width}. */
    private final float[] weights;
    private final int width;
    /** Each column's constant term (naive Bayes' log priors; 0 for maxent). */
    private final double[] bias;
    private final List<String> topicIds;
    /** For topic t, its models' columns (yes - no). */
    private final int[][] topicColumns;
    /** For topic t, each column's weight in the pooled log-odds, or null to average the columns' probabilities. */
    private final double[][] topicWeights;
    /** For each part of the tone model, the first of its columns, one per tone in {@link #tones} order. */
    private final int[] toneColumns;
    private final Tone[] tones;

    private LinearScorer(CodeIndex index, float[] weights, double[] bias, List<String> topicIds,
                         int[][] topicColumns, double[][] topicWeights, int[] toneColumns, Tone[] tones) {
        this.index = index;
        this.weights = weights;
        this.width = bias.length;
        this.bias = bias;
        this.topicIds = topicIds;
        this.topicColumns = topicColumns;
        this.topicWeights = topicWeights;
        this.toneColumns = toneColumns;
        this.tones = tones;
    }

    /**
     * The scorer of these models, or null if one of them is neither maxent nor naive Bayes nor an average of them.
     * Feature names become codes through {@code code}; a name without a code (-1) can never occur in an article,
     * and is left out.
     */
    static LinearScorer of(Map<String, MaxentModel> topicModels, MaxentModel tone, ToLongFunction<String> code) {
        List<List<AbstractModel>> topicParts = new ArrayList<>();
        double[][] topicWeights = new double[topicModels.size()][];
        for (MaxentModel model : topicModels.values()) {
            if (model instanceof AveragedModel) {
                topicWeights[topicParts.size()] = ((AveragedModel) model).poolWeights();
            }
            topicParts.add(OpenNlpWeights.parts(model));
        }
        List<AbstractModel> toneParts = OpenNlpWeights.parts(tone);
        if (toneParts == null || topicParts.contains(null)) {
            return null;
        }
        Tone[] tones = new Tone[tone.getNumOutcomes()];
        for (int o = 0; o < tones.length; o++) {
            tones[o] = Tone.valueOf(tone.getOutcome(o).toUpperCase(Locale.ROOT));
        }
        // Columns: each topic model's parts (one column each), then each tone part's outcomes.
        int[][] topicColumns = new int[topicParts.size()][];
        int width = 0;
        for (int t = 0; t < topicParts.size(); t++) {
            topicColumns[t] = new int[topicParts.get(t).size()];
            for (int k = 0; k < topicColumns[t].length; k++) {
                topicColumns[t][k] = width++;
            }
        }
        int[] toneColumns = new int[toneParts.size()];
        for (int k = 0; k < toneColumns.length; k++) {
            toneColumns[k] = width;
            width += tones.length;
        }
        List<AbstractModel> all = new ArrayList<>(toneParts);
        topicParts.forEach(all::addAll);
        Table table = new Table(all, width);
        for (int t = 0; t < topicParts.size(); t++) {
            for (int k = 0; k < topicColumns[t].length; k++) {
                table.binary(topicParts.get(t).get(k), topicColumns[t][k]);
            }
        }
        for (int k = 0; k < toneColumns.length; k++) {
            table.softmax(toneParts.get(k), tone, toneColumns[k]);
        }
        return table.scorer(code, List.copyOf(topicModels.keySet()), topicColumns, topicWeights, toneColumns,
                tones);
    }

    /** The table while it is being built: a row for every feature any model knows, filled a column at a time. */
    private static final class Table {
        private final Map<String, Integer> rows = new LinkedHashMap<>();
        private final int width;
        private final float[] weights;
        private final double[] bias;

        Table(List<AbstractModel> models, int width) {
            for (AbstractModel model : models) {
                for (String feature : OpenNlpWeights.features(model)) {
                    rows.putIfAbsent(feature, rows.size());
                }
            }
            this.width = width;
            this.weights = new float[rows.size() * width];
            this.bias = new double[width];
        }

        /** The model's yes score minus its no score, into {@code column}. */
        void binary(AbstractModel model, int column) {
            int yes = model.getIndex(Models.YES);
            int no = model.getIndex(Models.NO);
            double[] sums = new double[rows.size()];
            double[] constant = OpenNlpWeights.scores(model, (feature, outcome, score) -> {
                if (outcome == yes || outcome == no) {
                    sums[rows.get(feature)] += outcome == yes ? score : -score;
                }
            });
            for (int r = 0; r < sums.length; r++) {
                weights[r * width + column] = (float) sums[r];
            }
            bias[column] = constant[yes] - constant[no];
        }

        /**
         * Each outcome's score into a column from {@code first}, in the order of {@code outcomes} (which the
         * model's may not share), relative to the first outcome's: the softmax allows it, and it keeps naive
         * Bayes' large log likelihoods from losing precision as floats.
         */
        void softmax(AbstractModel model, MaxentModel outcomes, int first) {
            int n = outcomes.getNumOutcomes();
            int[] column = new int[model.getNumOutcomes()];
            for (int o = 0; o < n; o++) {
                column[model.getIndex(outcomes.getOutcome(o))] = o;
            }
            double[] sums = new double[rows.size() * n];
            double[] constant = OpenNlpWeights.scores(model, (feature, outcome, score) ->
                    sums[rows.get(feature) * n + column[outcome]] += score);
            for (int r = 0; r < rows.size(); r++) {
                for (int o = 0; o < n; o++) {
                    weights[r * width + first + o] = (float) (sums[r * n + o] - sums[r * n]);
                }
            }
            int reference = model.getIndex(outcomes.getOutcome(0));
            for (int o = 0; o < n; o++) {
                bias[first + o] = constant[model.getIndex(outcomes.getOutcome(o))] - constant[reference];
            }
        }

        LinearScorer scorer(ToLongFunction<String> code, List<String> topicIds, int[][] topicColumns,
                            double[][] topicWeights, int[] toneColumns, Tone[] tones) {
            List<long[]> coded = new ArrayList<>(rows.size());
            rows.forEach((feature, row) -> {
                long c = code.applyAsLong(feature);
                if (c >= 0) {
                    coded.add(new long[] {c, row});
                }
            });
            // Rows in code order: the unigram kinds come first, so the rows nearly every article reads (its common
            // words') sit together and stay in cache, apart from the long tail of bigrams.
            coded.sort((x, y) -> Long.compare(x[0], y[0]));
            long[] codes = new long[coded.size()];
            float[] sorted = new float[coded.size() * width];
            for (int r = 0; r < codes.length; r++) {
                codes[r] = coded.get(r)[0];
                System.arraycopy(weights, (int) coded.get(r)[1] * width, sorted, r * width, width);
            }
            return new LinearScorer(new CodeIndex(codes), sorted, bias, topicIds, topicColumns, topicWeights,
                    toneColumns, tones);
        }
    }

    /** Every topic's and every tone's probability for an article's feature codes (repeats count once). */
    Models.Probabilities probabilities(long[] codes) {
        double[] sums = sums(codes);
        for (int c = 0; c < width; c++) {
            sums[c] += bias[c];
        }
        Map<String, Double> topicScores = new LinkedHashMap<>();
        for (int t = 0; t < topicIds.size(); t++) {
            double p = 0;
            if (topicWeights[t] == null) {
                for (int column : topicColumns[t]) {
                    p += 1 / (1 + Math.exp(-sums[column]));
                }
                p /= topicColumns[t].length;
            } else {
                double logOdds = 0;
                for (int k = 0; k < topicColumns[t].length; k++) {
                    logOdds += topicWeights[t][k] * sums[topicColumns[t][k]];
                }
                p = 1 / (1 + Math.exp(-logOdds));
            }
            topicScores.put(topicIds.get(t), p);
        }
        double[] p = new double[tones.length];
        for (int first : toneColumns) {
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < tones.length; o++) {
                max = Math.max(max, sums[first + o]);
            }
            double total = 0;
            double[] e = new double[tones.length];
            for (int o = 0; o < tones.length; o++) {
                e[o] = Math.exp(sums[first + o] - max);
                total += e[o];
            }
            for (int o = 0; o < tones.length; o++) {
                p[o] += e[o] / total / toneColumns.length;
            }
        }
        Map<Tone, Double> toneScores = new LinkedHashMap<>();
        for (int o = 0; o < tones.length; o++) {
            toneScores.put(tones[o], p[o]);
        }
        return new Models.Probabilities(topicScores, toneScores);
    }

    /** Summed weights of the distinct known codes, one sum per column (without the constants). */
    double[] sums(long[] codes) {
        int[] rows = new int[codes.length];
        int n = 0;
        for (long code : codes) {
            int row = index.row(code);
            if (row >= 0) {
                rows[n++] = row;
            }
        }
        // Sorted, a repeated feature is next to itself, and the rows are read in memory order.
        Arrays.sort(rows, 0, n);
        double[] sums = new double[width];
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            if (row == previous) {
                continue;
            }
            previous = row;
            for (int c = 0, at = row * width; c < width; c++, at++) {
                sums[c] += weights[at];
            }
        }
        return sums;
    }
}
