package vn.presswatch.crawler.crawl;

import java.util.List;
import vn.presswatch.store.CrawlState;

/**
 * What one poll of one source did.
 *
 * @param sourceId          the source
 * @param state             its crawl state after the poll (already written to the store)
 * @param listingsPolled    addresses fetched (feeds, sitemaps incl. children, section pages)
 * @param listingsUnchanged of those, answered 304 or with an unchanged body
 * @param listingsFailed    of those, failed
 * @param newItems          listed articles not seen before
 * @param stored            articles handed to the sink and stored
 * @param skipped           pages that held no article
 * @param failedItems       articles that could not be fetched or read
 * @param deferred          new items left for the next poll (over the per-poll limit)
 * @param errors            what went wrong, in Vietnamese, one line each
 */
public record PollOutcome(String sourceId, CrawlState state, int listingsPolled, int listingsUnchanged,
                          int listingsFailed, int newItems, int stored, int skipped, int failedItems, int deferred,
                          List<String> errors) {

    public PollOutcome {
        errors = List.copyOf(errors);
    }

    /** True when the poll as a whole failed (every address failed, or the store did). */
    public boolean failed() {
        return state.consecutiveFailures() > 0;
    }
}
