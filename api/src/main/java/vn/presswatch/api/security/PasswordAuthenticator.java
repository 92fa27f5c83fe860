package vn.presswatch.api.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a user name and password for the login form and for HTTP Basic, with the login throttle per user name
 * and per client address. The answer never tells whether the user exists.
 */
@Singleton
public class PasswordAuthenticator {
    private final UserDirectory users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    public PasswordAuthenticator(UserDirectory users, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /**
     * @param clientAddress the caller's address, for the per-address throttle; null when unknown
     */
    public Result authenticate(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Duration> locked = throttle.lockedFor(name, clientAddress);
        if (locked.isPresent()) {
            return Result.locked(locked.get());
        }
        Optional<User> user = users.get(name.isEmpty() || !name.matches(User.USERNAME_PATTERN) ? null : name);
        boolean matches = hasher.matches(password == null ? "" : password, user.map(User::passwordHash).orElse(null));
        if (!matches) {
            throttle.failed(name, clientAddress);
            return Result.failed("Sai tên đăng nhập hoặc mật khẩu.");
        }
        if (!user.get().enabled()) {
            return Result.failed("Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.");
        }
        throttle.succeeded(name, clientAddress);
        return Result.success(user.get());
    }

    /** The caller's IP address for the per-address throttle, or null when unknown. */
    public static String clientAddress(HttpRequest<?> request) {
        InetSocketAddress address = request.getRemoteAddress();
        return address == null || address.getAddress() == null ? null : address.getAddress().getHostAddress();
    }

    /**
     * @param user    the user, when the check succeeded
     * @param message why it failed, in Vietnamese, for the person logging in
     */
    public record Result(User user, String message) {
        static Result success(User user) {
            return new Result(user, null);
        }

        static Result failed(String message) {
            return new Result(null, message);
        }

        static Result locked(Duration left) {
            long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
            return new Result(null, "Đăng nhập sai quá nhiều lần. Hãy thử lại sau " + minutes + " phút.");
        }

        public boolean succeeded() {
            return user != null;
        }
    }
}
