package vn.presswatch.store.query;

/**
 * A query that cannot be parsed. Carries the position (0-based character offset in the query as typed) and
 * a message for the office user in Vietnamese; {@link #getMessage()} is the English detail for logs and APIs.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;
    private final String vietnameseMessage;

    public QuerySyntaxException(String query, int position, String englishReason, String vietnameseReason) {
        super(englishReason + " at position " + (position + 1) + " in query: " + query);
        this.query = query;
        this.position = position;
        this.vietnameseMessage = vietnameseReason + " (vị trí " + (position + 1) + ")";
    }

    /** The query as typed. */
    public String query() {
        return query;
    }

    /** 0-based character offset of the problem in {@link #query()}. */
    public int position() {
        return position;
    }

    /** What the office user reads, e.g. "Thiếu dấu ngoặc đóng ')' (vị trí 12)". */
    public String vietnameseMessage() {
        return vietnameseMessage;
    }
}
