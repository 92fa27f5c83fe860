package vn.presswatch.crawler.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.presswatch.crawler.fetch.FetchRequest;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.store.Source;

/**
 * Feeds, sitemaps, section pages and article pages carry validators and answer a conditional GET with 304, through
 * the project's fetcher; gzip goes to clients that ask for it, under its own ETag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionalGetTest {

    private SiteUnderTest under;

    @BeforeAll
    void start() {
        under = SiteUnderTest.allVisible();
    }

    @AfterAll
    void stop() {
        under.close();
    }

    private List<String> addresses() {
        List<String> urls = new ArrayList<>();
        for (Source s : under.site.sources()) {
            if (!s.id().equals("demo-baoloi")) {
                urls.addAll(s.pollUrls());
                urls.add(s.homepage());
            }
        }
        for (DemoOutlet outlet : List.of(DemoOutlet.THOISU, DemoOutlet.HAIPHONG, DemoOutlet.QUOCTE,
                DemoOutlet.OBSERVER, DemoOutlet.DOSON)) {
            urls.add(under.site.articles().stream().filter(a -> a.outlet() == outlet).findFirst().orElseThrow().url());
        }
        return urls;
    }

    @Test
    void matchingValidatorsGet304AndStaleOnesTheContent() {
        List<String> urls = addresses();
        assertThat(urls).hasSizeGreaterThan(15);
        for (String url : urls) {
            FetchResult first = under.fetch(url);
            assertThat(first.status()).as(url).isEqualTo(200);
            assertThat(first.etag()).as(url).isNotBlank();
            assertThat(first.lastModified()).as(url).isNotBlank();

            FetchResult byEtag = under.fetch(new FetchRequest(url, first.etag(), null));
            assertThat(byEtag.notModified()).as(url).isTrue();
            assertThat(byEtag.body()).isEmpty();
            assertThat(under.fetch(new FetchRequest(url, null, first.lastModified())).notModified()).as(url).isTrue();
            assertThat(under.fetch(new FetchRequest(url, first.etag(), first.lastModified())).notModified()).isTrue();

            assertThat(under.fetch(new FetchRequest(url, "\"something-else\"", null)).status()).as(url).isEqualTo(200);
            // If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3).
            assertThat(under.fetch(new FetchRequest(url, "\"something-else\"", first.lastModified())).status())
                    .isEqualTo(200);
            String dayEarlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.parse(first.lastModified(), DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
            assertThat(under.fetch(new FetchRequest(url, null, dayEarlier)).status()).as(url).isEqualTo(200);

            assertThat(under.fetch(url).etag()).as("the validators are stable").isEqualTo(first.etag());
        }
    }

    @Test
    void gzipForClientsThatAcceptItWithItsOwnEtag() throws Exception {
        HttpClient raw = under.vertx.createHttpClient(new HttpClientOptions().setDecompressionSupported(false));
        try {
            String url = under.site.articles().get(0).url();
            Exchange plain = get(raw, url, "identity", null);
            Exchange zipped = get(raw, url, "gzip, deflate", null);

            assertThat(plain.response().getHeader("Content-Encoding")).isNull();
            assertThat(zipped.response().getHeader("Content-Encoding")).isEqualTo("gzip");
            assertThat(zipped.body().length()).isLessThan(plain.body().length() / 2);
            assertThat(new String(gunzip(zipped.body().getBytes()), UTF_8))
                    .isEqualTo(new String(plain.body().getBytes(), UTF_8));
            String plainTag = plain.response().getHeader("ETag");
            String zippedTag = zipped.response().getHeader("ETag");
            assertThat(zippedTag).isNotEqualTo(plainTag);
            assertThat(zipped.response().getHeader("Vary")).isEqualTo("Accept-Encoding");

            assertThat(get(raw, url, "gzip", zippedTag).response().statusCode()).isEqualTo(304);
            assertThat(get(raw, url, "identity", zippedTag).response().statusCode()).isEqualTo(304);
            assertThat(get(raw, url, "gzip;q=0", plainTag).response().statusCode()).isEqualTo(304);
            assertThat(get(raw, url, "gzip;q=0", null).response().getHeader("Content-Encoding")).isNull();
        } finally {
            raw.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private record Exchange(HttpClientResponse response, Buffer body) {
    }

    private static Exchange get(HttpClient client, String url, String acceptEncoding, String ifNoneMatch)
            throws Exception {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url)
                .putHeader("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch != null) {
            options.putHeader("If-None-Match", ifNoneMatch);
        }
        return client.request(options)
                .compose(req -> req.send())
                .compose(res -> res.body().map(body -> new Exchange(res, body)))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static byte[] gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
