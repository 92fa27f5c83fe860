package vn.presswatch.crawler.warc;

import java.util.Locale;
import java.util.Objects;

/**
 * An archive could not be read on from some point: it is cut short, corrupt, or the file cannot be read. Pages
 * delivered before it are sound; {@link #summarySoFar()} says how many. The message gives the file, the byte
 * offset of the record that failed (in the file as stored, i.e. compressed, which is what CDX indexes and
 * {@code dd}/{@code zcat} work with), and the cause, in Vietnamese and then in English.
 */
public final class WarcReadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why an archive stopped being readable. */
    public enum Reason {
        TRUNCATED("Tệp WARC bị cắt cụt", "WARC file truncated"),
        CORRUPT("Tệp WARC bị hỏng", "WARC file corrupt"),
        UNREADABLE_FILE("Không đọc được tệp WARC", "cannot read WARC file");

        private final String vietnamese;
        private final String english;

        Reason(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }
    }

    private final String file;
    private final long offset;
    private final Reason reason;
    private final String detail;
    private final transient WarcReadSummary summarySoFar;

    /**
     * @param file         the file's path or the name given for a stream
     * @param offset       byte offset of the failed record in the stored file, or -1 when unknown
     * @param detail       what went wrong, in English (the underlying parser's words)
     * @param summarySoFar what was read before the failure
     */
    public WarcReadException(String file, long offset, Reason reason, String detail, WarcReadSummary summarySoFar,
                             Throwable cause) {
        super(message(file, offset, reason, detail, summarySoFar), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.offset = offset;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.summarySoFar = Objects.requireNonNull(summarySoFar, "summarySoFar");
    }

    private static String message(String file, long offset, Reason reason, String detail, WarcReadSummary soFar) {
        String where = offset >= 0 ? String.format(Locale.ROOT, "tại vị trí byte %d", offset) : "khi mở tệp";
        String whereEnglish = offset >= 0 ? String.format(Locale.ROOT, "at byte offset %d", offset) : "on opening";
        return String.format(Locale.ROOT, "%s: %s %s (đã đọc được %d trang trước đó) / %s: %s %s (%d pages read before): %s",
                reason.vietnamese, file, where, soFar.pages(), reason.english, file, whereEnglish, soFar.pages(), detail);
    }

    public String file() {
        return file;
    }

    /** Byte offset of the failed record in the stored (compressed) file, or -1 when the file could not be opened. */
    public long offset() {
        return offset;
    }

    public Reason reason() {
        return reason;
    }

    /** The underlying cause in English, e.g. "unexpected end of gzip stream". */
    public String detail() {
        return detail;
    }

    public WarcReadSummary summarySoFar() {
        return summarySoFar;
    }

    /** For the office, without the English detail: e.g. "Tệp WARC bị cắt cụt: cc-news.warc.gz tại vị trí byte 1234". */
    public String vietnameseMessage() {
        String where = offset >= 0 ? String.format(Locale.ROOT, " tại vị trí byte %d", offset) : "";
        return reason.vietnamese + ": " + file + where;
    }
}
