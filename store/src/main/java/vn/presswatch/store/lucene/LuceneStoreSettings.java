package vn.presswatch.store.lucene;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the embedded store.
 *
 * @param dataDirectory         where the indexes live ({@code articles/} and {@code records/} below it); created if
 *                              missing
 * @param readOnly              open without the write lock, for a second process (a report command) beside the
 *                              server; it sees what the writer has committed, and every write throws
 * @param ramBufferMb           indexing buffer before a segment is flushed; more is faster bulk indexing and more
 *                              heap. Default 48 MB keeps a 1M-article import within a 512 MB heap.
 * @param importThreads         threads that analyse documents during {@code bulkImport}; default: the number of
 *                              cores, max 4
 * @param searchThreads         searches and statistics that run at once; more wait their turn in arrival order.
 *                              Default: half the cores, at least 1
 * @param searchCoresWhileWriting CPU, in cores, that searches and statistics may use together while articles are
 *                              being written (within 5 s of the last write); more wait their turn. A crawl
 *                              keeps its pace only if users cannot take its cores (issue 6): on 2 cores it needs
 *                              nearly both. Default: an eighth of the cores (0.25 on 2 cores: some 30 searches a
 *                              second); {@code searchThreads} or more means no limit
 */
public record LuceneStoreSettings(Path dataDirectory, boolean readOnly, int ramBufferMb, int importThreads,
                                  int searchThreads, double searchCoresWhileWriting) {

    public LuceneStoreSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (ramBufferMb < 4 || ramBufferMb > 2048) {
            throw new IllegalArgumentException("ramBufferMb must be between 4 and 2048: " + ramBufferMb);
        }
        if (importThreads < 1) {
            throw new IllegalArgumentException("importThreads must be >= 1: " + importThreads);
        }
        if (searchThreads < 1) {
            throw new IllegalArgumentException("searchThreads must be >= 1: " + searchThreads);
        }
        if (!(searchCoresWhileWriting > 0)) {
            throw new IllegalArgumentException("searchCoresWhileWriting must be positive: " + searchCoresWhileWriting);
        }
    }

    /** The settings with the default search limits. */
    public LuceneStoreSettings(Path dataDirectory, boolean readOnly, int ramBufferMb, int importThreads) {
        this(dataDirectory, readOnly, ramBufferMb, importThreads, defaultSearchThreads(),
                defaultSearchCoresWhileWriting());
    }

    public static LuceneStoreSettings defaults(Path dataDirectory) {
        return new LuceneStoreSettings(dataDirectory, false, 48,
                Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public LuceneStoreSettings withReadOnly(boolean value) {
        return new LuceneStoreSettings(dataDirectory, value, ramBufferMb, importThreads, searchThreads,
                searchCoresWhileWriting);
    }

    /** These settings with other search limits. */
    public LuceneStoreSettings withSearchLimits(int threads, double coresWhileWriting) {
        return new LuceneStoreSettings(dataDirectory, readOnly, ramBufferMb, importThreads, threads, coresWhileWriting);
    }

    private static int defaultSearchThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    private static double defaultSearchCoresWhileWriting() {
        return Runtime.getRuntime().availableProcessors() / 8.0;
    }
}
