package vn.presswatch.api.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code serve}: starts the application (web UI, REST API, crawler); the default command. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Chạy ứng dụng (giao diện web, API, thu thập tin). Đây là lệnh mặc định.",
                "Runs the application (web UI, REST API, crawler). This is the default command.",
                "",
                "Thiết lập có thể đặt bằng biến môi trường hoặc dạng --khóa=giá-trị, "
                        + "ví dụ --micronaut.server.port=9090.",
                "Settings come from environment variables or as --key=value, e.g. --micronaut.server.port=9090."})
final class ServeCommand implements Callable<Integer> {

    private final CommandEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    ServeCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        DataCommand.checkSettings(spec, settings);
        environment.startServer(List.copyOf(settings));
        return PresswatchCli.OK;
    }
}
