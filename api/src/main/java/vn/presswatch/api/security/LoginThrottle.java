package vn.presswatch.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@code userFailures} failures in a row for one user name, that name is
 * locked for {@code firstLock}, doubled with each further failure up to an hour. Client addresses get the same
 * treatment with a threshold {@link #ADDRESS_FACTOR} times higher, because a whole office often shares one
 * address and one clumsy colleague must not lock everyone out. A success clears both. Kept in memory: a restart
 * forgets the locks, which only gives a patient attacker a few more attempts.
 */
public final class LoginThrottle {
    static final int ADDRESS_FACTOR = 4;
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Bounds the memory an attacker can fill with made-up user names. */
    private static final int MAX_KEYS = 100_000;

    private final int userFailures;
    private final Duration firstLock;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int userFailures, Duration firstLock, Clock clock) {
        if (userFailures < 1) {
            throw new IllegalArgumentException("failures before a lock must be at least 1: " + userFailures);
        }
        this.userFailures = userFailures;
        this.firstLock = firstLock;
        this.clock = clock;
    }

    /** How long the user name or the address (null when unknown) is still locked, if it is. */
    public Optional<Duration> lockedFor(String username, String address) {
        return lockedFor(userKey(username)).or(() -> address == null ? Optional.empty()
                : lockedFor(addressKey(address)));
    }

    public void failed(String username, String address) {
        failed(userKey(username), userFailures);
        if (address != null) {
            failed(addressKey(address), userFailures * ADDRESS_FACTOR);
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(userKey(username));
        if (address != null) {
            failures.remove(addressKey(address));
        }
    }

    private Optional<Duration> lockedFor(String key) {
        Failures f = failures.get(key);
        if (f == null || f.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private void failed(String key, int threshold) {
        if (failures.size() >= MAX_KEYS) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.lockedUntil == null || f.lockedUntil.isBefore(now));
        }
        failures.compute(key, (k, old) -> {
            int count = old == null ? 1 : old.count + 1;
            Instant until = null;
            if (count >= threshold) {
                long doublings = Math.min(count - threshold, 20);
                Duration lock = firstLock.multipliedBy(1L << doublings);
                until = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, until);
        });
    }

    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
