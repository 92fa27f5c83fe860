package vn.presswatch.api.digest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code presswatch.digest.*} settings (application.yml documents each). Lists take ';' between items so that
 * one environment variable can hold them.
 */
@ConfigurationProperties("presswatch.digest")
public record DigestProperties(@Nullable Boolean enabled, @Nullable String sendTime, @Nullable String recipients,
                               @Nullable String from, @Nullable String baseUrl, @Nullable Integer maxItems,
                               @Nullable Integer attempts, @Nullable Duration retryDelay) {

    /** Whether the server sends the digest by e-mail each morning (off unless configured). */
    public boolean sending() {
        return Boolean.TRUE.equals(enabled);
    }

    /** When the digest goes out each morning, Vietnam time (default 06:30). */
    public LocalTime time() {
        if (sendTime == null || sendTime.isBlank()) {
            return LocalTime.of(6, 30);
        }
        try {
            return LocalTime.parse(sendTime.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("presswatch.digest.send-time phải có dạng HH:mm (ví dụ 06:30), không phải '"
                    + sendTime + "' — send-time must look like 06:30", e);
        }
    }

    public List<String> recipientList() {
        if (recipients == null || recipients.isBlank()) {
            return List.of();
        }
        return Arrays.stream(recipients.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The sender address; empty when unset. */
    public String sender() {
        return from == null ? "" : from.strip();
    }

    /** The address users open presswatch at, without a trailing slash. */
    public String base() {
        String url = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Items shown per section before "và N tin khác". */
    public int itemsPerSection() {
        return maxItems == null || maxItems < 1 ? 30 : maxItems;
    }

    /** Tries of one day's send before it counts as failed. */
    public int sendAttempts() {
        return attempts == null || attempts < 1 ? 3 : attempts;
    }

    /** Wait before the second try; doubled before each further one. */
    public Duration firstRetryDelay() {
        return retryDelay == null || retryDelay.isNegative() ? Duration.ofMinutes(1) : retryDelay;
    }
}
