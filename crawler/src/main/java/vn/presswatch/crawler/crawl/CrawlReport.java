package vn.presswatch.crawler.crawl;

import java.util.List;

/** What a {@link Crawler#crawlOnce crawl pass} did, source by source. */
public record CrawlReport(List<PollOutcome> outcomes) {

    public CrawlReport {
        outcomes = List.copyOf(outcomes);
    }

    public int stored() {
        return outcomes.stream().mapToInt(PollOutcome::stored).sum();
    }

    public int failedSources() {
        return (int) outcomes.stream().filter(PollOutcome::failed).count();
    }

    public int failedItems() {
        return outcomes.stream().mapToInt(PollOutcome::failedItems).sum();
    }
}
