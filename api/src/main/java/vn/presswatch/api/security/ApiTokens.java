package vn.presswatch.api.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.RecordCollection;

/** Creates, finds and revokes API tokens. */
@Singleton
public class ApiTokens {
    /** Every token starts with this, so a leaked one is easy to recognise (and to scan for). */
    public static final String PREFIX = "pw_";

    private final RecordCollection<ApiToken> tokens;
    private final UserDirectory users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(ArticleStore store, UserDirectory users, Clock clock) {
        this.tokens = store.records(ApiToken.RECORD_TYPE);
        this.users = users;
        this.clock = clock;
    }

    /**
     * @return the new token's record and the token itself, which is not kept anywhere and must be shown now
     */
    public Created create(String username, String name) {
        users.require(username);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken record = new ApiToken(token.substring(PREFIX.length(), PREFIX.length() + 8), username, name,
                sha256(token), clock.instant());
        if (!tokens.putIfAbsent(record)) {
            return create(username, name);
        }
        return new Created(record, token);
    }

    /** The token's record, if the token is one of ours. */
    public Optional<ApiToken> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        return tokens.find("sha256", hash).stream()
                .filter(t -> MessageDigest.isEqual(t.sha256().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .findFirst();
    }

    public List<ApiToken> of(String username) {
        return tokens.find("username", username);
    }

    public List<ApiToken> all() {
        return tokens.all();
    }

    public boolean revoke(String id) {
        return tokens.delete(id);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A new token: its record, and the token to hand over once. */
    public record Created(ApiToken record, String token) {
    }
}
