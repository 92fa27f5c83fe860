package vn.presswatch.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A user logged in with a one-time password (the first admin, a user added with a generated password) can do
 * nothing but choose a new one: pages lead to the password form, API calls are refused with the reason.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class PasswordChangeFilter implements HttpServerFilter {
    private static final String PASSWORD_PAGE = "/password";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        String path = request.getPath();
        if (user.isEmpty() || !Authentications.mustChangePassword(user.get()) || path.equals(PASSWORD_PAGE)
                || path.equals("/logout") || path.equals("/login") || path.startsWith("/static/")
                || path.equals("/health")) {
            return chain.proceed(request);
        }
        boolean html = request.getHeaders().accept().stream().anyMatch(MediaType.TEXT_HTML_TYPE::equals);
        if (html) {
            return Mono.just(HttpResponse.seeOther(URI.create(PASSWORD_PAGE)));
        }
        return Mono.just(HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("message",
                "Tài khoản đang dùng mật khẩu một lần: hãy đổi mật khẩu trước (trang /password).")));
    }
}
