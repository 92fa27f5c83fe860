package vn.presswatch.api;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.store.StoreException;

/**
 * Micronaut's launcher, except that a start-up failure whose message is written for the person starting the
 * application (the data directory is in use, the cluster is unreachable, a setting is wrong) is logged as that one
 * message at ERROR and the JVM exits with status 1, instead of a wall of bean-creation stack trace. The full trace
 * is logged at DEBUG. Other failures keep Micronaut's handling.
 */
public final class Launcher extends Micronaut {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
    static final int EXIT_START_FAILED = 1;

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        Optional<String> message = userMessage(exception);
        if (message.isPresent() && !environment.getActiveNames().contains(Environment.TEST)) {
            LOG.error("presswatch cannot start: {}", message.get());
            LOG.debug("Start-up failure in full", exception);
            System.exit(EXIT_START_FAILED);
        }
        super.handleStartupException(environment, exception);
    }

    /**
     * The message of the first {@link StoreException} or {@link ConfigurationException} in the cause chain of a
     * start-up failure, if there is one.
     */
    public static Optional<String> userMessage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if ((t instanceof StoreException || t instanceof ConfigurationException) && t.getMessage() != null) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }
}
