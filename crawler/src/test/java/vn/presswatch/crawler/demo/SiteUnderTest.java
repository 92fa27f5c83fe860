package vn.presswatch.crawler.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import vn.presswatch.crawler.fetch.FetchException;
import vn.presswatch.crawler.fetch.FetchRequest;
import vn.presswatch.crawler.fetch.FetchResult;
import vn.presswatch.crawler.fetch.FetchSettings;
import vn.presswatch.crawler.fetch.HttpFetcher;
import vn.presswatch.crawler.url.AddressGuard;

/** A running demo site and the project's own fetcher pointed at it, for one test class. */
final class SiteUnderTest implements AutoCloseable {

    /** A Monday morning in Hải Phòng, so date lines read "Thứ Hai, 18/8/2025, ...". */
    static final Instant START = Instant.parse("2025-08-18T03:30:00Z");
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    final Vertx vertx = Vertx.vertx();
    final DemoPressSite site;
    final HttpFetcher fetcher;

    SiteUnderTest(DemoPressSite.Settings settings, FetchSettings fetchSettings) {
        this.site = new DemoPressSite(settings).start();
        this.fetcher = new HttpFetcher(vertx, fetchSettings, new AddressGuard(new AddressGuard.Settings(true, false)));
    }

    /** Every article visible at once, clock fixed at {@link #START}. */
    static SiteUnderTest allVisible() {
        return new SiteUnderTest(DemoPressSite.Settings.defaults().withClock(Clock.fixed(START, ZoneOffset.UTC))
                .withReleaseInterval(Duration.ZERO), fetchSettings());
    }

    static FetchSettings fetchSettings() {
        return FetchSettings.defaults("mailto:test@presswatch.invalid").withHostDelay(Duration.ZERO);
    }

    /** "now" for parsers: the site's start, in Vietnam. */
    ZonedDateTime now() {
        return site.startedAt().atZone(VIETNAM);
    }

    FetchResult fetch(String url) {
        return fetch(FetchRequest.of(url));
    }

    FetchResult fetch(FetchRequest request) {
        try {
            return fetcher.fetch(request).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("fetching " + request.url() + " failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError("fetching " + request.url() + " failed", e);
        }
    }

    /** The failure fetching {@code url} must end in. */
    FetchException failure(String url) {
        try {
            FetchResult result = fetcher.fetch(FetchRequest.of(url)).toCompletionStage().toCompletableFuture()
                    .get(90, TimeUnit.SECONDS);
            return fail("expected " + url + " to fail, got HTTP " + result.status());
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(FetchException.class);
            return (FetchException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        fetcher.close();
        site.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the test's Vert.x did not close", e);
        }
    }
}
