package vn.presswatch.api.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.classifier.ArticleClassifier;
import vn.presswatch.classifier.Example;
import vn.presswatch.classifier.Taxonomy;
import vn.presswatch.store.Article;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Tone;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** Retraining with corrections: at start-up from the store, after the delay, and on demand. */
class CurrentClassifierTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    @TempDir
    Path dataDir;

    /** A small classifier (one example per topic): the shipped one can take minutes to train, this one a moment. */
    private static ArticleClassifier small() {
        Tone[] tones = Tone.values();
        List<Example> examples = new ArrayList<>();
        for (Taxonomy.Topic topic : TAXONOMY.topics()) {
            examples.add(new Example(List.of(topic.id()), tones[examples.size() % tones.length], topic.vietnamese(),
                    String.join(" ", topic.hints()), "test:" + topic.id()));
        }
        return ArticleClassifier.train(TAXONOMY, examples, Localities.tagger(), ArticleClassifier.Settings.defaults());
    }

    private static Article article(String url, String title) {
        return Article.builder().canonicalUrl(url).sourceId("baohaiphong").title(title).text("Lễ hội hoa phượng đỏ")
                .fetchedAt(Instant.parse("2025-05-01T00:00:00Z")).build();
    }

    private static Correction correction(String id, Article article, List<String> topics) {
        return new Correction(id, article.id(), article.title(), "bien.tap", Instant.parse("2025-05-02T00:00:00Z"),
                List.of(), null, topics, Tone.POSITIVE, "");
    }

    @Test
    void correctionsInTheStoreAreLearntAtStartUp() throws InterruptedException {
        ArticleClassifier shipped = small();
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dataDir))) {
            Article festival = article("https://baohaiphong.vn/le-hoi", "Lễ hội Hoa Phượng Đỏ khai mạc");
            store.upsert(List.of(festival));
            store.records(Correction.RECORD_TYPE).put(correction("0001-a", festival, List.of("ocop")));
            // A later correction of the same article replaces the earlier one as a training example.
            store.records(Correction.RECORD_TYPE).put(correction("0002-b", festival, List.of("tourism_culture")));

            CurrentClassifier current = new CurrentClassifier(shipped, store, Duration.ofMinutes(1));
            try {
                waitFor(() -> current.learntCorrections() == 1);
                assertThat(current.get()).isNotSameAs(shipped);
            } finally {
                current.close();
            }
        }
    }

    @Test
    void aNewCorrectionIsLearntAfterTheDelayAndOnDemand() throws InterruptedException {
        ArticleClassifier shipped = small();
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dataDir))) {
            CurrentClassifier current = new CurrentClassifier(shipped, store, Duration.ofMillis(200));
            try {
                assertThat(current.get()).isSameAs(shipped);
                assertThat(current.learntCorrections()).isZero();

                Article first = article("https://baohaiphong.vn/a", "Du khách đổ về Đồ Sơn");
                store.upsert(List.of(first));
                store.records(Correction.RECORD_TYPE).put(correction("0001-a", first, List.of("tourism_culture")));
                current.correctionsChanged();
                waitFor(() -> current.learntCorrections() == 1);

                Article second = article("https://baohaiphong.vn/b", "Chuyển đổi số ở phường");
                store.upsert(List.of(second));
                store.records(Correction.RECORD_TYPE).put(correction("0002-b", second,
                        List.of("digital_transformation")));
                current.retrainNow();
                assertThat(current.learntCorrections()).isEqualTo(2);
            } finally {
                current.close();
            }
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s for the retraining").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
