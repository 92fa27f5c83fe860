package vn.presswatch.crawler.crawl;

/** What a polled address is, which decides how its body is read. */
enum ListingKind {
    FEED,
    SITEMAP,
    SECTION_PAGE
}
