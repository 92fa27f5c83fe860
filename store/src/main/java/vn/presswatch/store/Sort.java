package vn.presswatch.store;

/** Order of search results. */
public enum Sort {
    /** Best match first (exact diacritics above folded matches, title above body); ties newest first. */
    RELEVANCE,
    /** Newest {@link Article#reportTime()} first. */
    NEWEST,
    /** Oldest first. */
    OLDEST
}
