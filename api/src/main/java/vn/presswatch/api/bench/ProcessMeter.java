package vn.presswatch.api.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * CPU time and heap of this JVM over a stretch of work. CPU is the process's CPU time (all threads, JIT and GC
 * included). From the collectors' notifications: the heap peak is the largest occupancy just before a collection
 * (heap use is highest then; with G1 it follows the heap size, since young collections wait for a full eden), and
 * the live peak is the largest occupancy just after one, what the work really keeps and the floor under
 * {@code -Xmx}. Start one per measured stretch and close it.
 */
public final class ProcessMeter implements AutoCloseable {

    /**
     * What one stretch cost.
     *
     * @param cpuSeconds     CPU time of this process
     * @param peakHeapBytes  largest heap occupancy seen (before a collection, or at the end)
     * @param peakLiveBytes  largest heap occupancy right after a collection; 0 if none ran
     */
    public record Reading(double cpuSeconds, long peakHeapBytes, long peakLiveBytes) {
    }

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Set<String> heapPools;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final NotificationListener listener = this::onNotification;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final long cpuAtStart;

    private ProcessMeter() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        cpuAtStart = os.getProcessCpuTime();
    }

    /** Starts measuring now. */
    public static ProcessMeter start() {
        return new ProcessMeter();
    }

    /** The cost since {@link #start()}; measuring goes on until {@link #close()}. */
    public Reading read() {
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return new Reading((os.getProcessCpuTime() - cpuAtStart) / 1e9, peak.get(), live.get());
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peak.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        live.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }
}
