package vn.presswatch.crawler.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/** Test fixtures under src/test/resources/feed/ (see the README there) and the fixed clock the tests use. */
final class Fixtures {

    /** Wednesday 20 August 2025, 10:00 in Hải Phòng: just after the fixtures' newest items. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2025, 8, 20, 10, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String FEED_URL = "https://feeds.example.vn/rss/feed.rss";

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feed/" + name)) {
            Objects.requireNonNull(in, "missing fixture feed/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static Path path(String name) {
        URL url = Objects.requireNonNull(Fixtures.class.getResource("/feed/" + name), "missing fixture feed/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedFeed parse(String name) throws FeedParseException {
        return new FeedParser().parse(bytes(name), null, FEED_URL, NOW);
    }

    static ParsedFeed parse(String xml, String feedUrl) throws FeedParseException {
        return new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), null, feedUrl, NOW);
    }

    static ParsedFeed parseText(String xml) throws FeedParseException {
        return parse(xml, FEED_URL);
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal RSS 2.0 feed around the given item elements. */
    static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Thử</title>"
                + "<link>https://thu.example/</link>\n" + items + "\n</channel></rss>\n";
    }
}
