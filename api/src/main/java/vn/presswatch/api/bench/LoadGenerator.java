package vn.presswatch.api.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * HTTP load: each of {@code clients} threads sends the next request of the mix when the previous one is answered
 * and its think time has passed (none: closed loop, the heaviest load; a second or more: people reading pages),
 * until the time is up, the request budget is spent, or the caller says stop. Any answer but 2xx,
 * and any request that gets no answer, is a failure. Requests are authenticated with one header (an API token).
 */
public final class LoadGenerator {
    /** Name prefix of the client threads. */
    static final String CLIENT_THREAD = "bench-client-";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int FAILURE_SAMPLES = 5;

    /**
     * What a load run did.
     *
     * @param endpoints      latencies per endpoint, in the order of the mix
     * @param seconds        how long the load ran
     * @param failureSamples the first few failures, each with its request and status or error
     * @param cpu            this process's CPU during the run, by what its threads do
     * @param stopped        whether the caller's stop condition ended the run (rather than time or budget)
     */
    public record Result(List<LatencySummary> endpoints, double seconds, List<String> failureSamples,
                         ThreadCpuMeter.Reading cpu, boolean stopped) {
        public Result {
            endpoints = List.copyOf(endpoints);
            failureSamples = List.copyOf(failureSamples);
            Objects.requireNonNull(cpu, "cpu");
        }

        public long requests() {
            return endpoints.stream().mapToLong(LatencySummary::requests).sum();
        }

        public long failures() {
            return endpoints.stream().mapToLong(LatencySummary::failures).sum();
        }

        public double requestsPerSecond() {
            return seconds <= 0 ? 0 : requests() / seconds;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final List<LoadRequest> mix;
    private final int clients;
    private final Duration thinkTime;

    /**
     * @param base          e.g. {@code http://127.0.0.1:41234}
     * @param authorization the Authorization header of every request
     * @param mix           the requests, sent in turn (each client starts at a different one)
     * @param clients       concurrent clients, each a thread
     * @param thinkTime     pause of a client between an answer and its next request; zero for none
     */
    public LoadGenerator(URI base, String authorization, List<LoadRequest> mix, int clients, Duration thinkTime) {
        this.base = Objects.requireNonNull(base, "base");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.mix = List.copyOf(mix);
        if (this.mix.isEmpty() || clients < 1) {
            throw new IllegalArgumentException("a load run needs requests and at least one client");
        }
        this.clients = clients;
        this.thinkTime = Objects.requireNonNull(thinkTime, "thinkTime");
        // HTTP/1.1 with a connection per client, as browsers and scripts talk to the server.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Runs the load and returns when every client has stopped.
     *
     * @param duration    longest run
     * @param maxRequests most requests over all clients
     * @param stop        checked before each request: true ends the run early
     */
    public Result run(Duration duration, long maxRequests, BooleanSupplier stop) throws InterruptedException {
        Map<String, Recorder> recorders = new ConcurrentHashMap<>();
        mix.forEach(r -> recorders.computeIfAbsent(r.endpoint(), e -> new Recorder()));
        List<String> samples = new ArrayList<>();
        AtomicLong budget = new AtomicLong(maxRequests);
        long t0 = System.nanoTime();
        long deadline = t0 + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        ThreadCpuMeter cpu = ThreadCpuMeter.start();
        AtomicBoolean stopped = new AtomicBoolean();
        BooleanSupplier stopAndNote = () -> {
            boolean now = stop.getAsBoolean();
            if (now) {
                stopped.set(true);
            }
            return now;
        };
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread thread = new Thread(() -> client(first, deadline, budget, stopAndNote, recorders, samples),
                    CLIENT_THREAD + (c + 1));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ThreadCpuMeter.Reading spent = cpu.read();
        List<LatencySummary> summaries = new ArrayList<>();
        mix.stream().map(LoadRequest::endpoint).distinct().forEach(e -> summaries.add(recorders.get(e).summary(e)));
        synchronized (samples) {
            return new Result(summaries, seconds, samples, spent, stopped.get());
        }
    }

    private void client(int first, long deadline, AtomicLong budget, BooleanSupplier stop,
                        Map<String, Recorder> recorders, List<String> samples) {
        for (int i = first; System.nanoTime() < deadline && !stop.getAsBoolean() && budget.getAndDecrement() > 0;
             i++) {
            LoadRequest request = mix.get(i % mix.size());
            HttpRequest http = HttpRequest.newBuilder(base.resolve(request.pathAndQuery()))
                    .header("Authorization", authorization).header("Accept", "application/json")
                    .timeout(REQUEST_TIMEOUT).GET().build();
            String failure = null;
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = this.http.send(http, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 != 2) {
                    failure = "HTTP " + response.statusCode();
                }
            } catch (IOException e) {
                failure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            recorders.get(request.endpoint()).add(System.nanoTime() - start, failure != null);
            if (!thinkTime.isZero()) {
                try {
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    Thread.sleep(Math.max(0, Math.min(thinkTime.toMillis(), left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failure != null) {
                synchronized (samples) {
                    if (samples.size() < FAILURE_SAMPLES) {
                        samples.add(String.format(Locale.ROOT, "%s: %s", request.pathAndQuery(), failure));
                    }
                }
            }
        }
    }

    /** Latencies of one endpoint, from all clients. */
    private static final class Recorder {
        private long[] nanos = new long[1024];
        private int size;
        private long failures;

        synchronized void add(long latency, boolean failed) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = latency;
            if (failed) {
                failures++;
            }
        }

        synchronized LatencySummary summary(String endpoint) {
            return LatencySummary.of(endpoint, Arrays.copyOf(nanos, size), failures);
        }
    }
}
