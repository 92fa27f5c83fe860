package vn.presswatch.api.cli;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;

/** A {@link CommandEnvironment} that records server starts instead of starting one. */
final class RecordingEnvironment implements CommandEnvironment {

    final List<List<String>> serverStarts = new ArrayList<>();
    int stdoutReservations;

    @Override
    public void startServer(List<String> micronautArgs) {
        serverStarts.add(micronautArgs);
    }

    /** A real application context (no HTTP server): the data commands are tested against the real store. */
    @Override
    public ApplicationContext startContext(List<String> micronautArgs) {
        return ApplicationContext.builder().args(micronautArgs.toArray(String[]::new)).start();
    }

    @Override
    public void reserveStdoutForData() {
        stdoutReservations++;
    }
}
