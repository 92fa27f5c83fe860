package vn.presswatch.api.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.api.audit.AuditLog;

/**
 * The accounts that must exist before anyone can log in. Without any enabled admin, the first start of the
 * server (not of a data command such as {@code import}) creates one:
 * with the configured password, or with a one-time password printed once on the console that must be changed at
 * the first login. In demo mode (only there) the documented account demo / demo with editor rights exists too.
 */
@Singleton
public class InitialAccounts {
    static final String DEMO_USERNAME = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAccounts.class);

    private final UserDirectory users;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final boolean demo;

    public InitialAccounts(UserDirectory users, AuditLog audit, SecurityProperties properties,
                           @Property(name = "presswatch.demo.enabled", defaultValue = "false") boolean demo) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.demo = demo;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        ensure(System.out);
    }

    /** Creates the missing initial accounts; prints a generated password to {@code console}. */
    void ensure(PrintStream console) {
        if (!users.anyAdmin()) {
            createAdmin(console);
        }
        if (demo && users.get(DEMO_USERNAME).isEmpty()) {
            users.createUnchecked(DEMO_USERNAME, "Tài khoản trình diễn", Role.EDITOR, "demo", false);
            audit.record(AuditLog.SYSTEM, "user.create", DEMO_USERNAME, "Tạo tài khoản trình diễn demo (biên tập viên)");
        }
    }

    private void createAdmin(PrintStream console) {
        String username = properties.adminUsername();
        if (users.get(username).isPresent()) {
            // The name is taken by a non-admin or a switched-off admin: do not take it over silently.
            LOG.warn("No enabled admin exists and user '{}' is not one: run `users role {} admin` or "
                    + "`users enable {}` to recover", username, username, username);
            return;
        }
        if (properties.hasAdminPassword()) {
            users.create(username, "Quản trị viên", Role.ADMIN, properties.initialAdminPassword(), false);
            audit.record(AuditLog.SYSTEM, "user.create", username, "Tạo quản trị viên đầu tiên (mật khẩu cấu hình)");
            LOG.info("Created the first admin account '{}' with the configured password", username);
            return;
        }
        String password = OneTimePasswords.generate();
        users.create(username, "Quản trị viên", Role.ADMIN, password, true);
        audit.record(AuditLog.SYSTEM, "user.create", username, "Tạo quản trị viên đầu tiên (mật khẩu một lần)");
        // Printed, not logged: log files are kept and shipped; the console is seen once by whoever installs.
        console.println();
        console.println("=== presswatch: tài khoản quản trị đầu tiên — first admin account ===");
        console.println("  Tên đăng nhập / user name: " + username);
        console.println("  Mật khẩu một lần / one-time password: " + password);
        console.println("  Hãy đăng nhập và đổi mật khẩu ngay; mật khẩu này không được in lại.");
        console.println("  Log in and change it now; it is not shown again.");
        console.println();
        console.flush();
    }


}
