package vn.presswatch.api.security;

import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;

/** Builds the {@link Authentication} of a user, and reads back what presswatch puts in it. */
public final class Authentications {
    /** Claim holding the user's session version; a session of an older version is no longer accepted. */
    static final String SESSION_VERSION = "sv";
    /** Claim with the name the UI shows. */
    static final String DISPLAY_NAME = "name";

    private Authentications() {
    }

    /** Claim present (true) while the user still has a one-time password to replace. */
    static final String MUST_CHANGE_PASSWORD = "pwc";

    public static Authentication of(User user) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SESSION_VERSION, user.sessionVersion());
        attributes.put(DISPLAY_NAME, user.displayName());
        if (user.mustChangePassword()) {
            attributes.put(MUST_CHANGE_PASSWORD, true);
        }
        return Authentication.build(user.username(), user.role().grantedIds(), attributes);
    }

    /** Whether the user behind this authentication must first replace a one-time password. */
    public static boolean mustChangePassword(Authentication authentication) {
        return Boolean.TRUE.equals(authentication.getAttributes().get(MUST_CHANGE_PASSWORD));
    }

    /** The session version in an authentication, or -1 when it has none (not one of ours). */
    static int sessionVersion(Authentication authentication) {
        Object value = authentication.getAttributes().get(SESSION_VERSION);
        return value instanceof Number n ? n.intValue() : -1;
    }
}
