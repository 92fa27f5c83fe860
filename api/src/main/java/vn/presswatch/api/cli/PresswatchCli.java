package vn.presswatch.api.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line of presswatch.jar: parses the arguments, runs one command and gives the process exit status.
 * Without a command it runs {@code serve}.
 *
 * <p>To add a command ({@code crawl --once}, {@code demo}, {@code import}, {@code report}, ...): write one small
 * class annotated with picocli's {@code @Command(name = ...)} that implements {@code Callable<Integer>} (returning
 * one of the exit statuses below), give it what it needs through its constructor, and add it in
 * {@link #commandLine}. A command that needs the application context starts it itself; the file tools must not.
 */
public final class PresswatchCli {

    /** Everything went well (also: help and version printed). */
    public static final int OK = 0;
    /** The command ran but failed, or failed for some of its files; each failure is reported. */
    public static final int FAILED = 1;
    /** The arguments were wrong: unknown command or option, missing file, bad value. */
    public static final int USAGE_ERROR = 2;

    private final CommandEnvironment environment;
    private final Clock clock;

    /**
     * @param environment starts the server and guards stdout; see {@link CommandEnvironment}
     * @param clock       "now" for the file tools (relative dates such as "2 giờ trước" in pages and feeds)
     */
    public PresswatchCli(CommandEnvironment environment, Clock clock) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the command that {@code args} name.
     *
     * @param out the command's data (JSON Lines of the file tools, help and version text); written as UTF-8
     * @param err messages for the person at the terminal: usage errors, unexpected failures
     * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE_ERROR}
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(new JsonLines(out), outWriter, errWriter).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** The commands. Add new ones here. */
    private CommandLine commandLine(JsonLines json, PrintWriter out, PrintWriter err) {
        ServeCommand serve = new ServeCommand(environment);
        CommandLine root = new CommandLine(new PresswatchCommand(serve));
        root.addSubcommand(serve);
        root.addSubcommand(new ExtractCommand(environment, json, clock));
        root.addSubcommand(new ParseFeedCommand(environment, json, clock));
        root.addSubcommand(new ClassifyCommand(environment, json,
                () -> vn.presswatch.classifier.ArticleClassifier.standard(
                        vn.presswatch.api.classify.Localities.tagger()), System.in));
        root.addSubcommand(new CrawlCommand(environment));
        root.addSubcommand(new DemoCommand(environment));
        root.addSubcommand(new ImportCommand(environment));
        root.addSubcommand(new ReindexCommand(environment));
        root.addSubcommand("users", UsersCommand.create(environment));
        root.addSubcommand(new ReportCommand(environment));
        root.addSubcommand("bench", BenchCommand.create(environment));
        root.addSubcommand(new CommandLine.HelpCommand());
        root.getSubcommands().get("help").getCommandSpec().usageMessage().description(
                "Hướng dẫn sử dụng một lệnh: presswatch help LỆNH.",
                "Shows the usage of a command: presswatch help COMMAND.");
        // Set after the subcommands are added: these settings are copied to the commands present at the call.
        root.setOut(out);
        root.setErr(err);
        root.setParameterExceptionHandler(PresswatchCli::usageError);
        root.setExecutionExceptionHandler(PresswatchCli::unexpectedFailure);
        return root;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("Lệnh không hợp lệ — usage error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        String help = command.getCommandSpec().qualifiedName() + " --help";
        err.println("Xem hướng dẫn — see the usage: " + help);
        return USAGE_ERROR;
    }

    private static int unexpectedFailure(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("Lỗi không mong đợi — unexpected failure in '" + command.getCommandSpec().qualifiedName()
                + "': " + e);
        e.printStackTrace(err);
        return FAILED;
    }
}
