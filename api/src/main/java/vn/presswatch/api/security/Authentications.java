package vn.presswatch.api.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/** Builds the {@link Authentication} of a user, and reads back what presswatch puts in it. */
public final class Authentications {
    /** Claim holding the user's session version; a session of an older version is no longer accepted. */
    static final String SESSION_VERSION = "sv";
    /** Claim with the name the UI shows. */
    static final String DISPLAY_NAME = "name";

    private Authentications() {
    }

    public static Authentication of(User user) {
        return Authentication.build(user.username(), user.role().grantedIds(), Map.of(
                SESSION_VERSION, user.sessionVersion(),
                DISPLAY_NAME, user.displayName()));
    }

    /** The session version in an authentication, or -1 when it has none (not one of ours). */
    static int sessionVersion(Authentication authentication) {
        Object value = authentication.getAttributes().get(SESSION_VERSION);
        return value instanceof Number n ? n.intValue() : -1;
    }
}
