package vn.presswatch.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/**
 * The top-level {@code presswatch.*} settings shared by several parts of the application.
 *
 * @param dataDir where presswatch keeps its local state (the embedded store's indexes); {@code ./data} when unset,
 *                resolved against the working directory at start-up
 */
@ConfigurationProperties("presswatch")
public record PresswatchProperties(@Nullable String dataDir) {

    /** The default of {@code presswatch.data-dir}, also written in application.yml. */
    public static final String DEFAULT_DATA_DIR = "./data";

    /** The data directory as an absolute, normalised path, so that logs and health show where it really is. */
    public Path dataDirectory() {
        String value = dataDir == null || dataDir.isBlank() ? DEFAULT_DATA_DIR : dataDir.strip();
        return Path.of(value).toAbsolutePath().normalize();
    }
}
