package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.util.List;

/**
 * What the commands need from the process they run in. The jar's {@code main} gives the real one; tests give one
 * that records the calls, so that running a command in-process neither starts a server nor rewires System.out.
 */
public interface CommandEnvironment {

    /**
     * Starts the Micronaut application (store, crawler, HTTP server) and returns once it runs; its threads keep
     * the process alive.
     *
     * @param micronautArgs settings as {@code --key=value}, passed to Micronaut as its command-line arguments
     */
    void startServer(List<String> micronautArgs);

    /**
     * Starts the application's beans (store, crawler) without the HTTP server, for commands that work on the data
     * directory ({@code crawl --once}, {@code import}). The caller closes the context.
     *
     * @param micronautArgs settings as {@code --key=value}
     */
    ApplicationContext startContext(List<String> micronautArgs);

    /**
     * Keeps standard output for the command's data: from now on, anything else that writes to
     * {@code System.out} (a library's console logging) goes to standard error, so that the output stays valid
     * JSON Lines. Called by the file commands before they start.
     */
    void reserveStdoutForData();
}
