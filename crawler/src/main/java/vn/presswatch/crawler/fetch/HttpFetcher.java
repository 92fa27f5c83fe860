package vn.presswatch.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import io.netty.handler.codec.compression.DecompressionException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.crawler.fetch.FetchException.Reason;
import vn.presswatch.crawler.url.AddressGuard;
import vn.presswatch.crawler.url.ForbiddenAddressException;

/**
 * Fetches one URL politely and safely: the address is checked (no loopback or private networks unless allowed,
 * at every redirect hop too, so a redirect cannot reach the intranet), robots.txt is obeyed with its Crawl-delay,
 * requests to one host are spaced and capped, validators make the GET conditional, and every response is bounded
 * in time and size. Redirects are followed here rather than by Vert.x so each hop is checked and loops are seen.
 *
 * <p>Every connection, robots.txt included, goes to the very address the guard checked, never to a fresh lookup
 * of the name: otherwise a hostile DNS server could answer a public address to the check and 127.0.0.1 to the
 * connection (DNS rebinding). The URL's host still goes into the Host header and TLS server name.
 *
 * <p>Bodies are inflated as their Content-Encoding says; one that cannot be (gzip labelled deflate, a corrupt
 * stream) fails as {@link Reason#BAD_ENCODING}, not as a connection error.
 *
 * <p>Non-blocking: DNS resolution for the address check runs on a worker thread; everything else is Vert.x I/O.
 * Failures are {@link FetchException}s in the returned future. Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

    private final Vertx vertx;
    private final HttpClient client;
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostPoliteness politeness;
    private final RobotsCache robots;

    public HttpFetcher(Vertx vertx, FetchSettings settings, AddressGuard guard) {
        this.vertx = vertx;
        this.settings = settings;
        this.guard = guard;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setDecompressionSupported(true)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(true),
                // Connections per server: enough for the per-host cap, so politeness (not the pool) sets the pace.
                new PoolOptions().setHttp1MaxSize(Math.max(5, settings.maxPerHost())));
        this.politeness = new HostPoliteness(vertx, settings.hostDelay(), settings.maxPerHost());
        this.robots = new RobotsCache(settings.robotsAgent(), settings.robotsTtl(), this::fetchRobots);
    }

    /** Fetches {@code request.url()}, following redirects; the future fails with a {@link FetchException}. */
    public Future<FetchResult> fetch(FetchRequest request) {
        URI uri;
        try {
            uri = parse(request.url());
        } catch (FetchException e) {
            return Future.failedFuture(e);
        }
        Set<String> seen = new HashSet<>();
        seen.add(uri.toString());
        return hop(request, uri, new ArrayList<>(), seen);
    }

    private Future<FetchResult> hop(FetchRequest request, URI uri, List<String> redirects, Set<String> seen) {
        String host = hostKey(uri);
        return checkAddress(uri).compose(address -> robots.rulesFor(uri)
                .compose(rules -> allowed(uri, host, rules))
                .compose(v -> politeness.acquire(host))
                .compose(v -> send(uri, address, redirects.isEmpty() ? request : FetchRequest.of(uri.toString()))
                        .andThen(ar -> politeness.release(host))))
                .compose(response -> {
                    int status = response.status();
                    if (status >= 300 && status < 400 && status != 304) {
                        return redirect(request, uri, response, redirects, seen);
                    }
                    if (status == 304 || status >= 200 && status < 300) {
                        return Future.succeededFuture(new FetchResult(request.url(), uri.toString(), status,
                                response.headers().get(HttpHeaders.CONTENT_TYPE), response.body(),
                                response.headers().get(HttpHeaders.ETAG),
                                response.headers().get(HttpHeaders.LAST_MODIFIED), redirects));
                    }
                    Duration retryAfter = retryAfter(response.headers().get(HttpHeaders.RETRY_AFTER));
                    Reason reason = status == 429 || status == 503 && retryAfter != null
                            ? Reason.RATE_LIMITED : Reason.HTTP_STATUS;
                    return Future.failedFuture(new FetchException(uri.toString(), reason, "HTTP " + status
                            + (retryAfter != null ? ", retry after " + retryAfter.toSeconds() + " s" : ""), status,
                            retryAfter, null));
                });
    }

    private Future<FetchResult> redirect(FetchRequest request, URI from, Raw response, List<String> redirects,
                                         Set<String> seen) {
        String location = response.headers().get(HttpHeaders.LOCATION);
        if (location == null || location.isBlank()) {
            return Future.failedFuture(new FetchException(from.toString(), Reason.HTTP_STATUS,
                    "HTTP " + response.status() + " without a Location header", response.status(), null, null));
        }
        if (redirects.size() >= settings.maxRedirects()) {
            return Future.failedFuture(new FetchException(request.url(), Reason.TOO_MANY_REDIRECTS,
                    "more than " + settings.maxRedirects() + " redirects, last to " + location));
        }
        URI next;
        try {
            next = parse(from.resolve(location.strip()).toString());
        } catch (IllegalArgumentException | FetchException e) {
            return Future.failedFuture(new FetchException(from.toString(), Reason.INVALID_URL,
                    "redirect to an invalid address: " + location));
        }
        if (!seen.add(next.toString())) {
            return Future.failedFuture(new FetchException(request.url(), Reason.REDIRECT_LOOP,
                    "redirect loop back to " + next));
        }
        List<String> chain = new ArrayList<>(redirects);
        chain.add(next.toString());
        return hop(request, next, chain, seen);
    }

    private Future<Void> allowed(URI uri, String host, BaseRobotRules rules) {
        if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
            politeness.crawlDelay(host, Duration.ofMillis(Math.min(rules.getCrawlDelay(),
                    settings.maxRetryAfter().toMillis())));
        }
        if (!rules.isAllowed(uri.toString())) {
            return Future.failedFuture(new FetchException(uri.toString(), Reason.ROBOTS_DISALLOWED,
                    "robots.txt of " + uri.getHost() + " disallows this address for " + settings.robotsAgent()));
        }
        return Future.succeededFuture();
    }

    /** The address to connect to, checked; DNS resolution blocks, so the check runs on a worker thread. */
    private Future<InetAddress> checkAddress(URI uri) {
        return vertx.executeBlocking(() -> guard.check(uri), false)
                .recover(e -> Future.<InetAddress>failedFuture(e instanceof ForbiddenAddressException
                        ? new FetchException(uri.toString(), Reason.FORBIDDEN_ADDRESS, e.getMessage())
                        : new FetchException(uri.toString(), Reason.CONNECTION, e.getMessage(), 0, null, e)));
    }

    private Future<RobotsCache.RobotsResponse> fetchRobots(String robotsUrl) {
        URI uri;
        try {
            uri = parse(robotsUrl);
        } catch (FetchException e) {
            return Future.succeededFuture(new RobotsCache.RobotsResponse(404, null, new byte[0]));
        }
        String host = hostKey(uri);
        return checkAddress(uri).compose(address -> politeness.acquire(host)
                .compose(v -> send(uri, address, FetchRequest.of(robotsUrl)).andThen(ar -> politeness.release(host))))
                // An unreachable server fails the fetch with the connection's own reason, not "robots.txt disallows".
                .map(r -> new RobotsCache.RobotsResponse(r.status(), r.headers().get(HttpHeaders.CONTENT_TYPE),
                        r.body()));
    }

    /** A response read whole, within the size and time limits. */
    private record Raw(int status, MultiMap headers, byte[] body) {
    }

    /** One GET to {@code address}; the URI gives the Host header, the TLS server name and the path. */
    private Future<Raw> send(URI uri, InetAddress address, FetchRequest request) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(uri.toString())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port(uri))))
                .setFollowRedirects(false)
                .setConnectTimeout(settings.connectTimeout().toMillis())
                .putHeader(HttpHeaders.USER_AGENT, settings.userAgent())
                .putHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/rss+xml,"
                        + "application/atom+xml,application/xml;q=0.9,*/*;q=0.8")
                .putHeader(HttpHeaders.ACCEPT_LANGUAGE, "vi,en;q=0.8");
        if (request.etag() != null) {
            options.putHeader(HttpHeaders.IF_NONE_MATCH, request.etag());
        }
        if (request.lastModified() != null) {
            options.putHeader(HttpHeaders.IF_MODIFIED_SINCE, request.lastModified());
        }
        long totalMs = settings.totalTimeout().toMillis();
        Promise<Raw> result = Promise.promise();
        client.request(options).onComplete(ar -> {
            if (ar.failed()) {
                result.tryFail(failure(uri, ar.cause()));
                return;
            }
            var req = ar.result();
            // The total limit covers slow headers and a body dripped byte by byte.
            long timer = vertx.setTimer(totalMs, id -> {
                FetchException timeout = new FetchException(uri.toString(), Reason.TIMEOUT,
                        "no complete response within " + settings.totalTimeout().toSeconds() + " s");
                if (result.tryFail(timeout)) {
                    req.reset(0, timeout);
                }
            });
            result.future().onComplete(done -> vertx.cancelTimer(timer));
            req.send().onComplete(sent -> {
                if (sent.failed()) {
                    result.tryFail(failure(uri, sent.cause()));
                    return;
                }
                var response = sent.result();
                Buffer body = Buffer.buffer();
                response.handler(chunk -> {
                    if (body.length() + chunk.length() > settings.maxBytes()) {
                        FetchException tooLarge = new FetchException(uri.toString(), Reason.TOO_LARGE,
                                "response larger than " + settings.maxBytes() / 1024 + " KB");
                        if (result.tryFail(tooLarge)) {
                            req.reset(0, tooLarge);
                        }
                    } else {
                        body.appendBuffer(chunk);
                    }
                });
                response.exceptionHandler(e -> result.tryFail(failure(uri, e)));
                response.endHandler(v -> result.tryComplete(
                        new Raw(response.statusCode(), response.headers(), body.getBytes())));
            });
        });
        return result.future();
    }

    private static FetchException failure(URI uri, Throwable e) {
        if (e instanceof FetchException fe) {
            return fe;
        }
        Throwable inflating = decompressionFailure(e);
        if (inflating != null) {
            // The decoder failed on the body (it may fail before the response reaches us, so its headers are not
            // at hand): the server answered, so this is no connection problem.
            return new FetchException(uri.toString(), Reason.BAD_ENCODING, "the body could not be decompressed, it is "
                    + "corrupt or compressed otherwise than its Content-Encoding says: " + describe(inflating), 0, null, e);
        }
        if (e instanceof TimeoutException || e.getClass().getSimpleName().contains("Timeout")) {
            return new FetchException(uri.toString(), Reason.TIMEOUT, "timed out: " + e.getMessage(), 0, null, e);
        }
        String why = e instanceof ConnectException || e.getCause() instanceof ConnectException ? "connection refused"
                : e instanceof UnknownHostException ? "unknown host" : e.toString();
        return new FetchException(uri.toString(), Reason.CONNECTION, why, 0, null, e);
    }

    /** The decompression error in {@code e}'s causes, or null: Netty's, or the JDK inflater's under it. */
    private static Throwable decompressionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DecompressionException || t instanceof DataFormatException || t instanceof ZipException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** "decompression failure (invalid block type)": the message with the JDK's reason under it, when there is one. */
    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable cause = failure.getCause();
        return cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())
                ? message + " (" + cause.getMessage() + ")" : message;
    }

    /** Retry-After in seconds or as an HTTP date, capped at {@code maxRetryAfter}; null when absent or unreadable. */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(ZonedDateTime.now(java.time.ZoneOffset.UTC),
                        ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                wait = wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                LOG.debug("Unreadable Retry-After '{}'", header);
                return null;
            }
        }
        return wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait;
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException(url, Reason.INVALID_URL, "not an absolute http(s) address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException(url, Reason.INVALID_URL, "malformed address: " + e.getReason());
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        client.close();
    }
}
