package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.Application;

class PresswatchCliTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutACommandItServes() {
        RecordingEnvironment environment = new RecordingEnvironment();

        CliRun run = CliRun.run(environment);

        assertThat(run.status()).isEqualTo(PresswatchCli.OK);
        assertThat(environment.serverStarts).containsExactly(List.of());
        assertThat(environment.stdoutReservations).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void serveHandsItsSettingsToMicronaut() {
        RecordingEnvironment environment = new RecordingEnvironment();

        CliRun run = CliRun.run(environment, "serve", "--micronaut.server.port=9090", "--presswatch.data-dir=/srv/pw");

        assertThat(run.status()).isEqualTo(PresswatchCli.OK);
        assertThat(environment.serverStarts)
                .containsExactly(List.of("--micronaut.server.port=9090", "--presswatch.data-dir=/srv/pw"));
    }

    @Test
    void serveRefusesWhatIsNotASetting() {
        RecordingEnvironment environment = new RecordingEnvironment();

        CliRun run = CliRun.run(environment, "serve", "extract");

        assertThat(run.status()).isEqualTo(PresswatchCli.USAGE_ERROR);
        assertThat(run.err()).contains("'extract' không phải thiết lập dạng --khóa=giá-trị");
        assertThat(environment.serverStarts).isEmpty();
    }

    @Test
    void serveStartsTheMicronautApplication() {
        List<ApplicationContext> started = new ArrayList<>();
        CommandEnvironment real = new CommandEnvironment() {
            @Override
            public void startServer(List<String> micronautArgs) {
                started.add(Application.startServer(micronautArgs.toArray(String[]::new)));
            }

            @Override
            public ApplicationContext startContext(List<String> micronautArgs) {
                throw new AssertionError("serve starts the server, not a bare context");
            }

            @Override
            public void reserveStdoutForData() {
                throw new AssertionError("serve must leave stdout alone");
            }
        };
        try {
            CliRun run = CliRun.run(real, "serve", "--presswatch.data-dir=" + dataDir, "--micronaut.server.port=-1");

            assertThat(run.status()).isEqualTo(PresswatchCli.OK);
            assertThat(started).hasSize(1);
            ApplicationContext context = started.get(0);
            assertThat(context.isRunning()).isTrue();
            assertThat(context.getBean(EmbeddedServer.class).isRunning()).isTrue();
            assertThat(context.getProperty("presswatch.data-dir", String.class)).contains(dataDir.toString());
        } finally {
            started.forEach(ApplicationContext::close);
        }
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"--frobnicate"},
                new String[] {"extrct", "a.html"}, new String[] {"parse-feed", "--bogus", "a.rss"})) {
            RecordingEnvironment environment = new RecordingEnvironment();

            CliRun run = CliRun.run(environment, args);

            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(PresswatchCli.USAGE_ERROR);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args))
                    .startsWith("Lệnh không hợp lệ — usage error: ")
                    .contains(args[args.length > 2 ? 1 : 0])
                    .contains("--help");
            assertThat(environment.serverStarts).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void aMisspelledCommandGetsASuggestion() {
        assertThat(CliRun.run("parse-fed", "a.rss").err()).contains("parse-feed");
    }

    @Test
    void helpListsTheCommands() {
        for (String[] args : List.of(new String[] {"help"}, new String[] {"--help"}, new String[] {"-h"})) {
            CliRun run = CliRun.run(args);

            assertThat(run.status()).isEqualTo(PresswatchCli.OK);
            assertThat(run.out()).as(String.join(" ", args))
                    .startsWith("Usage: presswatch")
                    .contains("serve", "extract", "parse-feed", "help", "Không có lệnh: chạy 'serve'");
        }
    }

    @Test
    void helpOfOneCommand() {
        CliRun viaHelp = CliRun.run("help", "parse-feed");
        CliRun viaOption = CliRun.run("parse-feed", "--help");

        assertThat(viaHelp.status()).isEqualTo(PresswatchCli.OK);
        assertThat(viaHelp.out()).startsWith("Usage: presswatch parse-feed").contains("--timeout", "FILE");
        assertThat(viaOption.out()).isEqualTo(viaHelp.out());
    }

    @Test
    void versionOutsideTheJarSaysItIsADevelopmentBuild() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"extract", "-V"})) {
            CliRun run = CliRun.run(args);

            assertThat(run.status()).isEqualTo(PresswatchCli.OK);
            assertThat(run.out()).as(String.join(" ", args)).startsWith("presswatch (bản đang phát triển");
        }
    }
}
