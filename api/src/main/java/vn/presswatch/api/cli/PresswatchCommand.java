package vn.presswatch.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The top command, {@code presswatch}: runs {@code serve} when no command is given. */
@Command(
        name = "presswatch",
        // Inherited: every command gets --help and --version.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = JarVersion.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = {
                "Theo dõi báo chí cho công tác thông tin đối ngoại. Không có lệnh: chạy 'serve'.",
                "Press monitoring for external-information offices. Without a command: runs 'serve'."},
        commandListHeading = "%nLệnh — commands:%n",
        footer = {"", "Mã thoát — exit status: 0 thành công — ok; 1 có lỗi, ví dụ một số tệp không xử lý được — "
                + "some failure, e.g. some files failed; 2 sai cú pháp lệnh — usage error."})
final class PresswatchCommand implements Callable<Integer> {

    private final ServeCommand serve;

    PresswatchCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() {
        return serve.call();
    }
}
