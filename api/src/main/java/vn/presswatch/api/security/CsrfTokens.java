package vn.presswatch.api.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * CSRF tokens bound to the session: the HMAC of the session cookie under a key derived from the session secret.
 * Another site can make the browser send the cookie but cannot read it, so it cannot compute the token that the
 * forms carry. A new login gives a new token; nothing is stored.
 */
@Singleton
public class CsrfTokens {
    /** Form field of the token. */
    public static final String FIELD = "_csrf";
    /** Header of the token, for scripts of our own pages. */
    public static final String HEADER = "X-CSRF-Token";

    private final byte[] key;

    public CsrfTokens(SessionSecret secret) {
        this.key = secret.derive("csrf");
    }

    /** The token of a session cookie value. */
    public String tokenFor(String sessionCookie) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(HmacSha256.of(key, sessionCookie));
    }

    /** Whether {@code token} is the one of this session cookie (constant-time comparison). */
    public boolean matches(String sessionCookie, String token) {
        if (sessionCookie == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(sessionCookie).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
