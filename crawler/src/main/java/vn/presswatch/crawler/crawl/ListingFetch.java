package vn.presswatch.crawler.crawl;

import java.util.List;

/**
 * How fetching one listing went.
 *
 * @param address      what was polled
 * @param status       changed (with a listing), unchanged (304 or same body hash) or failed
 * @param etag         validators of this response (null when failed)
 * @param lastModified ditto
 * @param bodyHash     hash of the body; null when unchanged by 304 or failed
 * @param listing      what the body held, when changed
 * @param error        why it failed
 * @param children     fetches of the child sitemaps of a sitemap index
 */
record ListingFetch(PolledAddress address, Status status, String etag, String lastModified, String bodyHash,
                    Listing listing, Throwable error, List<ListingFetch> children) {

    enum Status { CHANGED, UNCHANGED, FAILED }

    ListingFetch {
        children = List.copyOf(children);
    }

    static ListingFetch unchanged(PolledAddress address, String etag, String lastModified) {
        return new ListingFetch(address, Status.UNCHANGED, etag, lastModified, null, null, null, List.of());
    }

    static ListingFetch failed(PolledAddress address, Throwable error) {
        return new ListingFetch(address, Status.FAILED, null, null, null, null, error, List.of());
    }

    ListingFetch withChildren(List<ListingFetch> value) {
        return new ListingFetch(address, status, etag, lastModified, bodyHash, listing, error, value);
    }
}
