package vn.presswatch.api.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The {@code presswatch.security.*} settings; application.yml documents each with its default.
 *
 * @param bcryptCost             work factor of password hashes (default 12)
 * @param maxLoginFailures       failed logins in a row (per user name and per address) before a lock (default 5)
 * @param lockTime               the first lock; each further failure doubles it (default 1 minute, at most 1 hour)
 * @param initialAdminUsername   the admin account created at the first start (default admin)
 * @param initialAdminPassword   its password; empty: a one-time password is generated and printed
 * @param secret                 key that signs sessions and CSRF tokens; empty: generated once and kept in the store
 */
@ConfigurationProperties("presswatch.security")
public record SecurityProperties(@Nullable Integer bcryptCost,
                                 @Nullable Integer maxLoginFailures, @Nullable Duration lockTime,
                                 @Nullable String initialAdminUsername, @Nullable String initialAdminPassword,
                                 @Nullable String secret) {

    public int cost() {
        return bcryptCost == null ? 12 : bcryptCost;
    }

    public int failuresBeforeLock() {
        return maxLoginFailures == null ? 5 : maxLoginFailures;
    }

    public Duration firstLock() {
        return lockTime == null ? Duration.ofMinutes(1) : lockTime;
    }

    public String adminUsername() {
        return initialAdminUsername == null || initialAdminUsername.isBlank() ? "admin" : initialAdminUsername.strip();
    }

    public boolean hasAdminPassword() {
        return initialAdminPassword != null && !initialAdminPassword.isEmpty();
    }

    public boolean hasSecret() {
        return secret != null && !secret.isBlank();
    }
}
