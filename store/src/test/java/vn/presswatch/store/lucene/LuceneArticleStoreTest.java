package vn.presswatch.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.ArticleStoreContract;

/** The contract on the embedded Lucene store, in a fresh temporary data directory per test. */
class LuceneArticleStoreTest extends ArticleStoreContract {
    private Path directory;

    @Override
    protected ArticleStore openStore() {
        try {
            directory = Files.createTempDirectory("presswatch-store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LuceneArticleStore(LuceneStoreSettings.defaults(directory));
    }

    @Override
    protected ArticleStore reopen(ArticleStore current) {
        current.close();
        return new LuceneArticleStore(LuceneStoreSettings.defaults(directory));
    }

    @Override
    protected void dispose(ArticleStore current) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
