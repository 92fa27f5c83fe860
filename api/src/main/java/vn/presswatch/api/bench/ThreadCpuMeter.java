package vn.presswatch.api.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CPU time over a stretch of work: this JVM's threads by what they do, and the rest of the machine. The groups are
 * ingest (the crawler's Vert.x threads, which also classify and write to the store, and Lucene's merges), serving
 * the API (Micronaut's executor and HTTP event loops), the bench's own load clients, and the rest of this process
 * (garbage collection, the JIT, other threads). CPU time, unlike wall time, hardly moves when other programs share
 * the machine, so the cost of a request or an article can be compared between runs; and the CPU that other
 * programs took (from Linux's {@code /proc/stat}, beyond this process and its children, the demo site) says
 * whether the wall times can. Threads are grouped by the names their libraries give them; a thread that ends
 * within the stretch loses its time to the rest. Start one per stretch.
 */
public final class ThreadCpuMeter {
    private static final Path PROC_STAT = Path.of("/proc/stat");

    /** What a thread does. */
    public enum Group {
        INGEST, SERVING, CLIENTS, OTHER;

        static Group of(String threadName) {
            if (threadName.startsWith("vert.x-") || threadName.startsWith("Lucene Merge Thread")) {
                return INGEST;
            }
            if (threadName.startsWith("io-executor-thread-") || threadName.startsWith("default-eventLoopGroup-")
                    || threadName.startsWith("default-nioEventLoopGroup-")) {
                return SERVING;
            }
            if (threadName.startsWith(LoadGenerator.CLIENT_THREAD) || threadName.startsWith("HttpClient-")) {
                return CLIENTS;
            }
            return OTHER;
        }
    }

    /**
     * CPU seconds per group over a stretch; {@link Group#OTHER} holds what the process spent beyond the grouped
     * threads.
     *
     * @param cpuSeconds          CPU seconds of each group
     * @param wallSeconds         length of the stretch
     * @param otherProgramsCores  cores other programs on the machine kept busy on average; NaN where unknown
     */
    public record Reading(Map<Group, Double> cpuSeconds, double wallSeconds, double otherProgramsCores) {
        public Reading {
            cpuSeconds = Map.copyOf(Objects.requireNonNull(cpuSeconds, "cpuSeconds"));
            if (!(wallSeconds > 0)) {
                throw new IllegalArgumentException("wallSeconds must be positive: " + wallSeconds);
            }
        }

        public double cpuSeconds(Group group) {
            return cpuSeconds.getOrDefault(group, 0.0);
        }

        /** Average cores the group kept busy. */
        public double cores(Group group) {
            return cpuSeconds(group) / wallSeconds;
        }
    }

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<Long, Long> startCpu;
    private final long processStart;
    private final Map<Long, Long> childrenStart;
    private final long[] machineStart;
    private final long wallStart;

    private ThreadCpuMeter() {
        startCpu = threadCpu();
        processStart = os.getProcessCpuTime();
        childrenStart = childrenCpu();
        machineStart = machineCpu();
        wallStart = System.nanoTime();
    }

    /** Starts measuring now. */
    public static ThreadCpuMeter start() {
        return new ThreadCpuMeter();
    }

    /** The CPU spent since {@link #start()}. */
    public Reading read() {
        long wall = System.nanoTime() - wallStart;
        long process = os.getProcessCpuTime() - processStart;
        Map<Group, Long> nanos = groupNanos();
        long grouped = nanos.values().stream().mapToLong(Long::longValue).sum();
        nanos.put(Group.OTHER, Math.max(0, process - grouped));
        Map<Group, Double> seconds = new EnumMap<>(Group.class);
        nanos.forEach((g, n) -> seconds.put(g, n / 1e9));
        return new Reading(seconds, wall / 1e9, otherPrograms(process, wall));
    }

    /** CPU seconds of one group of threads (not {@link Group#OTHER}) since {@link #start()}; cheap to call often. */
    public double cpuSeconds(Group group) {
        if (group == Group.OTHER) {
            throw new IllegalArgumentException("the rest of the process is known only by read()");
        }
        return groupNanos().getOrDefault(group, 0L) / 1e9;
    }

    private Map<Group, Long> groupNanos() {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        ThreadInfo[] infos = threads.getThreadInfo(ids, 0);
        Map<Group, Long> nanos = new EnumMap<>(Group.class);
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] < 0 || infos[i] == null) {
                continue; // ended meanwhile
            }
            Group group = Group.of(infos[i].getThreadName());
            if (group != Group.OTHER) {
                nanos.merge(group, cpu[i] - startCpu.getOrDefault(ids[i], 0L), Long::sum);
            }
        }
        return nanos;
    }

    /** Cores the machine was busy beyond this process and its children; NaN without {@code /proc/stat}. */
    private double otherPrograms(long processNanos, long wallNanos) {
        long[] machineEnd = machineCpu();
        if (machineStart == null || machineEnd == null || machineEnd[1] <= machineStart[1]) {
            return Double.NaN;
        }
        double busyCores = (double) (machineEnd[0] - machineStart[0]) / (machineEnd[1] - machineStart[1])
                * machineEnd[2];
        long children = 0;
        for (Map.Entry<Long, Long> child : childrenCpu().entrySet()) {
            children += child.getValue() - childrenStart.getOrDefault(child.getKey(), 0L);
        }
        return Math.max(0, busyCores - (double) (processNanos + children) / wallNanos);
    }

    private Map<Long, Long> threadCpu() {
        long[] ids = threads.getAllThreadIds();
        long[] cpu = threads.getThreadCpuTime(ids);
        Map<Long, Long> byId = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (cpu[i] >= 0) {
                byId.put(ids[i], cpu[i]);
            }
        }
        return byId;
    }

    private static Map<Long, Long> childrenCpu() {
        Map<Long, Long> byPid = new HashMap<>();
        ProcessHandle.current().descendants().forEach(p -> p.info().totalCpuDuration()
                .ifPresent(d -> byPid.put(p.pid(), d.toNanos())));
        return byPid;
    }

    /**
     * The machine's busy and total CPU ticks over all cores, and the number of cores, from the first lines of
     * {@code /proc/stat}; null where there is none. Idle and I/O wait count as idle; time stolen by a hypervisor
     * counts as busy (it was not ours to use).
     */
    private static long[] machineCpu() {
        if (!Files.isReadable(PROC_STAT)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(PROC_STAT, StandardCharsets.US_ASCII);
            String[] f = lines.get(0).trim().split("\\s+");
            if (!f[0].equals("cpu") || f.length < 5) {
                return null;
            }
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user .. steal; guest time is inside user
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            long cores = lines.stream().filter(l -> l.matches("cpu\\d+ .*")).count();
            return new long[] {total - idle, total, Math.max(1, cores)};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
