package vn.presswatch.store;

import java.util.Set;

/**
 * Saved queries compiled once and matched against single articles as they arrive (alert rules). Gives the same
 * answer as searching the store for the article with each query, on every backend. Thread-safe.
 */
public interface SavedQueryMatcher {

    /** The ids of the saved queries that {@code article} matches. */
    Set<String> matches(Article article);

    /** How many saved queries it holds. */
    int size();
}
