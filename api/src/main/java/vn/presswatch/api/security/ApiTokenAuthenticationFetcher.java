package vn.presswatch.api.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Authenticates {@code Authorization: Bearer pw_...} requests with an API token: the token's user, with that
 * user's current role, as long as the user is enabled. The lookup runs on the blocking pool (the store may be
 * a remote cluster).
 */
@Singleton
public class ApiTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserDirectory users;
    private final ExecutorService blocking;

    public ApiTokenAuthenticationFetcher(ApiTokens tokens, UserDirectory users,
                                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.users = users;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Publishers.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        if (!token.startsWith(ApiTokens.PREFIX)) {
            return Publishers.empty();
        }
        CompletableFuture<Authentication> lookup = CompletableFuture.supplyAsync(() -> tokens.find(token)
                .flatMap(t -> users.recent(t.username()))
                .filter(User::enabled)
                .map(Authentications::of)
                .orElse(null), blocking);
        return Publishers.fromCompletableFuture(lookup);
    }
}
