package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseWarningsTest {

    @Test
    void repeatsAreDroppedAndTheListIsCapped() {
        ParseWarnings warnings = new ParseWarnings();
        warnings.add("same");
        warnings.add("same");
        for (int i = 0; i < 40; i++) {
            warnings.add("warning " + i);
        }

        assertThat(warnings.toList()).hasSize(ParseWarnings.MAX + 1)
                .startsWith("same", "warning 0")
                .endsWith("... and 11 more warnings");
    }

    @Test
    void aBrokenFeedOfManyItemsDoesNotFloodTheHealthPage() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            items.append("<item><title>Số ").append(i).append("</title><guid>").append(i).append("</guid></item>\n");
        }

        ParsedFeed feed = Fixtures.parseText(Fixtures.rss(items.toString()));

        assertThat(feed.items()).isEmpty();
        assertThat(feed.warnings()).hasSize(ParseWarnings.MAX + 1).last().isEqualTo("... and 70 more warnings");
    }
}
