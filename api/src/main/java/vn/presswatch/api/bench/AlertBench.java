package vn.presswatch.api.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import vn.presswatch.classifier.Example;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.classifier.TrainingSet;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.Origin;
import vn.presswatch.store.SavedQuery;
import vn.presswatch.store.SavedQueryMatcher;
import vn.presswatch.store.Tone;
import vn.presswatch.store.TopicScore;

/**
 * The alert-matching benchmark's material and its timing: the classifier's labelled examples (real-looking
 * Vietnamese press text of every topic) as articles, and rules built from phrases of those texts the way an office
 * writes them (a phrase; two phrases with OR; a phrase AND a word; a phrase with topic, tone or origin filters), so
 * that the rules match as often as real ones do. Seeded: the same rules every run.
 */
public final class AlertBench {
    private static final long SEED = 20_251_123L;

    private AlertBench() {
    }

    /**
     * Matching figures.
     *
     * @param rules          rules compiled
     * @param articles       articles matched (each counted once per round)
     * @param averageMillis  mean time to match one article against every rule
     * @param p99Millis      99th percentile of that time
     * @param maxMillis      slowest article
     * @param matchesPerArticle rules matched per article, on average
     */
    public record Result(int rules, long articles, double averageMillis, double p99Millis, double maxMillis,
                         double matchesPerArticle) {
    }

    /** The labelled examples as articles stored now, spread over ten outlets, half of them foreign. */
    public static List<Article> articles(Instant now) {
        List<Example> examples = TrainingSet.training(Taxonomy.standard());
        List<Article> articles = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            articles.add(Article.builder().canonicalUrl("https://bench" + (i % 10) + ".example/bai-" + i)
                    .sourceId("bench-" + (i % 10)).origin(i % 2 == 0 ? Origin.DOMESTIC : Origin.FOREIGN)
                    .title(e.title()).text(e.text()).publishedAt(now).fetchedAt(now).language("vi")
                    .topics(e.topics().stream().map(t -> new TopicScore(t, 0.9)).toList())
                    .tone(e.tone() == null ? Tone.NEUTRAL : e.tone()).build());
        }
        return articles;
    }

    /** {@code count} rules from phrases of the articles' titles. */
    public static List<SavedQuery> rules(int count, List<Article> articles) {
        Random random = new Random(SEED);
        List<String> topics = Taxonomy.standard().ids();
        List<SavedQuery> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String phrase = phrase(articles, random);
            String query;
            ArticleFilter filter = ArticleFilter.none();
            switch (i % 5) {
                case 0 -> query = phrase;
                case 1 -> query = phrase + " OR " + phrase(articles, random);
                case 2 -> query = phrase + " AND " + word(articles, random);
                case 3 -> {
                    query = phrase;
                    filter = filter.withTopics(Set.of(topics.get(random.nextInt(topics.size()))));
                }
                default -> {
                    query = phrase;
                    filter = filter.withTones(Set.of(Tone.NEGATIVE)).withOrigin(Origin.FOREIGN);
                }
            }
            rules.add(new SavedQuery("rule-" + i, query, filter));
        }
        return rules;
    }

    /** Matches every article against the compiled rules {@code rounds} times, timing each article. */
    public static Result measure(SavedQueryMatcher matcher, List<Article> articles, int rounds) {
        long[] nanos = new long[articles.size() * rounds];
        long matches = 0;
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (Article article : articles) {
                long start = System.nanoTime();
                matches += matcher.matches(article).size();
                nanos[n++] = System.nanoTime() - start;
            }
        }
        long total = 0;
        for (long t : nanos) {
            total += t;
        }
        Arrays.sort(nanos);
        return new Result(matcher.size(), nanos.length, total / 1e6 / nanos.length,
                LatencySummary.percentile(nanos, 99) / 1e6, nanos[nanos.length - 1] / 1e6,
                (double) matches / nanos.length);
    }

    private static String phrase(List<Article> articles, Random random) {
        while (true) {
            String[] words = words(articles.get(random.nextInt(articles.size())).title());
            if (words.length >= 2) {
                int at = random.nextInt(words.length - 1);
                return "\"" + words[at] + " " + words[at + 1] + "\"";
            }
        }
    }

    private static String word(List<Article> articles, Random random) {
        while (true) {
            String[] words = words(articles.get(random.nextInt(articles.size())).text());
            if (words.length > 0) {
                return words[random.nextInt(words.length)];
            }
        }
    }

    /** The letter-only words of a text, lower case, longer than one letter, and not operators of the language. */
    private static String[] words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() > 1 && !Set.of("and", "or", "not").contains(w)).toArray(String[]::new);
    }
}
