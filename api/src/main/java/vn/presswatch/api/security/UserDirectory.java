package vn.presswatch.api.security;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;

/**
 * The users, kept in the store. Every change that should end a user's sessions (password, role, switched off)
 * raises the user's session version. Lookups for request checks are cached for a few seconds, since every
 * request of a logged-in user needs one.
 */
@Singleton
public class UserDirectory {
    private static final Duration CACHE_TIME = Duration.ofSeconds(5);

    private final RecordCollection<User> users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public UserDirectory(ArticleStore store, PasswordHasher hasher, Clock clock) {
        this.users = store.records(User.RECORD_TYPE);
        this.hasher = hasher;
        this.clock = clock;
    }

    public Optional<User> get(String username) {
        return username == null ? Optional.empty() : users.get(username);
    }

    /** The user as of at most a few seconds ago, for per-request checks. */
    public Optional<User> recent(String username) {
        Instant now = clock.instant();
        Cached cached = cache.get(username);
        if (cached != null && cached.until.isAfter(now)) {
            return cached.user;
        }
        Optional<User> user = get(username);
        cache.put(username, new Cached(user, now.plus(CACHE_TIME)));
        return user;
    }

    public List<User> all() {
        return users.all();
    }

    public boolean anyAdmin() {
        return users.find("role", Role.ADMIN.id()).stream().anyMatch(User::enabled);
    }

    /**
     * Creates a user whose password follows the {@link PasswordPolicy}.
     *
     * @throws IllegalArgumentException when the name is taken or a value is invalid, saying which
     */
    public User create(String username, String displayName, Role role, String password, boolean mustChange) {
        PasswordPolicy.check(username, password);
        return createUnchecked(username, displayName, role, password, mustChange);
    }

    /** Creates a user without the password policy: only for the documented demo account. */
    User createUnchecked(String username, String displayName, Role role, String password, boolean mustChange) {
        Instant now = clock.instant();
        User user = new User(username, displayName, role, hasher.hash(password), true, mustChange, 1, now, now);
        if (!users.putIfAbsent(user)) {
            throw new IllegalArgumentException("Tên đăng nhập '" + username + "' đã có người dùng.");
        }
        return user;
    }

    /** Sets a new password (policy checked); the user's other sessions end. */
    public User setPassword(String username, String password, boolean mustChange) {
        User user = require(username);
        PasswordPolicy.check(username, password);
        return save(user.withPassword(hasher.hash(password), mustChange, clock.instant()));
    }

    public User setRole(String username, Role role) {
        User user = require(username);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(username);
        }
        return save(user.withRole(role));
    }

    public User setEnabled(String username, boolean enabled) {
        User user = require(username);
        if (!enabled && user.role() == Role.ADMIN) {
            requireAnotherAdmin(username);
        }
        return save(user.withEnabled(enabled));
    }

    public User setDisplayName(String username, String displayName) {
        return save(require(username).withDisplayName(displayName));
    }

    /**
     * @throws IllegalArgumentException when there is no such user
     */
    public User require(String username) {
        return get(username).orElseThrow(() -> new IllegalArgumentException(
                "Không có người dùng '" + username + "'."));
    }

    private void requireAnotherAdmin(String username) {
        boolean another = users.find("role", Role.ADMIN.id()).stream()
                .anyMatch(u -> u.enabled() && !u.username().equals(username));
        if (!another) {
            throw new IllegalArgumentException("Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng.");
        }
    }

    private User save(User user) {
        users.put(user);
        cache.remove(user.username());
        return user;
    }

    private record Cached(Optional<User> user, Instant until) {
    }
}
