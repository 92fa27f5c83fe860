package vn.presswatch.api.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt password hashes. Passwords longer than bcrypt's 72 bytes are pre-hashed (SHA-512) instead of being cut
 * off, so every character counts.
 */
public final class PasswordHasher {
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

    private final int cost;
    private final BCrypt.Hasher hasher;
    private final BCrypt.Verifyer verifier;
    /** Verified against when the user does not exist, so that the answer takes as long as for a wrong password. */
    private final String dummyHash;

    /**
     * @param cost bcrypt's log2 work factor, 4-31; 12 takes about a quarter of a second here
     */
    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between 4 and 31: " + cost);
        }
        this.cost = cost;
        this.hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
        this.verifier = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
        this.dummyHash = hash("presswatch-dummy-password");
    }

    public String hash(String password) {
        return new String(hasher.hash(cost, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
    }

    /** Whether {@code password} matches {@code hash}; a null hash (no such user) costs the same and fails. */
    public boolean matches(String password, String hash) {
        String against = hash == null ? dummyHash : hash;
        boolean verified = verifier.verify(password.getBytes(StandardCharsets.UTF_8),
                against.getBytes(StandardCharsets.US_ASCII)).verified;
        return hash != null && verified;
    }
}
