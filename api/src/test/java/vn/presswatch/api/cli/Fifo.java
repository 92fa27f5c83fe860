package vn.presswatch.api.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * A named pipe nobody writes to: opening it for reading blocks until a writer comes, so a command reading it
 * hangs for as long as the test wants, deterministically. {@link #close} lets the blocked reader go.
 */
final class Fifo implements AutoCloseable {

    final Path path;

    Fifo(Path path) throws IOException, InterruptedException {
        this.path = path;
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
    }

    /** Opening read-write never blocks on Linux and counts as the writer; closing it gives the reader end-of-file. */
    @Override
    public void close() throws IOException {
        try (RandomAccessFile writer = new RandomAccessFile(path.toFile(), "rw")) {
            writer.getFD().sync();
        } catch (IOException e) {
            // sync on a pipe may be refused; opening and closing is what matters.
        }
    }
}
