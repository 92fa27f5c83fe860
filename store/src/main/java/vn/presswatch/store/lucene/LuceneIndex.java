package vn.presswatch.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import vn.presswatch.store.DataDirectoryInUseException;
import vn.presswatch.store.StoreException;
import vn.presswatch.store.index.TextAnalysis;

/**
 * One Lucene index directory with its writer (absent when read-only) and near-real-time searcher manager.
 * Callers serialise writes; reads are concurrent.
 */
final class LuceneIndex implements AutoCloseable {
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LuceneIndex(Path path, Path dataDirectory, boolean readOnly, int ramBufferMb) {
        this.path = path;
        Directory dir = null;
        IndexWriter w = null;
        try {
            Files.createDirectories(path);
            dir = FSDirectory.open(path);
            if (readOnly) {
                if (!DirectoryReader.indexExists(dir)) {
                    dir.close();
                    throw new StoreException("no presswatch store in " + dataDirectory
                            + " yet: start the server once (it creates the store) before opening it read-only");
                }
                this.searchers = new SearcherManager(dir, null);
            } else {
                IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.standard())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(ramBufferMb)
                        .setCommitOnClose(true);
                w = new IndexWriter(dir, config);
                w.commit(); // a fresh index exists on disk at once, for read-only openers
                this.searchers = new SearcherManager(w, null);
            }
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            throw new DataDirectoryInUseException(dataDirectory, e);
        } catch (IOException e) {
            closeQuietly(w);
            closeQuietly(dir);
            throw new StoreException("cannot open the index in " + path + ": " + e.getMessage(), e);
        }
        this.directory = dir;
        this.writer = w;
    }

    IndexWriter writer() {
        if (writer == null) {
            throw new StoreException("the store at " + path.getParent() + " is open read-only; writes go through "
                    + "the process that holds it");
        }
        return writer;
    }

    /** Commits and makes the writes visible to the next {@link #acquire()}. */
    void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** A searcher to release with {@link #release}; read-only instances first pick up newer commits. */
    IndexSearcher acquire() throws IOException {
        if (writer == null) {
            searchers.maybeRefresh();
        }
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception suppressed) {
                // already failing; the original error is the one to report
            }
        }
    }
}
