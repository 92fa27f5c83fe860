package vn.presswatch.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Ends sessions that should no longer be accepted although their cookie is still signed and unexpired: the user
 * was deleted or switched off, or the password or role changed since the login (the session version moved on).
 * Such a request is then simply not logged in, and the UI sends the person to the login page.
 */
@Singleton
public class SessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private final UserDirectory users;

    public SessionClaimsValidator(UserDirectory users) {
        this.users = users;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        Object version = claims.get(Authentications.SESSION_VERSION);
        if (!(subject instanceof String username) || !(version instanceof Number number)) {
            return false;
        }
        // recent(): a cached lookup, at most a few seconds old, so a switched-off user is out within seconds.
        return users.recent(username)
                .filter(User::enabled)
                .filter(u -> u.sessionVersion() == number.intValue())
                .isPresent();
    }
}
