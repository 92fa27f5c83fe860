package vn.presswatch.crawler.sources;

/**
 * A source list (JSON, YAML or OPML) that cannot be used as it is. The message names the list and the entry (its
 * position, from 1, and its id when it has one; in OPML the outline's position and line) and says what is wrong,
 * Vietnamese first, so an editor can find and fix it.
 */
public final class InvalidSourceListException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String list;
    private final int entry;
    private final String entryId;

    /**
     * @param list    the list's name, e.g. {@code starter-sources.json}
     * @param entry   position of the bad entry in {@code sources}, from 1; 0 for the list as a whole
     * @param entryId the entry's id, or null
     * @param problem what is wrong, in English
     */
    public InvalidSourceListException(String list, int entry, String entryId, String problem, Throwable cause) {
        super(message(list, entry, entryId, problem), cause);
        this.list = list;
        this.entry = entry;
        this.entryId = entryId;
    }

    private static String message(String list, int entry, String entryId, String problem) {
        String id = entryId == null ? "" : " (id \"" + entryId + "\")";
        String vietnamese = entry > 0 ? "mục số " + entry + id : "toàn danh sách";
        String english = entry > 0 ? "entry #" + entry + id : "the list as a whole";
        return "Danh sách nguồn không hợp lệ: " + list + ", " + vietnamese + " / invalid source list " + list + ", "
                + english + ": " + problem;
    }

    public String list() {
        return list;
    }

    /** Position of the bad entry, from 1; 0 when the problem is with the list as a whole. */
    public int entry() {
        return entry;
    }

    /** The bad entry's id, or null when it has none (or the problem is with the list as a whole). */
    public String entryId() {
        return entryId;
    }
}
