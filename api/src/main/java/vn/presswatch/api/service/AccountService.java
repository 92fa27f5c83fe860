package vn.presswatch.api.service;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.ApiToken;
import vn.presswatch.api.security.ApiTokens;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.User;
import vn.presswatch.api.security.UserDirectory;

/**
 * User accounts and API tokens as admins and users change them: every change is audited. Who may do what
 * (admin only, own tokens) is the caller's check. Blocking (store calls).
 */
@Singleton
public class AccountService {
    private final UserDirectory users;
    private final ApiTokens tokens;
    private final AuditLog audit;

    public AccountService(UserDirectory users, ApiTokens tokens, AuditLog audit) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** The user; {@link RecordNotFoundException} when there is none. */
    public User require(String username) {
        return users.get(username).orElseThrow(() ->
                new RecordNotFoundException("Không có người dùng '" + username + "'."));
    }

    /**
     * @throws IllegalArgumentException naming the problem (name taken, invalid name, weak password)
     */
    public User create(String actor, String username, String displayName, Role role, String password) {
        Objects.requireNonNull(actor, "actor");
        User user = users.create(Objects.requireNonNullElse(username, "").strip(), displayName, role, password,
                false);
        audit.record(actor, "user.create", user.username(), "Tạo người dùng " + user.displayName() + " ("
                + role.vietnameseName() + ")");
        return user;
    }

    /**
     * Changes what is given (null keeps it): display name, role, enabled. Each change is its own audit entry.
     *
     * @throws IllegalArgumentException when the last enabled admin would lose the role or be switched off
     */
    public User update(String actor, String username, String displayName, Role role, Boolean enabled) {
        Objects.requireNonNull(actor, "actor");
        User user = require(username);
        if (displayName != null && !displayName.isBlank() && !displayName.strip().equals(user.displayName())) {
            user = users.setDisplayName(username, displayName.strip());
            audit.record(actor, "user.update", username, "Đổi tên hiển thị thành " + user.displayName());
        }
        if (role != null && role != user.role()) {
            Role before = user.role();
            user = users.setRole(username, role);
            audit.record(actor, "user.role", username, "Đổi vai trò " + before.vietnameseName() + " → "
                    + role.vietnameseName());
        }
        if (enabled != null && enabled != user.enabled()) {
            user = users.setEnabled(username, enabled);
            audit.record(actor, enabled ? "user.enable" : "user.disable", username,
                    enabled ? "Mở khóa tài khoản" : "Khóa tài khoản");
        }
        return user;
    }

    /** An admin sets a user's password; the user must change it at the next login unless {@code mustChange} is false. */
    public User setPassword(String actor, String username, String password, boolean mustChange) {
        Objects.requireNonNull(actor, "actor");
        require(username);
        User user = users.setPassword(username, password, mustChange);
        audit.record(actor, "user.password", username, "Đặt lại mật khẩu" + (mustChange
                ? " (người dùng phải đổi ở lần đăng nhập sau)" : ""));
        return user;
    }

    /** A new API token of {@code username}; the token itself is in the answer only. */
    public ApiTokens.Created createToken(String actor, String username, String name) {
        Objects.requireNonNull(actor, "actor");
        String cleanName = name == null || name.isBlank() ? "API" : name.strip();
        if (cleanName.length() > 100) {
            throw new IllegalArgumentException("name: tên mã truy cập dài quá 100 ký tự");
        }
        ApiTokens.Created created = tokens.create(require(username).username(), cleanName);
        audit.record(actor, "token.create", created.record().id(), "Tạo mã truy cập API \"" + cleanName
                + "\" của " + username);
        return created;
    }

    /** The tokens of one user, or of everyone when {@code username} is null. */
    public List<ApiToken> tokens(String username) {
        return username == null ? tokens.all() : tokens.of(username);
    }

    /**
     * Revokes a token. {@code owner} restricts it to that user's tokens (null: any, for admins); another user's
     * token then answers not found, not forbidden, so ids cannot be probed.
     */
    public void revokeToken(String actor, String id, String owner) {
        Objects.requireNonNull(actor, "actor");
        ApiToken token = tokens.all().stream().filter(t -> t.id().equals(id))
                .filter(t -> owner == null || t.username().equals(owner)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Không có mã truy cập '" + id + "'."));
        tokens.revoke(token.id());
        audit.record(actor, "token.revoke", token.id(), "Thu hồi mã truy cập API \"" + token.name() + "\" của "
                + token.username());
    }
}
