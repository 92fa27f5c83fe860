package vn.presswatch.crawler.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.netpreserve.jwarc.WarcReader;

/**
 * Opens web archives (WARC 1.0/1.1, plain or gzip-compressed per record, detected from the bytes) to read the HTML
 * pages in them, for backfilling from archives such as Common Crawl's CC-NEWS. Reading streams record by record,
 * so a multi-gigabyte archive needs memory for one page at a time. See {@link WarcPageReader} for what is delivered
 * and what is skipped.
 *
 * <p>Thread-safe; each reader it opens is for one thread.
 */
public final class WarcPages {

    /**
     * @param maxBodyBytes largest page body kept, after content decoding (default 10 MiB; news pages are well
     *                     under 1 MiB). Larger ones are skipped as {@link SkipReason#TOO_BIG} without being held
     *                     in memory
     */
    public record Settings(int maxBodyBytes) {
        public Settings {
            if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("maxBodyBytes must be between 1 and 2^31 - 17: " + maxBodyBytes);
            }
        }

        public static Settings defaults() {
            return new Settings(10 * 1024 * 1024);
        }
    }

    private final Settings settings;

    public WarcPages(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public WarcPages() {
        this(Settings.defaults());
    }

    /**
     * Opens an archive file ({@code .warc} or {@code .warc.gz}). Close the reader when done.
     *
     * @throws WarcReadException when the file cannot be opened or does not start like a WARC file
     */
    public WarcPageReader open(Path file) throws WarcReadException {
        Objects.requireNonNull(file, "file");
        try {
            return open(FileChannel.open(file), file.toString());
        } catch (IOException | RuntimeException e) {
            throw cannotOpen(file.toString(), e);
        }
    }

    /**
     * Reads an archive from a stream (e.g. a download or an entry of another container); the reader closes the
     * stream when it is closed.
     *
     * @param name names the archive in messages, e.g. its file name or URL
     * @throws WarcReadException when the stream cannot be read or does not start like a WARC file
     */
    public WarcPageReader open(InputStream in, String name) throws WarcReadException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        try {
            return open(Channels.newChannel(in), name);
        } catch (IOException | RuntimeException e) {
            throw cannotOpen(name, e);
        }
    }

    private WarcPageReader open(ReadableByteChannel channel, String name) throws IOException {
        CountingChannel counted = new CountingChannel(channel);
        try {
            return new WarcPageReader(new WarcReader(counted), counted, name, settings.maxBodyBytes());
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    private static WarcReadException cannotOpen(String name, Exception e) {
        return new WarcReadException(name, -1, WarcReadException.Reason.UNREADABLE_FILE,
                WarcPageReader.describe(e), new WarcReadSummary(0, Map.of(), 0), e);
    }
}
