package vn.presswatch.crawler.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article page of the demo site, with what a correct crawl should find on it: the expected data for tests and
 * benchmarks. Text is NFC.
 *
 * @param id           unique on the site, e.g. {@code thoisu-12004}
 * @param storyId      the story this page publishes; syndicated copies of one story in several outlets share it
 * @param outlet       who publishes it
 * @param section      the outlet's section (path segment), e.g. {@code kinh-te}
 * @param url          absolute address on the running site
 * @param title        the headline
 * @param lead         the lead ("sapo")
 * @param paragraphs   the body paragraphs, in order, without lead, byline or boxes
 * @param author       the byline name
 * @param published    publication time, in Asia/Ho_Chi_Minh
 * @param language     ISO 639-1 of the text
 * @param topics       the taxonomy topic ids the story belongs to (DESIGN.md), empty for none
 * @param tone         "positive", "neutral" or "negative"
 * @param releaseOrder 0 when visible from the start; k &gt; 0 when it is the k-th live release
 */
public record DemoArticle(
        String id,
        String storyId,
        DemoOutlet outlet,
        String section,
        String url,
        String title,
        String lead,
        List<String> paragraphs,
        String author,
        OffsetDateTime published,
        String language,
        List<String> topics,
        String tone,
        int releaseOrder) {

    public DemoArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        paragraphs = List.copyOf(paragraphs);
        topics = List.copyOf(topics);
    }

    /** The lead and body paragraphs, separated by blank lines. */
    public String text() {
        return lead + "\n\n" + String.join("\n\n", paragraphs);
    }

    /** Whether the article is held back at first and released while the site runs. */
    public boolean live() {
        return releaseOrder > 0;
    }

    /** The path part of {@link #url()}, e.g. {@code /thoisu/kinh-te/...html}. */
    public String path() {
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        return slash < 0 ? "/" : url.substring(slash);
    }
}
