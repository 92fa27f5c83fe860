package vn.presswatch.api.alert;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The {@code presswatch.alerts.*} settings (application.yml documents each). The sender address and the address
 * users open presswatch at are the digest's ({@code presswatch.digest.from}, {@code presswatch.digest.base-url}).
 */
@ConfigurationProperties("presswatch.alerts")
public record AlertProperties(@Nullable Duration pollInterval, @Nullable Duration ruleRefresh,
                              @Nullable Duration firstRetry, @Nullable Duration maxRetryWait,
                              @Nullable Duration webhookTimeout, @Nullable Duration maxAge,
                              @Nullable String webhookSecret) {

    /** How often due deliveries are looked for (the alert latency is at most this plus the send). */
    public Duration poll() {
        return positive(pollInterval, Duration.ofSeconds(5));
    }

    /** How often rules changed by another instance are picked up (this instance's changes apply at once). */
    public Duration refresh() {
        return positive(ruleRefresh, Duration.ofSeconds(30));
    }

    /** The wait after a first failed try; doubled after each further one up to {@link #retryCap()}. */
    public Duration retryStart() {
        return positive(firstRetry, Duration.ofSeconds(30));
    }

    public Duration retryCap() {
        return positive(maxRetryWait, Duration.ofHours(1));
    }

    public Duration timeout() {
        return positive(webhookTimeout, Duration.ofSeconds(10));
    }

    /** Articles published longer ago than this raise no alert (an archive import is not news). */
    public Duration newsAge() {
        return positive(maxAge, Duration.ofDays(7));
    }

    /** The key webhook bodies are signed with (HMAC-SHA256), or empty for unsigned deliveries. */
    public String signingKey() {
        return webhookSecret == null ? "" : webhookSecret.strip();
    }

    /** The wait before try number {@code attempts + 1}, after {@code attempts} failures. */
    public Duration retryWait(int attempts) {
        Duration wait = retryStart();
        for (int i = 1; i < attempts && wait.compareTo(retryCap()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryCap()) > 0 ? retryCap() : wait;
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
