package vn.presswatch.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.Origin;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/** {@code all()} is kept between calls (issue 6), so it must follow every write, its own and another writer's. */
class LuceneRecordCollectionTest {

    @Test
    void allFollowsWritesAndDeletes(@TempDir Path dir) {
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir))) {
            assertThat(store.sources().all()).isEmpty();
            store.sources().put(source("a", "Báo A"));
            assertThat(store.sources().all()).extracting(Source::name).containsExactly("Báo A");
            assertThat(store.sources().all()).isSameAs(store.sources().all());

            store.sources().put(source("a", "Báo A mới"));
            store.sources().put(source("b", "Báo B"));
            assertThat(store.sources().all()).extracting(Source::name).containsExactly("Báo A mới", "Báo B");
            // Another kind's write leaves the sources as they are.
            store.crawlStates().count();
            store.sources().delete("a");
            assertThat(store.sources().all()).extracting(Source::id).containsExactly("b");
            assertThatThrownBy(() -> store.sources().all().add(source("c", "Báo C")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aReadOnlyStoreSeesTheWritersCommits(@TempDir Path dir) {
        try (ArticleStore writer = new LuceneArticleStore(LuceneStoreSettings.defaults(dir));
             ArticleStore reader = new LuceneArticleStore(LuceneStoreSettings.defaults(dir).withReadOnly(true))) {
            assertThat(reader.sources().all()).isEmpty();
            writer.sources().put(source("a", "Báo A"));
            assertThat(reader.sources().all()).extracting(Source::id).containsExactly("a");
        }
    }

    private static Source source(String id, String name) {
        return new Source(id, name, "https://" + id + ".example.vn/", List.of("https://" + id + ".example.vn/rss"),
                List.of(), List.of(), "VN", "vi", SourceLevel.LOCAL, Origin.DOMESTIC, true, false);
    }
}
