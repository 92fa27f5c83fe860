package vn.presswatch.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.presswatch.crawler.feed.Fixtures.NOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every body in resources/feed/broken/ (truncated before any item is whole, binary, empty, HTML, JSON, hostile)
 * must end in a {@link FeedParseException} with a message a person can act on: never another exception type, never
 * a hang.
 */
class BrokenFeedsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private final FeedParser parser = new FeedParser();

    static List<String> brokenInputs() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.path("broken"))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @BeforeAll
    static void theFolderOfBrokenInputsIsNotEmpty() throws IOException {
        // Guards against a resource path change silently turning the parameterised test into zero tests.
        assertThat(brokenInputs()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void everyBrokenInputRaisesFeedParseException(String file) {
        byte[] body = Fixtures.bytes("broken/" + file);

        Throwable thrown = assertTimeoutPreemptively(QUICKLY,
                () -> catchThrowable(() -> parser.parse(body, null, Fixtures.FEED_URL, NOW)));

        assertThat(thrown).isExactlyInstanceOf(FeedParseException.class);
        FeedParseException e = (FeedParseException) thrown;
        assertThat(e.url()).isEqualTo(Fixtures.FEED_URL);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("java.", "Exception");
    }

    @Test
    void htmlPageSaysSoWithItsTitleAndTheFeedItAnnounces() {
        assertThatThrownBy(() -> Fixtures.parse("broken/html-page.html"))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("not a feed: the server returned an HTML page (title 'Trang chủ'); "
                        + "the page announces a feed at https://feeds.example.vn/rss/tin-moi.rss");
    }

    @Test
    void xhtmlErrorPageIsRecognisedAsHtml() {
        assertThatThrownBy(() -> Fixtures.parse("broken/xhtml-page.xml"))
                .hasMessage("not a feed: the server returned an HTML page (title 'Lỗi 404 - Không tìm thấy trang')");
    }

    @Test
    void brokenXmlNamesLineAndColumn() {
        assertThatThrownBy(() -> Fixtures.parse("broken/mismatched-tags.rss"))
                .hasMessage("XML broken at line 3 column 32: The element type \"title\" must be terminated by the "
                        + "matching end-tag \"</title>\"");
    }

    @Test
    void lineNumbersStillMatchTheOriginalAfterRepair() {
        // Line 2 needs repair (&nbsp;, a DOCTYPE over two lines); the real break is on line 5.
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n]>\n<rss version=\"2.0\"><channel><title>a&nbsp;b</title>\n"
                + "<item><title>x</titel></item></channel></rss>";

        assertThatThrownBy(() -> Fixtures.parseText(xml)).hasMessageStartingWith("XML broken at line 5 column ");
    }

    @Test
    void aFeedTruncatedBeforeItsFirstItemEndsSaysItIsTruncated() {
        assertThatThrownBy(() -> Fixtures.parse("broken/truncated-in-tag.rss"))
                .hasMessageMatching("XML ends too early at line \\d+ column \\d+: the feed is truncated .*");
    }

    @Test
    void brokenXmlThatIsNotAFeedStaysAnErrorEvenReadLeniently() {
        assertThatThrownBy(() -> Fixtures.parseText("<?xml version=\"1.0\"?>\n<response><error code=\"403\">Forbidden"
                + "</response>"))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("not a feed: the XML root element is <response>, expected <rss>, <feed> or <rdf:RDF>");
        // An <rss> root passes the first look; read leniently it is still no feed (no channel), so the XML error stands.
        assertThatThrownBy(() -> Fixtures.parseText("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><item><title>Tin"
                + "</title><link>https://thu.example/a.html</link></item><b>"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("XML ends too early at line 2 column ");
    }

    @Test
    void otherKindsOfBodiesAreNamed() {
        assertThatThrownBy(() -> Fixtures.parse("broken/empty.xml")).hasMessage("empty body: the server returned no content");
        assertThatThrownBy(() -> Fixtures.parse("broken/whitespace-only.xml"))
                .hasMessage("not a feed: the body is empty or only whitespace");
        assertThatThrownBy(() -> Fixtures.parse("broken/json-api.json"))
                .hasMessage("not a feed: the server returned JSON, not XML (it starts with '{')");
        assertThatThrownBy(() -> Fixtures.parse("broken/binary-garbage.bin")).hasMessage("not a feed: the body is binary data, not text");
        assertThatThrownBy(() -> Fixtures.parse("broken/plain-text-error.txt"))
                .hasMessageStartingWith("not a feed: the body is plain text, not XML: 'Service Unavailable");
        assertThatThrownBy(() -> Fixtures.parse("broken/sitemap-instead-of-feed.xml"))
                .hasMessage("not a feed: this is a sitemap (<urlset>), not a feed; add its address as a sitemap");
        assertThatThrownBy(() -> Fixtures.parse("broken/unknown-root.xml"))
                .hasMessage("not a feed: the XML root element is <response>, expected <rss>, <feed> or <rdf:RDF>");
        assertThatThrownBy(() -> Fixtures.parse("broken/gzip-corrupt.gz")).hasMessageStartingWith("the body is gzip-compressed but corrupt");
        assertThatThrownBy(() -> Fixtures.parse("broken/rss-without-channel.rss"))
                .hasMessage("not a feed: <rss> without a <channel> element");
    }

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    /** Random truncations and byte flips of a real-shaped feed: a parsed feed or FeedParseException, nothing else. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomDamageNeverEscapesAsAnotherException(int seed) {
        Random random = new Random(seed);
        byte[] original = Fixtures.bytes(seed % 2 == 0 ? "vnexpress-style.rss" : "foreign-vietnamese.atom");
        byte[] damaged = Arrays.copyOf(original, 1 + random.nextInt(original.length));
        for (int flips = random.nextInt(8); flips > 0; flips--) {
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        }

        Throwable thrown = assertTimeoutPreemptively(QUICKLY,
                () -> catchThrowable(() -> parser.parse(damaged, null, Fixtures.FEED_URL, NOW)));

        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isExactlyInstanceOf(FeedParseException.class));
    }

    @Test
    void theExceptionCarriesTheUrlInToString() {
        FeedParseException e = new FeedParseException("https://x.example/rss", "not a feed: x");

        assertThat(e).hasToString(FeedParseException.class.getName() + ": not a feed: x [url=https://x.example/rss]");
        assertThat(e.url()).isEqualTo("https://x.example/rss");
    }
}
