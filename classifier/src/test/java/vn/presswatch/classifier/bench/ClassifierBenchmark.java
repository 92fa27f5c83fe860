package vn.presswatch.classifier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.classifier.Example;
import vn.presswatch.classifier.LocalityTagger;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.classifier.TrainingSet;
import vn.presswatch.classifier.locality.LocalityMatcher;

/**
 * Full tagging speed (topics, tone, language, localities) on one thread, for an average news article: the
 * held-out examples' texts joined into articles of about 3,000 characters (a Vietnamese news article's usual
 * length). Prints articles per second per core. Usage: {@code ClassifierBenchmark [SECONDS]} (default 20).
 */
public final class ClassifierBenchmark {
    private ClassifierBenchmark() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Taxonomy taxonomy = Taxonomy.standard();
        LocalityMatcher localities = new LocalityMatcher(LocalityMatcher.Settings.defaults());
        LocalityTagger tagger = localities::storedValues;
        ArticleClassifier classifier = ArticleClassifier.standard(tagger);
        List<String[]> articles = articles(TrainingSet.heldOut(taxonomy));
        double chars = articles.stream().mapToInt(a -> a[0].length() + a[1].length()).average().orElse(0);
        System.out.printf(Locale.ROOT, "classifier benchmark: %d articles of %.0f characters on average, one thread%n",
                articles.size(), chars);
        long sink = 0;
        long deadline = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; System.nanoTime() < deadline; i++) { // warm-up
            String[] a = articles.get(i % articles.size());
            sink += classifier.classify(a[0], a[1]).topics().size();
        }
        long n = 0;
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            String[] a = articles.get((int) (n % articles.size()));
            sink += classifier.classify(a[0], a[1]).topics().size();
            n++;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d articles in %.1f s = %.0f articles/s on one core (%.3f ms each)%s%n", n,
                elapsed, n / elapsed, elapsed * 1000 / n, sink < 0 ? "!" : "");
    }

    /** Consecutive examples joined until each article has about 3,000 characters of text. */
    private static List<String[]> articles(List<Example> examples) {
        List<String[]> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String title = null;
        for (Example e : examples) {
            if (title == null) {
                title = e.title();
            } else {
                text.append(e.title()).append(". ");
            }
            text.append(e.text()).append("\n\n");
            if (text.length() >= 3000) {
                out.add(new String[] {title, text.toString()});
                text.setLength(0);
                title = null;
            }
        }
        return out;
    }
}
