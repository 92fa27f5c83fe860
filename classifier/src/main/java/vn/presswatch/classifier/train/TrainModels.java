package vn.presswatch.classifier.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.classifier.LocalityTagger;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.classifier.TrainingSet;

/**
 * The training command the build runs: trains the topic and tone models from the shipped examples with the
 * default (fixed) parameters and writes them, with the fingerprint of the examples, into the given directory
 * (the build's {@code classes/vn/presswatch/classifier/models}). Deterministic: same examples, same models.
 */
public final class TrainModels {
    private TrainModels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TrainModels OUTPUT_DIRECTORY");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Taxonomy taxonomy = Taxonomy.standard();
        var examples = TrainingSet.training(taxonomy);
        long t0 = System.nanoTime();
        ArticleClassifier trained = ArticleClassifier.train(taxonomy, examples, LocalityTagger.NONE,
                ArticleClassifier.Settings.defaults());
        trained.models().write(out);
        Files.writeString(out.resolve(ArticleClassifier.FINGERPRINT), TrainingSet.fingerprint(examples) + "\n",
                StandardCharsets.UTF_8);
        System.out.printf(java.util.Locale.ROOT, "Trained %d topic models and the tone model from %d examples in "
                + "%.1f s into %s%n", taxonomy.ids().size(), examples.size(), (System.nanoTime() - t0) / 1e9, out);
    }
}
