package vn.presswatch.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.presswatch.store.RecordType;

/**
 * A person who logs in. Kept as a small record in the store, so several instances against one Elasticsearch
 * cluster share their users.
 *
 * @param username           login name: 2-40 lower-case letters, digits, '.', '-' or '_'
 * @param displayName        the name the UI and the audit log show
 * @param role               what the user may do
 * @param passwordHash       bcrypt hash of the password
 * @param enabled            false when an admin switched the account off (its sessions end at once)
 * @param mustChangePassword true for a generated password: the UI asks for a new one at the first login
 * @param sessionVersion     raised when the password, role or state changes; sessions of older versions end
 * @param createdAt          when the account was created
 * @param passwordChangedAt  when the password was last set
 */
public record User(String username, String displayName, Role role, String passwordHash, boolean enabled,
                   boolean mustChangePassword, int sessionVersion, Instant createdAt, Instant passwordChangedAt) {

    public static final RecordType<User> RECORD_TYPE = RecordType.of("user", User.class, User::username)
            .withAttribute("role", u -> List.of(u.role().id()));

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,39}";

    public User {
        Objects.requireNonNull(username, "username");
        if (!username.matches(USERNAME_PATTERN)) {
            throw new IllegalArgumentException("tên đăng nhập phải gồm 2-40 chữ thường không dấu, chữ số, '.', '-' "
                    + "hoặc '_', bắt đầu bằng chữ hoặc số: '" + username + "'");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
    }

    public User withPassword(String hash, boolean mustChange, Instant at) {
        return new User(username, displayName, role, hash, enabled, mustChange, sessionVersion + 1, createdAt, at);
    }

    public User withRole(Role value) {
        return new User(username, displayName, value, passwordHash, enabled, mustChangePassword, sessionVersion + 1,
                createdAt, passwordChangedAt);
    }

    public User withEnabled(boolean value) {
        return new User(username, displayName, role, passwordHash, value, mustChangePassword, sessionVersion + 1,
                createdAt, passwordChangedAt);
    }

    public User withDisplayName(String value) {
        return new User(username, value, role, passwordHash, enabled, mustChangePassword, sessionVersion, createdAt,
                passwordChangedAt);
    }
}
