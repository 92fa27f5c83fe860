package vn.presswatch.api.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;
import vn.presswatch.store.RecordType;

/**
 * The key that signs session cookies and CSRF tokens. Configured, or else generated once and kept in the store,
 * so that sessions survive a restart and every instance against one Elasticsearch cluster accepts the others'.
 * Separate keys for separate uses are derived from it with HMAC.
 */
public final class SessionSecret {
    static final RecordType<StoredSecret> RECORD_TYPE = RecordType.of("secret", StoredSecret.class,
            StoredSecret::id);
    private static final String STORED_ID = "session-signing";

    private final byte[] key;

    private SessionSecret(byte[] key) {
        this.key = key.clone();
    }

    /** The configured secret if any (at least 32 characters), else the stored one, created on first use. */
    public static SessionSecret load(ArticleStore store, SecurityProperties properties) {
        if (properties.hasSecret()) {
            String configured = properties.secret().strip();
            if (configured.length() < 32) {
                throw new IllegalArgumentException("presswatch.security.secret must have at least 32 characters");
            }
            return new SessionSecret(configured.getBytes(StandardCharsets.UTF_8));
        }
        RecordCollection<StoredSecret> secrets = store.records(RECORD_TYPE);
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // putIfAbsent: when two instances start together, both end up with the one that was stored first.
        secrets.putIfAbsent(new StoredSecret(STORED_ID, Base64.getEncoder().encodeToString(fresh), Instant.now()));
        StoredSecret stored = secrets.get(STORED_ID).orElseThrow();
        return new SessionSecret(Base64.getDecoder().decode(stored.value()));
    }

    /** A key for one purpose, e.g. "jwt" or "csrf", 32 bytes. */
    public byte[] derive(String purpose) {
        return HmacSha256.of(key, purpose);
    }

    /** The stored form: base64 of the key. */
    record StoredSecret(String id, String value, Instant createdAt) {
    }
}
