package vn.presswatch.api.web;

import java.util.ArrayList;
import java.util.List;
import vn.presswatch.store.SearchRequest;

/**
 * The page links under a result list: previous, a window of page numbers, next. Pages past the store's window
 * ({@link SearchRequest#MAX_WINDOW} hits) are not offered; the page says to narrow the search instead.
 *
 * @param page     the current page, 1-based
 * @param last     the last page that can be shown
 * @param previous link to the previous page, or null
 * @param next     link to the next page, or null
 * @param links    numbered links around the current page
 * @param capped   true when more hits exist than can be paged through
 */
public record Pager(int page, int last, String previous, String next, List<Link> links, boolean capped) {
    private static final int AROUND = 3;

    public Pager {
        links = List.copyOf(links);
    }

    /**
     * @param base the address to append {@code page=N} to, ending in "?" or "&"
     */
    public static Pager of(int page, int size, long total, String base) {
        long reachable = Math.min(total, SearchRequest.MAX_WINDOW);
        int last = (int) Math.max(1, (reachable + size - 1) / size);
        List<Link> links = new ArrayList<>();
        for (int p = Math.max(1, page - AROUND); p <= Math.min(last, page + AROUND); p++) {
            links.add(new Link(Integer.toString(p), base + "page=" + p, p == page));
        }
        return new Pager(page, last, page > 1 ? base + "page=" + (page - 1) : null,
                page < last ? base + "page=" + (page + 1) : null, links, total > reachable);
    }

    /** One numbered page link. */
    public record Link(String label, String href, boolean current) {
    }
}
