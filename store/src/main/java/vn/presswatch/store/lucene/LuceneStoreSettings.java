package vn.presswatch.store.lucene;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the embedded store.
 *
 * @param dataDirectory where the indexes live ({@code articles/} and {@code records/} below it); created if missing
 * @param readOnly      open without the write lock, for a second process (a report command) beside the server;
 *                      it sees what the writer has committed, and every write throws
 * @param ramBufferMb   indexing buffer before a segment is flushed; more is faster bulk indexing and more heap.
 *                      Default 48 MB keeps a 1M-article import within a 512 MB heap.
 * @param importThreads threads that analyse documents during {@code bulkImport}; default: the number of cores, max 4
 */
public record LuceneStoreSettings(Path dataDirectory, boolean readOnly, int ramBufferMb, int importThreads) {

    public LuceneStoreSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (ramBufferMb < 4 || ramBufferMb > 2048) {
            throw new IllegalArgumentException("ramBufferMb must be between 4 and 2048: " + ramBufferMb);
        }
        if (importThreads < 1) {
            throw new IllegalArgumentException("importThreads must be >= 1: " + importThreads);
        }
    }

    public static LuceneStoreSettings defaults(Path dataDirectory) {
        return new LuceneStoreSettings(dataDirectory, false, 48,
                Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public LuceneStoreSettings withReadOnly(boolean value) {
        return new LuceneStoreSettings(dataDirectory, value, ramBufferMb, importThreads);
    }
}
