package vn.presswatch.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic for machine clients and scripts. A bcrypt check costs a quarter of a second, too much for every
 * request of a script, so credentials verified once are remembered for a few minutes as a keyed hash (never the
 * password itself). A changed password or role raises the user's session version and so misses the cache.
 */
@Singleton
public class BasicAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordAuthenticator authenticator;
    private final UserDirectory users;
    private final Clock clock;
    private final byte[] cacheKey = new byte[32];
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    public BasicAuthenticationProvider(PasswordAuthenticator authenticator, UserDirectory users, Clock clock) {
        this.authenticator = authenticator;
        this.users = users;
        this.clock = clock;
        new SecureRandom().nextBytes(cacheKey);
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authRequest) {
        String username = authRequest.getIdentity();
        String password = authRequest.getSecret();
        Instant now = clock.instant();
        User current = users.recent(username).orElse(null);
        if (current != null && current.enabled()) {
            String key = fingerprint(username, password, current.sessionVersion());
            Instant until = verified.get(key);
            if (until != null && until.isAfter(now)) {
                return success(current);
            }
        }
        String address = request == null ? null : PasswordAuthenticator.clientAddress(request);
        PasswordAuthenticator.Result result = authenticator.authenticate(username, password, address);
        if (!result.succeeded()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(t -> t.isBefore(now));
        }
        User user = result.user();
        verified.put(fingerprint(user.username(), password, user.sessionVersion()), now.plus(REMEMBER));
        return success(user);
    }

    private static AuthenticationResponse success(User user) {
        var authentication = Authentications.of(user);
        return AuthenticationResponse.success(authentication.getName(), authentication.getRoles(),
                authentication.getAttributes());
    }

    private String fingerprint(String username, String password, int sessionVersion) {
        return Base64.getEncoder().encodeToString(HmacSha256.of(cacheKey, username + '\0' + sessionVersion + '\0',
                password));
    }
}
