package vn.presswatch.api.cli;

import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --timeout SECONDS}: how long a file command may spend on one file (default 10 s). */
final class TimeLimitOption {

    /** A day: a longer limit is a typing mistake. */
    private static final double MAX_SECONDS = 86_400;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private Duration limit = Duration.ofSeconds(10);

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = {
            "Thời gian tối đa cho mỗi tệp, tính bằng giây (mặc định: ${DEFAULT-VALUE}); "
                    + "tệp quá hạn được báo lỗi và lệnh chuyển sang tệp sau.",
            "Time limit per file in seconds (default: ${DEFAULT-VALUE}); a file over it is reported as an error "
                    + "and the command goes on with the next."})
    void seconds(double seconds) {
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new ParameterException(command.commandLine(), "--timeout phải lớn hơn 0 và không quá "
                    + (long) MAX_SECONDS + " giây — must be more than 0 and at most " + (long) MAX_SECONDS
                    + " seconds: " + seconds);
        }
        limit = Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9)));
    }

    Duration limit() {
        return limit;
    }
}
