package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.presswatch.api.audit.AuditEntry;
import vn.presswatch.api.security.ApiToken;
import vn.presswatch.api.security.User;

/** The JSON shapes of users, API tokens and audit entries. Times are ISO-8601 instants. */
public final class AccountJson {
    private AccountJson() {
    }

    /** A user account (never its password hash). */
    @Serdeable
    public record UserView(String username, String displayName, String role, boolean enabled,
                           boolean mustChangePassword, String createdAt, String passwordChangedAt) {
        static UserView of(User u) {
            return new UserView(u.username(), u.displayName(), u.role().id(), u.enabled(), u.mustChangePassword(),
                    u.createdAt().toString(), u.passwordChangedAt().toString());
        }
    }

    /** A new account: role viewer, editor or admin. */
    @Serdeable
    public record NewUser(@Nullable String username, @Nullable String displayName, @Nullable String role,
                          @Nullable String password) {
    }

    /** Changes to an account; what is left out stays. */
    @Serdeable
    public record UserChange(@Nullable String displayName, @Nullable String role, @Nullable Boolean enabled) {
    }

    /**
     * A password an admin sets.
     *
     * @param mustChange whether the user must replace it at the next login (default true)
     */
    @Serdeable
    public record PasswordChange(@Nullable String password, @Nullable Boolean mustChange) {
    }

    /** An API token as listed: never the token itself. */
    @Serdeable
    public record TokenView(String id, String username, String name, String createdAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.username(), t.name(), t.createdAt().toString());
        }
    }

    /** What a new token is for. */
    @Serdeable
    public record NewToken(@Nullable String name) {
    }

    /** A new token: {@code token} is shown this once and kept nowhere. */
    @Serdeable
    public record CreatedToken(String id, String username, String name, String createdAt, String token) {
    }

    /** One audit entry. */
    @Serdeable
    public record AuditView(String id, String at, String actor, String action, String target, String detail) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id(), e.at().toString(), e.actor(), e.action(), e.target(), e.detail());
        }
    }
}
