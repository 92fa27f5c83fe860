package vn.presswatch.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.store.ArticleFilter;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.DataDirectoryInUseException;
import vn.presswatch.store.Fixtures;
import vn.presswatch.store.SearchRequest;
import vn.presswatch.store.StoreException;

/** One writer process per data directory; other processes may read. Uses a real second JVM. */
class LuceneStoreProcessesTest {

    @Test
    void secondWriterProcessIsRefusedAndReadersSeeCommittedData(@TempDir Path dir) throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolderProcess.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // skip the child's log lines
            }
            assertThat(line).as("the holder process started").isEqualTo("READY");

            assertThatThrownBy(() -> new LuceneArticleStore(LuceneStoreSettings.defaults(dir)))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another presswatch process")
                    .hasMessageContaining(dir.toString());

            try (ArticleStore reader = new LuceneArticleStore(LuceneStoreSettings.defaults(dir).withReadOnly(true))) {
                assertThat(reader.count()).isEqualTo(2);
                assertThat(reader.get(Fixtures.ISLAND.id())).contains(Fixtures.ISLAND);
                assertThat(reader.search(SearchRequest.of("Truong Sa", ArticleFilter.none())).total()).isEqualTo(1);
                assertThatThrownBy(() -> reader.upsert(List.of(Fixtures.KNIFE)))
                        .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
            }

            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        // Once the holder is gone, this process may write.
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir))) {
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void readOnlyOnAnEmptyDirectoryExplainsWhatToDo(@TempDir Path dir) {
        assertThatThrownBy(() -> new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("none")).withReadOnly(true)))
                .isInstanceOf(StoreException.class).hasMessageContaining("no presswatch store");
        assertThat(Files.exists(dir.resolve("none").resolve("articles").resolve("write.lock"))).isFalse();
    }
}
