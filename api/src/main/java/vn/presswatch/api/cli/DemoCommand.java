package vn.presswatch.api.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code demo}: the application with the embedded store and the bundled demo press site on loopback, crawled at
 * once and then every half minute, so articles arrive (and new ones keep arriving) without internet.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
                "Chạy thử: ứng dụng cùng trang báo mẫu trên máy này; sau chưa đầy một phút đã có bài được phân loại.",
                "Demo: the application with the bundled demo press site on this machine; classified articles "
                        + "within a minute.",
                "",
                "Thiết lập dạng --khóa=giá-trị như với serve."})
final class DemoCommand implements Callable<Integer> {
    private final CommandEnvironment environment;

    @Spec
    private CommandSpec spec;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    DemoCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        DataCommand.checkSettings(spec, settings);
        List<String> all = new ArrayList<>(DemoSettings.settings());
        all.addAll(settings);
        environment.startServer(all);
        return PresswatchCli.OK;
    }
}
