package vn.presswatch.crawler.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one archive, delivering a {@link CapturedPage} for each {@code response} record that holds an HTTP 200
 * response with an HTML content type ({@code text/html}, {@code application/xhtml+xml}). Other responses are
 * skipped and counted by {@link SkipReason}; records of other types (warcinfo, request, metadata, revisit,
 * resource, ...) are counted as other records.
 *
 * <p>Bodies are de-chunked and decoded from {@code gzip}, {@code x-gzip} and {@code deflate} Content-Encoding.
 * Common Crawl stores payloads already decoded and renames the original headers to {@code X-Crawler-...}, so its
 * records need neither. Other encodings (brotli, zstd) are skipped as {@link SkipReason#UNREADABLE}, as is a
 * record whose own HTTP message is broken: one bad record does not stop the archive.
 *
 * <p>An archive that is cut short or corrupt does stop it: {@link #next()} delivers every page before the damage
 * and then throws {@link WarcReadException}, naming the file and the byte offset of the damaged record. Reading
 * cannot resynchronise after damage because record boundaries are only known from the record before.
 *
 * <p>Not thread-safe. Close it to close the file or stream.
 */
public final class WarcPageReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WarcPageReader.class);
    /** A WARC record ends with CRLF CRLF. */
    private static final int TRAILER_BYTES = 4;
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** What jwarc decodes without optional libraries (brotli and zstd need them). */
    private static final Set<String> DECODABLE_ENCODINGS = Set.of("identity", "none", "gzip", "x-gzip", "deflate");

    private final WarcReader reader;
    private final CountingChannel input;
    private final String file;
    private final int maxBodyBytes;
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private long pages;
    private long otherRecords;
    private boolean ended;
    private WarcReadException failure;
    /** Offset of the record last returned by jwarc, or -1 before the first. */
    private long lastRecordOffset = -1;
    /** jwarc's last complaint since it returned a record (it only warns about a bad or missing trailer). */
    private String pendingWarning;

    WarcPageReader(WarcReader reader, CountingChannel input, String file, int maxBodyBytes) {
        this.reader = reader;
        this.input = input;
        this.file = file;
        this.maxBodyBytes = maxBodyBytes;
        reader.onWarning(warning -> {
            LOG.warn("{}: {}", file, warning);
            pendingWarning = warning;
        });
    }

    /**
     * The next page, or empty at the end of the archive.
     *
     * @throws WarcReadException when the archive is cut short, corrupt or cannot be read at this point; every page
     *                           before it has been delivered. Later calls throw the same exception again
     */
    public Optional<CapturedPage> next() throws WarcReadException {
        if (failure != null) {
            throw failure;
        }
        while (!ended) {
            WarcRecord record = nextRecord();
            if (record == null) {
                ended = true;
                break;
            }
            Optional<CapturedPage> page = examine(record);
            if (page.isPresent()) {
                pages++;
                return page;
            }
        }
        return Optional.empty();
    }

    /** Counts so far; after the end (or a failure) they cover the whole archive (or everything before the damage). */
    public WarcReadSummary summary() {
        return new WarcReadSummary(pages, skipped, otherRecords);
    }

    /** The file's path or the stream's name, as given when opened. */
    public String file() {
        return file;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Only reading happened: nothing is lost, and the archive's content was already judged.
            LOG.debug("{}: closing failed: {}", file, e.toString());
        }
    }

    private WarcRecord nextRecord() throws WarcReadException {
        WarcRecord record;
        try {
            record = reader.next().orElse(null);
        } catch (IOException | RuntimeException e) {
            // jwarc has moved its position to the start of the record it was parsing; if fewer bytes than a
            // record trailer are left from there, they are the rest of a trailer the end of the file cut into.
            if (pendingWarning != null && input.ended() && input.bytesRead() - reader.position() < TRAILER_BYTES) {
                throw fail(lastRecordOffset, trailerCut(), e);
            }
            throw fail(reader.position(), e);
        }
        if (record == null && pendingWarning != null && lastRecordOffset >= 0) {
            // The end came right after jwarc found the last record's trailer missing: the file was cut there.
            throw fail(lastRecordOffset, trailerCut(), null);
        }
        pendingWarning = null;
        if (record != null) {
            lastRecordOffset = record.position();
        }
        return record;
    }

    private Optional<CapturedPage> examine(WarcRecord record) throws WarcReadException {
        if (!(record instanceof WarcResponse) || !isHttp(record)) {
            otherRecords++;
            finish(record);
            return Optional.empty();
        }
        WarcResponse response = (WarcResponse) record;
        HttpResponse http;
        String targetUrl;
        Instant capturedAt;
        String recordId;
        try {
            targetUrl = response.target();
            capturedAt = response.date();
            recordId = response.id().toString();
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return skip(record, SkipReason.UNREADABLE, e);
        }
        if (http.status() != 200) {
            return skip(record, SkipReason.NOT_200, null);
        }
        String contentType = http.headers().first("Content-Type").orElse("");
        if (!HTML_TYPES.contains(baseType(contentType))) {
            return skip(record, SkipReason.NOT_HTML, null);
        }
        List<String> encodings = http.headers().all("Content-Encoding");
        if (encodings.size() > 1 || (encodings.size() == 1
                && !DECODABLE_ENCODINGS.contains(encodings.get(0).strip().toLowerCase(Locale.ROOT)))) {
            return skip(record, SkipReason.UNREADABLE, null);
        }
        byte[] body;
        try {
            body = readAtMost(http.bodyDecoded().stream(), maxBodyBytes);
        } catch (IOException | RuntimeException e) {
            return skip(record, SkipReason.UNREADABLE, e);
        }
        if (body == null) {
            return skip(record, SkipReason.TOO_BIG, null);
        }
        finish(record);
        boolean truncated = record.headers().first("WARC-Truncated").isPresent();
        return Optional.of(new CapturedPage(targetUrl, capturedAt, http.status(), contentType, body, recordId,
                truncated));
    }

    private Optional<CapturedPage> skip(WarcRecord record, SkipReason reason, Exception problem)
            throws WarcReadException {
        // A record that failed to decode may really be a record cut off by the end of the file: reading its raw
        // block to the end tells the two apart (and throws for the latter).
        finish(record);
        if (problem != null) {
            LOG.debug("{}: skipped the record at offset {}: {}", file, record.position(), describe(problem));
        }
        skipped.merge(reason, 1L, Long::sum);
        return Optional.empty();
    }

    /**
     * Reads the rest of the record's block, so that a record cut short by the end of the file fails here with its
     * own offset: jwarc would otherwise only warn about the missing trailer and report a clean end. This relies on
     * jwarc reading the block rather than seeking past it, which {@link CountingChannel} ensures by not being
     * seekable.
     */
    private void finish(WarcRecord record) throws WarcReadException {
        try {
            record.body().consume();
        } catch (IOException | RuntimeException e) {
            throw fail(record.position(), e);
        }
    }

    /** The record's block was complete, so any page from it has been delivered; what follows it is lost. */
    private EOFException trailerCut() {
        return new EOFException("the file ends inside the closing CRLF CRLF of the last record (" + pendingWarning
                + ")");
    }

    private WarcReadException fail(long offset, Exception e) {
        return fail(offset, e, e);
    }

    /** Remembers and returns the failure; {@code problem} decides the reason and detail, {@code cause} is chained. */
    private WarcReadException fail(long offset, Exception problem, Exception cause) {
        WarcReadException.Reason reason;
        if (problem instanceof EOFException) {
            reason = WarcReadException.Reason.TRUNCATED;
        } else if (problem instanceof ParsingException || problem instanceof ZipException
                || problem instanceof RuntimeException) {
            reason = WarcReadException.Reason.CORRUPT;
        } else {
            reason = WarcReadException.Reason.UNREADABLE_FILE;
        }
        ended = true;
        failure = new WarcReadException(file, offset, reason, describe(problem), summary(), cause);
        return failure;
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof EOFException && (message == null || message.isBlank())) {
            return "unexpected end of file";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static boolean isHttp(WarcRecord record) {
        try {
            return record.contentType().base().equals(MediaType.HTTP);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The whole stream if it holds at most {@code max} bytes, else null; never holds more than max + 1 bytes. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }
}
