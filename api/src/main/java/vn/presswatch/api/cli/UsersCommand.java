package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.presswatch.api.audit.AuditLog;
import vn.presswatch.api.security.ApiTokens;
import vn.presswatch.api.security.OneTimePasswords;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.User;
import vn.presswatch.api.security.UserDirectory;

/**
 * {@code users}: user management from the command line, for the first setup and for recovery (a forgotten admin
 * password) when nobody can log in to the web UI. Works on the data directory while the server is stopped, like
 * the other data commands. Every change is audited with the actor {@code dòng lệnh (OS user)}.
 */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = {
                "Quản lý người dùng từ dòng lệnh (khi máy chủ đang dừng).",
                "Manages users from the command line (while the server is stopped).",
                "",
                "Ví dụ — examples:",
                "  users list",
                "  users add lan.nguyen --role editor --name \"Nguyễn Thị Lan\"",
                "  users password admin",
                "  users role lan.nguyen admin",
                "  users disable lan.nguyen",
                "  users token lan.nguyen \"cổng thông tin phường\""})
final class UsersCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The command with its subcommands, which need the environment (picocli cannot construct them). */
    static CommandLine create(CommandEnvironment environment) {
        CommandLine users = new CommandLine(new UsersCommand());
        users.addSubcommand(new ListUsers(environment));
        users.addSubcommand(new AddUser(environment));
        users.addSubcommand(new SetPassword(environment));
        users.addSubcommand(new SetRole(environment));
        users.addSubcommand(new Disable(environment));
        users.addSubcommand(new Enable(environment));
        users.addSubcommand(new NewToken(environment));
        return users;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "thiếu lệnh con (list, add, password, role, disable, "
                + "enable, token) — a subcommand is required");
    }

    /** What every subcommand shares: settings, starting the application context, and the audit actor. */
    abstract static class UserChange implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> settings = new ArrayList<>();

        private final CommandEnvironment environment;

        UserChange(CommandEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public final Integer call() {
            DataCommand.checkSettings(spec, settings);
            Optional<ApplicationContext> started = DataCommand.start(environment, settings,
                    spec.commandLine().getErr());
            if (started.isEmpty()) {
                return PresswatchCli.FAILED;
            }
            try (ApplicationContext context = started.get()) {
                run(context.getBean(UserDirectory.class), context, spec.commandLine().getOut());
                return PresswatchCli.OK;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("Lỗi — error: " + e.getMessage());
                return PresswatchCli.FAILED;
            }
        }

        abstract void run(UserDirectory users, ApplicationContext context, PrintWriter out);

        static String actor() {
            return "dòng lệnh (" + System.getProperty("user.name", "?") + ")";
        }

        static void audit(ApplicationContext context, String action, String target, String detail) {
            context.getBean(AuditLog.class).record(actor(), action, target, detail);
        }

        /** The password typed (twice) at the terminal, or read from one line of stdin when not on a terminal. */
        String readPassword(String username) {
            Console console = System.console();
            if (console == null) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                try {
                    String line = in.readLine();
                    if (line == null || line.isEmpty()) {
                        throw new IllegalArgumentException(
                                "không đọc được mật khẩu từ đầu vào chuẩn — no password on stdin");
                    }
                    return line;
                } catch (IOException e) {
                    throw new IllegalArgumentException("không đọc được mật khẩu — cannot read the password: "
                            + e.getMessage(), e);
                }
            }
            char[] first = console.readPassword("Mật khẩu mới cho %s — new password: ", username);
            char[] second = console.readPassword("Nhập lại — again: ");
            if (first == null || second == null || !new String(first).equals(new String(second))) {
                throw new IllegalArgumentException("hai lần nhập không giống nhau — the two entries differ");
            }
            return new String(first);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"Liệt kê người dùng.", "Lists the users."})
    static final class ListUsers extends UserChange {
        ListUsers(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        void run(UserDirectory users, ApplicationContext context, PrintWriter out) {
            for (User user : users.all()) {
                out.printf(Locale.ROOT, "%-24s %-14s %-8s %s%n", user.username(), user.role().id(),
                        user.enabled() ? "bật" : "đã khóa", user.displayName());
            }
            out.printf(Locale.ROOT, "%d người dùng — users%n", users.all().size());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {
        "Thêm người dùng. Không có --password: in ra một mật khẩu một lần, phải đổi khi đăng nhập lần đầu.",
        "Adds a user. Without --password a one-time password is printed, to be changed at the first login."})
    static final class AddUser extends UserChange {
        @Parameters(index = "0", paramLabel = "TÊN", description = "Tên đăng nhập — user name")
        String username;

        @Option(names = "--role", defaultValue = "viewer", description = {"viewer, editor hoặc admin (mặc định viewer)."})
        String role;

        @Option(names = "--name", description = {"Tên hiển thị — display name."})
        String displayName;

        @Option(names = "--password", description = {"Hỏi mật khẩu (hoặc đọc một dòng từ đầu vào chuẩn).",
            "Asks for the password (or reads one line from stdin)."})
        boolean askPassword;

        AddUser(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        void run(UserDirectory users, ApplicationContext context, PrintWriter out) {
            Role parsed = Role.parse(role);
            if (askPassword) {
                users.create(username, displayName, parsed, readPassword(username), false);
                out.printf(Locale.ROOT, "Đã thêm %s (%s) — added%n", username, parsed.id());
            } else {
                String password = OneTimePasswords.generate();
                users.create(username, displayName, parsed, password, true);
                out.printf(Locale.ROOT, "Đã thêm %s (%s). Mật khẩu một lần — one-time password: %s%n", username,
                        parsed.id(), password);
            }
            audit(context, "user.create", username, "Thêm người dùng, vai trò " + parsed.vietnameseName());
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = {
        "Đặt mật khẩu mới (hỏi, hoặc đọc từ đầu vào chuẩn); các phiên đăng nhập cũ kết thúc.",
        "Sets a new password (asked, or read from stdin); existing sessions end."})
    static final class SetPassword extends UserChange {
        @Parameters(index = "0", paramLabel = "TÊN")
        String username;

        SetPassword(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        void run(UserDirectory users, ApplicationContext context, PrintWriter out) {
            users.require(username);
            users.setPassword(username, readPassword(username), false);
            audit(context, "user.password", username, "Đặt lại mật khẩu từ dòng lệnh");
            out.printf(Locale.ROOT, "Đã đặt mật khẩu mới cho %s — password set%n", username);
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = {"Đổi vai trò.", "Changes the role."})
    static final class SetRole extends UserChange {
        @Parameters(index = "0", paramLabel = "TÊN")
        String username;

        @Parameters(index = "1", paramLabel = "VAI-TRÒ", description = "viewer, editor, admin")
        String role;

        SetRole(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        void run(UserDirectory users, ApplicationContext context, PrintWriter out) {
            Role parsed = Role.parse(role);
            users.setRole(username, parsed);
            audit(context, "user.role", username, "Đổi vai trò thành " + parsed.vietnameseName());
            out.printf(Locale.ROOT, "%s: %s%n", username, parsed.id());
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = {"Khóa tài khoản.", "Switches an account off."})
    static final class Disable extends UserChange {
        @Parameters(index = "0", paramLabel = "TÊN")
        String username;

        Disable(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        void run(UserDirectory users, ApplicationContext context, PrintWriter out) {
            users.setEnabled(username, false);
            audit(context, "user.disable", username, "Khóa tài khoản");
            out.printf(Locale.ROOT, "Đã khóa %s — disabled%n", username);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = {"Mở lại tài khoản.", "Switches an account on."})
    static final class Enable extends UserChange {
        @Parameters(index = "0", paramLabel = "TÊN")
        String username;

        Enable(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        void run(UserDirectory users, ApplicationContext context, PrintWriter out) {
            users.setEnabled(username, true);
            audit(context, "user.enable", username, "Mở lại tài khoản");
            out.printf(Locale.ROOT, "Đã mở lại %s — enabled%n", username);
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = {
        "Tạo mã truy cập API cho một người dùng (in ra một lần).",
        "Creates an API token for a user (printed once)."})
    static final class NewToken extends UserChange {
        @Parameters(index = "0", paramLabel = "TÊN")
        String username;

        @Parameters(index = "1", paramLabel = "MÔ-TẢ", defaultValue = "", description = "Dùng cho việc gì — what for")
        String name;

        NewToken(CommandEnvironment environment) {
            super(environment);
        }

        @Override
        void run(UserDirectory users, ApplicationContext context, PrintWriter out) {
            ApiTokens.Created created = context.getBean(ApiTokens.class).create(username, name);
            audit(context, "token.create", username, "Tạo mã API " + created.record().id() + ": "
                    + created.record().name());
            out.printf(Locale.ROOT, "Mã API (chỉ hiện một lần) — API token (shown once): %s%n", created.token());
        }
    }
}
