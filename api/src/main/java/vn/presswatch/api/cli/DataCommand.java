package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import vn.presswatch.api.Launcher;

/**
 * What the commands that work on the data directory share: their {@code --key=value} settings, and starting the
 * application's beans without the HTTP server, with a start-up failure reported as one sentence (the data
 * directory is in use by a running server, the cluster is unreachable) instead of a stack trace.
 */
final class DataCommand {
    private DataCommand() {
    }

    static void checkSettings(CommandSpec spec, List<String> settings) {
        for (String setting : settings) {
            if (!ServeCommand.SETTING.matcher(setting).matches()) {
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
