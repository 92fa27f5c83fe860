package vn.presswatch.crawler.demo;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Writes a {@link Resource} as an HTTP response the way a well-configured news server does: ETag and
 * Last-Modified, 304 for a matching If-None-Match (or, without one, an If-Modified-Since not older than the
 * resource), gzip when the client accepts it. The gzip form gets its own ETag ("-gzip" appended inside the quotes,
 * as Apache's mod_deflate does), and either tag matches. Runs on the event loop: nothing here blocks.
 */
final class Responder {

    private static final String GZIP_SUFFIX = "-gzip";

    private Responder() {
    }

    static void send(HttpServerRequest request, Resource resource) {
        send(request, resource, "public, max-age=60");
    }

    static void send(HttpServerRequest request, Resource resource, String cacheControl) {
        respond(request, resource.etag(), resource.lastModified(), () -> resource, cacheControl);
    }

    /**
     * Answers with validators known in advance and renders the body only when it must be sent: {@code render}'s
     * resource must carry the same ETag and Last-Modified.
     */
    static void sendRendered(HttpServerRequest request, String etag, Instant lastModified,
                             Supplier<Resource> render) {
        respond(request, etag, lastModified.truncatedTo(ChronoUnit.SECONDS),
                () -> Resource.onDemand(render.get(), etag), "public, max-age=60");
    }

    private static void respond(HttpServerRequest request, String etag, Instant lastModified,
                                Supplier<Resource> resourceSupplier, String cacheControl) {
        HttpServerResponse response = request.response();
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        response.putHeader(HttpHeaders.ETAG, gzip ? gzipEtag(etag) : etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, Markup.httpDate(lastModified))
                .putHeader(HttpHeaders.VARY, "Accept-Encoding")
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (notModified(request, etag, lastModified)) {
            response.setStatusCode(304).end();
            return;
        }
        Resource resource = resourceSupplier.get();
        byte[] body = gzip ? resource.gzipped() : resource.body();
        response.putHeader(HttpHeaders.CONTENT_TYPE, resource.contentType());
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length)).end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    /** RFC 9110 13.1.1-13.1.3: If-None-Match wins; If-Modified-Since only counts without it. */
    static boolean notModified(HttpServerRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return etagMatches(ifNoneMatch, etag);
        }
        String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null) {
            Instant since = parseHttpDate(ifModifiedSince);
            return since != null && !lastModified.isAfter(since);
        }
        return false;
    }

    /** Weak comparison, as If-None-Match asks; the identity and gzip tags of one resource both match. */
    static boolean etagMatches(String header, String etag) {
        String opaque = opaque(etag);
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*")) {
                return true;
            }
            String o = opaque(c);
            if (o.equals(opaque) || o.equals(opaque + GZIP_SUFFIX)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        String e = etag.startsWith("W/") ? etag.substring(2) : etag;
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }

    private static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + GZIP_SUFFIX + "\"";
    }

    /** Whether "gzip" (or "*") is listed with a non-zero q value. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(param.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    private static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
