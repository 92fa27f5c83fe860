package vn.presswatch.api.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Refuses cross-site requests that change something. Runs before login checks, on every POST, PUT, PATCH and
 * DELETE:
 * <ul>
 *   <li>a browser's {@code Origin} header, when present, must be this server (stops forged logins and any
 *       cross-site form, whatever the credentials);</li>
 *   <li>a request carrying the session cookie must also carry the session's CSRF token, in the {@code _csrf}
 *       form field, the {@code X-CSRF-Token} header, or (for file uploads) the {@code _csrf} query parameter.</li>
 * </ul>
 * Machine clients that authenticate with a token or Basic credentials and send no cookie need no CSRF token.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class CsrfFilter implements HttpServerFilter {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final CsrfTokens tokens;
    private final FilterBodyParser bodyParser;
    private final String cookieName;

    public CsrfFilter(CsrfTokens tokens, FilterBodyParser bodyParser, AccessTokenCookieConfiguration cookie) {
        this.tokens = tokens;
        this.bodyParser = bodyParser;
        this.cookieName = cookie.getCookieName();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (SAFE.contains(request.getMethod())) {
            return chain.proceed(request);
        }
        if (!sameOrigin(request)) {
            return Mono.just(forbidden(request, "Yêu cầu đến từ một trang web khác nên bị từ chối."));
        }
        String session = request.getCookies().findCookie(cookieName).map(Cookie::getValue).orElse(null);
        if (session == null) {
            return chain.proceed(request);
        }
        String fromHeaderOrQuery = request.getHeaders().get(CsrfTokens.HEADER);
        if (fromHeaderOrQuery == null) {
            fromHeaderOrQuery = request.getParameters().get(CsrfTokens.FIELD);
        }
        if (fromHeaderOrQuery != null) {
            return tokens.matches(session, fromHeaderOrQuery) ? chain.proceed(request) : Mono.just(expired(request));
        }
        boolean form = request.getContentType()
                .map(t -> MediaType.APPLICATION_FORM_URLENCODED.equals(t.getName())).orElse(false);
        if (!form) {
            return Mono.just(expired(request));
        }
        return Mono.fromFuture(bodyParser.parseBody(request))
                .defaultIfEmpty(Map.of())
                .flatMap(body -> {
                    Object token = body.get(CsrfTokens.FIELD);
                    return tokens.matches(session, token == null ? null : token.toString())
                            ? Mono.from(chain.proceed(request))
                            : Mono.just(expired(request));
                });
    }

    /** True when the request has no Origin (not a browser, or an old one) or one naming this server. */
    private static boolean sameOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return host != null && authority != null
                    && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static MutableHttpResponse<?> expired(HttpRequest<?> request) {
        return forbidden(request, "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và gửi lại.");
    }

    private static MutableHttpResponse<?> forbidden(HttpRequest<?> request, String message) {
        boolean html = request.getHeaders().accept().stream().anyMatch(MediaType.TEXT_HTML_TYPE::equals);
        if (html) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                    .body("<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Bị từ chối</title>"
                            + "<p>" + message + "</p><p><a href=\"/\">Về trang chủ</a></p></html>");
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("message", message));
    }
}
