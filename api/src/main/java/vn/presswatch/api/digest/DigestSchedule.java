package vn.presswatch.api.digest;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.api.web.VietnamTime;

/**
 * Sends the digest each morning at the configured time (Vietnam), once the server is up (command-line runs start
 * no server and send nothing). Only with {@code presswatch.digest.enabled} and recipients.
 */
@Singleton
public class DigestSchedule implements ApplicationEventListener<ServerStartupEvent> {
    /** A server started this long after the send time still sends that morning's digest (if nobody has). */
    static final Duration LATE_START = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final DigestDispatch dispatch;
    private final DigestBuilder builder;
    private final DigestProperties properties;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public DigestSchedule(DigestDispatch dispatch, DigestBuilder builder, DigestProperties properties, Clock clock) {
        this.dispatch = dispatch;
        this.builder = builder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (!properties.sending()) {
            return;
        }
        if (properties.recipientList().isEmpty()) {
            LOG.warn("presswatch.digest.enabled is set but presswatch.digest.recipients is empty: no digest is sent");
            return;
        }
        properties.time(); // a malformed send-time fails here, at startup, not at 06:30
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "digest");
            thread.setDaemon(true);
            return thread;
        });
        Instant now = clock.instant();
        LocalDate today = VietnamTime.day(now);
        Instant sendToday = builder.windowEnd(today);
        if (!now.isBefore(sendToday) && now.isBefore(sendToday.plus(LATE_START))) {
            executor.execute(() -> run(today));
        }
        scheduleNext();
        LOG.info("Daily digest at {} (Vietnam time) to {} recipients", properties.time(),
                properties.recipientList().size());
    }

    /** The morning whose send time comes next after {@code now}. */
    LocalDate nextDay(Instant now) {
        LocalDate day = VietnamTime.day(now);
        return builder.windowEnd(day).isAfter(now) ? day : day.plusDays(1);
    }

    private synchronized void scheduleNext() {
        if (executor == null || executor.isShutdown()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate day = nextDay(now);
        long delay = Math.max(0, Duration.between(now, builder.windowEnd(day)).toMillis());
        executor.schedule(() -> {
            run(day);
            scheduleNext();
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void run(LocalDate day) {
        try {
            dispatch.send(day);
        } catch (RuntimeException e) {
            // The store itself failed (claim or record); tomorrow's send must still be scheduled.
            LOG.error("Digest of {} not sent: {}", day, e.getMessage(), e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
