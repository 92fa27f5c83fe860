package vn.presswatch.store;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total exact number of matching articles
 * @param hits  the requested page, in the requested order
 */
public record SearchResult(long total, List<ArticleHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** One matching article. */
    public record ArticleHit(Article article, double score, Highlights highlights) {
    }

    /**
     * Snippets with the matched words wrapped in {@code <mark>...</mark>}. Everything else is HTML-escaped,
     * so a snippet is safe to insert into a page as it is. Null when highlighting was not requested.
     *
     * @param title   the title with matches marked (the whole title, escaped, when nothing in it matched)
     * @param snippet the best passage(s) of lead and body with matches marked; the lead's start when nothing matched
     */
    public record Highlights(String title, String snippet) {
    }
}
