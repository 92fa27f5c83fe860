package vn.presswatch.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.RecordType;

/**
 * A token a machine client (a script, another system) sends as {@code Authorization: Bearer pw_...} instead of a
 * password. Only its SHA-256 is kept: the token itself is shown once, when it is created. Tokens are long
 * random strings, so a fast hash is enough (unlike passwords).
 *
 * @param id        short id shown in lists, the token's first characters after the prefix
 * @param username  whose rights the token carries
 * @param name      what it is for, e.g. "cổng thông tin phường"
 * @param sha256    hex SHA-256 of the whole token
 * @param createdAt when it was created
 */
public record ApiToken(String id, String username, String name, String sha256, Instant createdAt) {

    public static final RecordType<ApiToken> RECORD_TYPE = RecordType.of("api-token", ApiToken.class, ApiToken::id)
            .withAttribute("sha256", t -> List.of(t.sha256()))
            .withAttribute("username", t -> List.of(t.username()));

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        name = name == null || name.isBlank() ? "(không tên)" : name.strip();
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
