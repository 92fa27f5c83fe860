package vn.presswatch.api.security;

import java.util.List;
import java.util.Locale;

/**
 * What a user may do. Each role includes the ones below it: an editor can do all a viewer can, an admin all an
 * editor can. The ids are the role names of {@code @Secured}.
 */
public enum Role {
    /** Reads articles, statistics, digests and reports. */
    VIEWER("Người xem"),
    /** Also manages sources and alert rules and corrects topics. */
    EDITOR("Biên tập viên"),
    /** Also manages users and reads the audit log. */
    ADMIN("Quản trị viên");

    /** Role names for {@code @Secured}; an annotation needs constants. */
    public static final String VIEWER_ID = "viewer";
    public static final String EDITOR_ID = "editor";
    public static final String ADMIN_ID = "admin";

    private final String vietnameseName;

    Role(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The role names an authenticated user of this role carries: its own and those it includes. */
    public List<String> grantedIds() {
        return List.of(values()).subList(0, ordinal() + 1).stream().map(Role::id).toList();
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Role parse(String value) {
        String id = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("vai trò không hợp lệ: '" + value + "' (viewer, editor hoặc admin)");
    }
}
