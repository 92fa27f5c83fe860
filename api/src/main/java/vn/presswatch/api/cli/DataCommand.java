package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import vn.presswatch.api.Launcher;

/**
 * What the commands that start the application share: checking their {@code --key=value} settings, and, for those
 * that work on the data directory without the HTTP server, starting the application's beans with a start-up
 * failure reported as one sentence (the data directory is in use by a running server, the cluster is unreachable)
 * instead of a stack trace.
 */
final class DataCommand {
    /** Micronaut reads "--key=value" command-line arguments as settings. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][A-Za-z0-9._-]*=.*");

    private DataCommand() {
    }

    static void checkSettings(CommandSpec spec, List<String> settings) {
        for (String setting : settings) {
            if (!SETTING.matcher(setting).matches()) {
                throw new ParameterException(spec.commandLine(), "'" + setting
                        + "' không phải thiết lập dạng --khóa=giá-trị — is not a setting of the form --key=value");
            }
        }
    }

    /** The started context, or empty after printing why it could not start. */
    static Optional<ApplicationContext> start(CommandEnvironment environment, List<String> settings,
                                              PrintWriter err) {
        try {
            return Optional.of(environment.startContext(settings));
        } catch (RuntimeException e) {
            Optional<String> message = Launcher.userMessage(e);
            if (message.isEmpty()) {
                throw e;
            }
            err.println("Không khởi động được — cannot start: " + message.get());
            return Optional.empty();
        }
    }
}
