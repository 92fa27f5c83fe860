package vn.presswatch.classifier.eval;

/** Counts of one label over an evaluation: true positives, false positives, false negatives. */
final class LabelStats {
    int tp;
    int fp;
    int fn;

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int support() {
        return tp + fn;
    }
}
