package vn.presswatch.api;

import io.micronaut.context.ApplicationContext;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import vn.presswatch.api.cli.CommandEnvironment;
import vn.presswatch.api.cli.PresswatchCli;

/**
 * The entry point of presswatch.jar: runs the command the arguments name ({@link PresswatchCli}); without one,
 * {@code serve} starts the application. The annotation describes the REST API; its OpenAPI document is generated at
 * compile time and served at {@code /openapi.yml}.
 */
@OpenAPIDefinition(info = @Info(title = "presswatch API", version = "1",
        description = "Theo dõi báo chí cho cơ quan địa phương: bài viết, thống kê, nguồn tin, người dùng. "
                + "Media monitoring for Vietnamese local-government offices. Every endpoint needs a login: HTTP "
                + "Basic, an API token (Authorization: Bearer pw_...), or the web session cookie with its CSRF "
                + "token (X-CSRF-Token) for changes. Errors answer {\"message\": ..., \"fields\": {...}}."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        // JSON Lines are UTF-8 whatever the platform's default charset is (a Windows console's code page).
        PrintStream stdout = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), true, StandardCharsets.UTF_8);
        int status = new PresswatchCli(new JarEnvironment(), Clock.systemUTC()).run(args, stdout, System.err);
        stdout.flush();
        // After serve the server's threads keep the JVM running; after a file command no thread does, so status 0
        // simply returns. Other statuses must reach the shell.
        if (status != PresswatchCli.OK) {
            System.exit(status);
        }
    }

    /** Starts the application (store, HTTP server) with Micronaut command-line arguments such as --key=value. */
    public static ApplicationContext startServer(String... micronautArgs) {
        // No ASCII-art banner: the log starts with what matters (store opened, server address).
        return new Launcher().classes(Application.class).args(micronautArgs).banner(false).start();
    }

    /** The real process: Micronaut for serve, and stdout kept for the file commands' JSON. */
    private static final class JarEnvironment implements CommandEnvironment {

        @Override
        public void startServer(List<String> micronautArgs) {
            Application.startServer(micronautArgs.toArray(String[]::new));
        }

        @Override
        public ApplicationContext startContext(List<String> micronautArgs) {
            return ApplicationContext.builder().args(micronautArgs.toArray(String[]::new)).banner(false).start();
        }

        @Override
        public void reserveStdoutForData() {
            // The commands write to the stdout stream made in main. Logback's console appender looks System.out up
            // on every write, so console logging follows this to stderr without touching logback.xml.
            System.setOut(System.err);
        }
    }
}
