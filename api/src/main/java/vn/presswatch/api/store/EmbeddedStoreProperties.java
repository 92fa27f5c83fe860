package vn.presswatch.api.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/**
 * The {@code presswatch.store.embedded.*} settings. An unset value (or 0 for the thread count) takes the default
 * of {@link LuceneStoreSettings#defaults(Path)}, so the defaults live in one place, the store.
 *
 * @param ramBufferMb             indexing buffer in MB before a segment is flushed
 * @param importThreads           threads that analyse documents during bulk imports; 0 for the store's default
 * @param searchThreads           searches and statistics run at once (more wait their turn); 0 for the default
 * @param searchCoresWhileWriting CPU, in cores, searches may use together while the crawl writes; 0 for the default
 */
@ConfigurationProperties("presswatch.store.embedded")
public record EmbeddedStoreProperties(@Nullable Integer ramBufferMb, @Nullable Integer importThreads,
                                      @Nullable Integer searchThreads, @Nullable Double searchCoresWhileWriting) {

    /** The store's settings for this data directory, opened for writing. */
    public LuceneStoreSettings toSettings(Path dataDirectory) {
        LuceneStoreSettings defaults = LuceneStoreSettings.defaults(dataDirectory);
        int threads = importThreads == null || importThreads == 0 ? defaults.importThreads() : importThreads;
        int searches = searchThreads == null || searchThreads == 0 ? defaults.searchThreads() : searchThreads;
        double cores = searchCoresWhileWriting == null || searchCoresWhileWriting == 0
                ? defaults.searchCoresWhileWriting() : searchCoresWhileWriting;
        return new LuceneStoreSettings(dataDirectory, false,
                ramBufferMb == null ? defaults.ramBufferMb() : ramBufferMb, threads, searches, cores);
    }
}
