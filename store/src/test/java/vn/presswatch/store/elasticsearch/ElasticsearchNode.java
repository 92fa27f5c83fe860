package vn.presswatch.store.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch 9.2 server for integration tests and benchmarks.
 *
 * <p>The store module's build unpacks the {@code integ-test-zip} distribution (Maven Central artifact
 * {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:9.2.0}) into
 * {@code store/target/elasticsearch-9.2.0}. This class copies it into a fresh temporary working directory,
 * starts it as a daemon bound to 127.0.0.1 on a free port, waits until {@code /_cluster/health} reports
 * green or yellow, and stops it (and deletes the working copy) when asked or when the JVM exits.
 *
 * <p>Things worth knowing about this distribution (see {@code /work/shared/DESIGN.md}):
 * <ul>
 *   <li>it ships no JDK, so a JDK 21+ is looked up ({@code ES_JAVA_HOME}, {@code JAVA_HOME}, the running
 *       JVM, then {@code /usr/lib/jvm/*}) and passed as {@code ES_JAVA_HOME};</li>
 *   <li>it refuses to run as root, so when the tests run as root the node runs as the system user
 *       {@value #SERVICE_USER} (created if missing) via {@code runuser};</li>
 *   <li>{@code GET /} answers 405, so readiness is probed with {@code /_cluster/health} only.</li>
 * </ul>
 *
 * <p>POSIX only (Linux/macOS): it relies on the shell launcher, POSIX permissions and signals.
 *
 * <p>System properties: {@value #HOME_PROPERTY} (the unpacked distribution; set by failsafe) and
 * {@value #HEAP_PROPERTY} (heap size, default {@value #DEFAULT_HEAP}).
 */
public final class ElasticsearchNode {

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchNode.class);

  /** System property naming the unpacked distribution directory. */
  public static final String HOME_PROPERTY = "presswatch.elasticsearch.home";
  /** System property with the node's heap size ({@code -Xms}/{@code -Xmx}), e.g. {@code 512m}. */
  public static final String HEAP_PROPERTY = "presswatch.elasticsearch.heap";

  private static final String DEFAULT_HEAP = "1g";
  private static final String DISTRIBUTION_DIR = "elasticsearch-9.2.0";
  private static final String SERVICE_USER = "presswatch-es";
  private static final String CLUSTER_NAME = "presswatch-test";
  private static final String LOOPBACK = "127.0.0.1";
  private static final int MIN_JAVA_MAJOR = 21;
  private static final Path JVM_DIR = Path.of("/usr/lib/jvm");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
  private static final int TAIL_LINES = 40;

  /** Environment variables the JVM or the launcher would pick up and that must not leak into the node. */
  private static final List<String> STRIPPED_ENV = List.of(
      "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS", "CLI_JAVA_OPTS",
      "JAVA_HOME", "ES_PATH_CONF", "ES_HOME");

  private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?([^\"\\s]+)\"?\\s*$");
  private static final Pattern HEALTH_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow|red)\"");

  /** The node shared by everything in this JVM; guarded by the class lock. */
  private static ElasticsearchNode shared;

  private final int port;
  private final Path workDir;
  private final ProcessHandle process;
  /** Guarded by {@code this}. */
  private boolean stopped;

  private ElasticsearchNode(int port, Path workDir, ProcessHandle process) {
    this.port = port;
    this.workDir = workDir;
    this.process = process;
  }

  /**
   * Returns the node shared by this JVM, starting it on the first call (or again if it was stopped). A JVM
   * shutdown hook stops it.
   *
   * @throws IllegalStateException if the distribution or a JDK 21+ is missing or the node does not start
   */
  public static synchronized ElasticsearchNode shared() {
    if (shared == null || shared.isStopped()) {
      ElasticsearchNode node = start();
      Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "presswatch-es-shutdown"));
      shared = node;
    }
    return shared;
  }

  /** The HTTP endpoint, {@code http://127.0.0.1:PORT}. */
  public String httpUrl() {
    return "http://" + LOOPBACK + ":" + port;
  }

  /** The HTTP port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** Whether {@link #stop()} has been called. */
  public synchronized boolean isStopped() {
    return stopped;
  }

  /**
   * Stops the node (SIGTERM, then SIGKILL after 30 s) and deletes its working copy. Safe to call more than
   * once and from a shutdown hook.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    long startNanos = System.nanoTime();
    boolean graceful = terminate(process);
    try {
      deleteRecursively(workDir);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Could not delete the Elasticsearch working copy {}", workDir, e);
    }
    LOG.info("Stopped Elasticsearch on port {} (pid {}{}) in {} s", port, process.pid(),
        graceful ? "" : ", had to kill it", seconds(startNanos));
  }

  @Override
  public String toString() {
    return "ElasticsearchNode[" + httpUrl() + ", pid " + process.pid() + ", " + workDir + "]";
  }

  // ---------------------------------------------------------------------------------------------------
  // Start-up
  // ---------------------------------------------------------------------------------------------------

  private static ElasticsearchNode start() {
    long startNanos = System.nanoTime();
    Path distribution = findDistribution();
    Jdk jdk = findJdk();
    boolean root = runningAsRoot();
    if (root) {
      ensureServiceUser();
    }
    int[] ports = freePorts(2);
    int httpPort = ports[0];
    int transportPort = ports[1];
    String heap = System.getProperty(HEAP_PROPERTY, DEFAULT_HEAP).trim();

    Path workDir = null;
    Process launcher = null;
    ProcessHandle server = null;
    // Until the node is handed out, this hook cleans up if the JVM is interrupted mid start-up.
    Startup startup = new Startup();
    Thread startupHook = new Thread(startup::abort, "presswatch-es-startup-cleanup");
    Runtime.getRuntime().addShutdownHook(startupHook);
    try {
      workDir = prepareWorkingCopy(distribution, root);
      startup.workDir = workDir;
      Path pidFile = workDir.resolve("es.pid");
      Path launcherLog = workDir.resolve("launcher.log");

      List<String> command = new ArrayList<>();
      if (root) {
        // runuser keeps the environment (only HOME, SHELL, USER and LOGNAME change), so ES_JAVA_HOME etc.
        // set below reach the launcher.
        command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
      }
      command.add(workDir.resolve("bin").resolve("elasticsearch").toString());
      command.addAll(List.of("-d", "-p", pidFile.toString()));
      for (String setting : List.of(
          "discovery.type=single-node",
          "xpack.security.enabled=false",
          "network.host=" + LOOPBACK,
          "http.port=" + httpPort,
          "transport.port=" + transportPort,
          "path.data=" + workDir.resolve("data"),
          "path.logs=" + workDir.resolve("logs"),
          "cluster.routing.allocation.disk.threshold_enabled=false",
          "action.destructive_requires_name=false",
          "cluster.name=" + CLUSTER_NAME)) {
        command.add("-E");
        command.add(setting);
      }

      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          // A file, not a pipe: the daemonised server may keep the descriptor open after the launcher exits.
          .redirectOutput(launcherLog.toFile());
      Map<String, String> env = builder.environment();
      STRIPPED_ENV.forEach(env::remove);
      env.put("ES_JAVA_HOME", jdk.home().toString());
      env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
      // Otherwise the launcher creates /tmp/elasticsearch-NNN and nobody deletes it.
      env.put("ES_TMPDIR", workDir.resolve("tmp").toString());

      launcher = builder.start();
      startup.launcher = launcher;
      server = awaitHealthy(launcher, pidFile, httpPort, startup);

      ElasticsearchNode node = new ElasticsearchNode(httpPort, workDir, server);
      LOG.info("Started Elasticsearch on port {} (pid {}, JDK {} at {}, heap {}{}) in {} s", httpPort,
          server.pid(), jdk.version(), jdk.home(), heap, root ? ", as user " + SERVICE_USER : "",
          seconds(startNanos));
      startup.workDir = null; // the node owns it now
      startup.launcher = null;
      startup.server = null;
      return node;
    } catch (StartupFailure e) {
      // Gather the logs before the working copy is deleted.
      String message = e.getMessage() + logTails(workDir);
      startup.abort();
      throw new IllegalStateException(message);
    } catch (IOException e) {
      startup.abort();
      throw new IllegalStateException("Could not start Elasticsearch: " + e + logTails(workDir), e);
    } catch (RuntimeException | Error e) {
      startup.abort();
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(startupHook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting; the hook runs anyway.
      }
    }
  }

  /**
   * Polls {@code /_cluster/health} until green or yellow, while watching the launcher and the server pid.
   * Returns the server's process handle.
   */
  private static ProcessHandle awaitHealthy(Process launcher, Path pidFile, int httpPort, Startup startup)
      throws StartupFailure {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create(
            "http://" + LOOPBACK + ":" + httpPort + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
        .timeout(Duration.ofSeconds(15))
        .GET()
        .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    ProcessHandle server = null;
    String lastAnswer = "no answer yet";
    while (true) {
      // The launcher (bin/elasticsearch -d) exits 0 once the daemonised server has started, non-zero on error.
      if (!launcher.isAlive() && launcher.exitValue() != 0) {
        throw new StartupFailure("Elasticsearch did not start: the launcher bin/elasticsearch exited with code "
            + launcher.exitValue() + ".");
      }
      if (server == null) {
        server = readPid(pidFile).flatMap(ProcessHandle::of).orElse(null);
        startup.server = server;
        if (server == null && readPid(pidFile).isPresent()) {
          throw new StartupFailure("Elasticsearch did not start: the process with the pid in " + pidFile
              + " (" + readPid(pidFile).get() + ") is already gone.");
        }
      }
      if (server != null && !server.isAlive()) {
        throw new StartupFailure("Elasticsearch did not start: its process (pid " + server.pid() + ") died.");
      }
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String status = healthStatus(response.body());
        lastAnswer = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
        if (response.statusCode() == 200 && ("green".equals(status) || "yellow".equals(status))) {
          if (server == null) {
            // Healthy before the pid file was read: read it now, it is written early in start-up.
            server = readPid(pidFile).flatMap(ProcessHandle::of).orElseThrow(() -> new StartupFailure(
                "Elasticsearch answers on port " + httpPort + " but " + pidFile + " names no live process."));
          }
          return server;
        }
      } catch (IOException e) {
        lastAnswer = e.toString(); // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StartupFailure("Interrupted while waiting for Elasticsearch to start.");
      }
      if (System.nanoTime() - deadline > 0) {
        throw new StartupFailure("Elasticsearch did not report green or yellow on " + health.uri() + " within "
            + START_TIMEOUT.toSeconds() + " s (launcher " + (launcher.isAlive() ? "still running"
            : "exited with code " + launcher.exitValue()) + ", server pid "
            + (server == null ? "unknown" : server.pid()) + "). Last answer: " + lastAnswer);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StartupFailure("Interrupted while waiting for Elasticsearch to start.");
      }
    }
  }

  private static String healthStatus(String body) {
    Matcher matcher = HEALTH_STATUS.matcher(body);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      String text = Files.readString(pidFile, StandardCharsets.UTF_8).trim();
      return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // not written (completely) yet
    }
  }

  /** What a failed or interrupted start-up has to clean up. */
  private static final class Startup {
    volatile Path workDir;
    volatile Process launcher;
    volatile ProcessHandle server;

    synchronized void abort() {
      ProcessHandle serverHandle = server;
      if (serverHandle != null) {
        terminate(serverHandle);
      }
      Process launcherProcess = launcher;
      if (launcherProcess != null) {
        // runuser -> bash -> launcher JVM -> server JVM, while the server is not yet daemonised.
        launcherProcess.descendants().forEach(ProcessHandle::destroyForcibly);
        launcherProcess.destroyForcibly();
      }
      Path dir = workDir;
      if (dir != null) {
        try {
          deleteRecursively(dir);
        } catch (IOException | UncheckedIOException e) {
          LOG.warn("Could not delete the Elasticsearch working copy {}", dir, e);
        }
      }
      server = null;
      launcher = null;
      workDir = null;
    }
  }

  /** A start-up failure whose message is completed with log tails before it is rethrown. */
  private static final class StartupFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StartupFailure(String message) {
      super(message);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Distribution, working copy, JDK, user, ports
  // ---------------------------------------------------------------------------------------------------

  private static Path findDistribution() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty(HOME_PROPERTY);
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property.trim()));
    } else {
      candidates.add(Path.of("target", DISTRIBUTION_DIR));
      candidates.add(Path.of("store", "target", DISTRIBUTION_DIR));
    }
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate.resolve("bin").resolve("elasticsearch"))) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    StringBuilder searched = new StringBuilder();
    for (Path candidate : candidates) {
      searched.append(searched.length() == 0 ? "" : ", ").append(candidate.toAbsolutePath().normalize());
    }
    throw new IllegalStateException("The Elasticsearch distribution is missing: no bin/elasticsearch in "
        + searched + (property != null && !property.isBlank() ? " (system property " + HOME_PROPERTY + ")"
        : " (system property " + HOME_PROPERTY + " is not set; working directory "
        + Path.of("").toAbsolutePath() + ")")
        + ". Run `mvn -pl store process-test-resources` to unpack "
        + "org.elasticsearch.distribution.integ-test-zip:elasticsearch:9.2.0 into store/target/" + DISTRIBUTION_DIR
        + ".");
  }

  /**
   * Copies the distribution into a fresh temporary directory with {@code data/}, {@code logs/} and
   * {@code tmp/}, restores the execute bits of {@code bin/*} and {@code *}{@code /bin/*}, and, as root,
   * hands the copy to {@value #SERVICE_USER}. The original distribution is not touched.
   */
  private static Path prepareWorkingCopy(Path distribution, boolean root) throws IOException {
    Path workDir = Files.createTempDirectory(tempBase(root), "presswatch-es-");
    try {
      // createTempDirectory makes it rwx------; the unprivileged user must be able to enter it.
      Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
      copyTree(distribution, workDir);
      for (String sub : List.of("data", "logs", "tmp")) {
        Files.createDirectories(workDir.resolve(sub));
      }
      makeBinariesExecutable(workDir);
      if (root) {
        run(List.of("chown", "-R", SERVICE_USER, workDir.toString()), "hand the working copy to " + SERVICE_USER);
      }
      return workDir;
    } catch (IOException | RuntimeException e) {
      try {
        deleteRecursively(workDir);
      } catch (IOException | UncheckedIOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The default temporary directory, unless we are root and {@value #SERVICE_USER} could not traverse it
   * (e.g. {@code -Djava.io.tmpdir=/root/tmp}); then {@code /tmp}.
   */
  private static Path tempBase(boolean root) throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    if (!root) {
      return base;
    }
    for (Path dir = base; dir != null; dir = dir.getParent()) {
      if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
        return Path.of("/tmp");
      }
    }
    return base;
  }

  private static void copyTree(Path source, Path target) throws IOException {
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Path copy = target.resolve(source.relativize(dir).toString());
        if (!Files.isDirectory(copy)) {
          Files.copy(dir, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
            LinkOption.NOFOLLOW_LINKS);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Zip unpacking may drop the mode bits: make every regular file in a {@code bin} directory executable. */
  private static void makeBinariesExecutable(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path parent = file.getParent();
        if (parent != null && parent.getFileName() != null && "bin".equals(parent.getFileName().toString())
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
          permissions.addAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE,
              PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
              PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
          Files.setPosixFilePermissions(file, permissions);
        }
      }
    }
  }

  /** A JDK home with its version as read from its {@code release} file. */
  private record Jdk(Path home, String version, int major) {
  }

  /**
   * The JDK for the node: {@code ES_JAVA_HOME}, then {@code JAVA_HOME}, then the running JVM, the first that
   * is 21+; otherwise the newest 21+ under {@code /usr/lib/jvm}.
   */
  private static Jdk findJdk() {
    List<String> searched = new ArrayList<>();
    for (String variable : List.of("ES_JAVA_HOME", "JAVA_HOME")) {
      String value = System.getenv(variable);
      if (value == null || value.isBlank()) {
        searched.add(variable + " (not set)");
        continue;
      }
      Optional<Jdk> jdk = inspectJdk(Path.of(value.trim()));
      searched.add(variable + "=" + value.trim() + describe(jdk));
      if (jdk.isPresent() && jdk.get().major() >= MIN_JAVA_MAJOR) {
        return jdk.get();
      }
    }
    Path running = Path.of(System.getProperty("java.home"));
    Optional<Jdk> runningJdk = inspectJdk(running);
    searched.add("the running JVM " + running + describe(runningJdk));
    if (runningJdk.isPresent() && runningJdk.get().major() >= MIN_JAVA_MAJOR) {
      return runningJdk.get();
    }
    Jdk best = null;
    if (Files.isDirectory(JVM_DIR)) {
      try (Stream<Path> dirs = Files.list(JVM_DIR)) {
        for (Path dir : dirs.sorted().toList()) {
          if (!Files.isDirectory(dir)) {
            continue;
          }
          Optional<Jdk> jdk = inspectJdk(dir);
          searched.add(dir + describe(jdk));
          if (jdk.isPresent() && jdk.get().major() >= MIN_JAVA_MAJOR
              && (best == null || compareVersions(jdk.get().version(), best.version()) > 0)) {
            best = jdk.get();
          }
        }
      } catch (IOException e) {
        searched.add(JVM_DIR + " (unreadable: " + e + ")");
      }
    } else {
      searched.add(JVM_DIR + " (missing)");
    }
    if (best != null) {
      return best;
    }
    throw new IllegalStateException("Elasticsearch 9.2 needs a JDK " + MIN_JAVA_MAJOR
        + "+ and none was found. Searched: " + String.join("; ", searched)
        + ". Set ES_JAVA_HOME to a JDK " + MIN_JAVA_MAJOR + "+ home (one with bin/java and a release file).");
  }

  private static String describe(Optional<Jdk> jdk) {
    return jdk.map(j -> " (Java " + j.version() + ")").orElse(" (no bin/java or no JAVA_VERSION in release)");
  }

  /** Reads {@code JAVA_VERSION="25.0.1"} from {@code <home>/release}; empty if not a usable JDK. */
  private static Optional<Jdk> inspectJdk(Path home) {
    Path java = home.resolve("bin").resolve("java");
    Path release = home.resolve("release");
    if (!Files.isExecutable(java) || !Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        Matcher matcher = JAVA_VERSION.matcher(line.trim());
        if (matcher.matches()) {
          String version = matcher.group(1);
          return Optional.of(new Jdk(home.toAbsolutePath().normalize(), version, majorVersion(version)));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** {@code "25.0.1"} gives 25, {@code "21-ea"} 21, the old {@code "1.8.0_292"} 8; unparsable gives 0. */
  private static int majorVersion(String version) {
    int[] parts = versionNumbers(version);
    if (parts.length == 0) {
      return 0;
    }
    return parts[0] == 1 && parts.length > 1 ? parts[1] : parts[0];
  }

  private static int compareVersions(String a, String b) {
    return Arrays.compare(versionNumbers(a), versionNumbers(b));
  }

  private static int[] versionNumbers(String version) {
    List<Integer> numbers = new ArrayList<>();
    for (String part : version.split("[^0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        numbers.add(Integer.parseInt(part));
      } catch (NumberFormatException e) {
        break;
      }
    }
    return numbers.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean runningAsRoot() {
    if ("root".equals(System.getProperty("user.name"))) {
      return true;
    }
    try {
      CommandResult id = run(List.of("id", "-u"));
      return id.exitCode() == 0 && "0".equals(id.output().trim());
    } catch (IOException e) {
      return false; // no id(1): not a Unix we know; assume unprivileged
    }
  }

  /** Creates the system user {@value #SERVICE_USER} unless it exists. */
  private static void ensureServiceUser() {
    try {
      if (run(List.of("id", "-u", SERVICE_USER)).exitCode() == 0) {
        return;
      }
      CommandResult useradd = run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
          SERVICE_USER));
      // Another JVM may have created it in between.
      if (useradd.exitCode() != 0 && run(List.of("id", "-u", SERVICE_USER)).exitCode() != 0) {
        throw new IllegalStateException("Elasticsearch refuses to run as root and the user " + SERVICE_USER
            + " could not be created: useradd exited with " + useradd.exitCode() + ": " + useradd.output().trim());
      }
      LOG.info("Created the system user {} to run Elasticsearch (it refuses to run as root)", SERVICE_USER);
    } catch (IOException e) {
      throw new IllegalStateException("Elasticsearch refuses to run as root and the user " + SERVICE_USER
          + " could not be looked up or created (are id and useradd installed?): " + e, e);
    }
  }

  /** Distinct free ports on 127.0.0.1: all sockets are bound before any is closed. */
  private static int[] freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      InetAddress loopback = InetAddress.getByName(LOOPBACK);
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket();
        sockets.add(socket);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(loopback, 0));
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not find a free port on " + LOOPBACK, e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // nothing useful to do
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------------

  /** SIGTERM, wait up to 30 s, then SIGKILL. Returns false if it had to be killed. */
  private static boolean terminate(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return true;
    }
    handle.destroy();
    if (awaitExit(handle, STOP_TIMEOUT)) {
      return true;
    }
    LOG.warn("Elasticsearch (pid {}) did not stop within {} s of SIGTERM; killing it", handle.pid(),
        STOP_TIMEOUT.toSeconds());
    handle.destroyForcibly();
    awaitExit(handle, Duration.ofSeconds(10));
    return false;
  }

  private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (handle.isAlive()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !handle.isAlive();
      }
    }
    return true;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** The last lines of the node's log and of the launcher's output, for failure messages. */
  private static String logTails(Path workDir) {
    if (workDir == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Path logs = workDir.resolve("logs");
    Path nodeLog = logs.resolve(CLUSTER_NAME + ".log");
    if (!Files.isRegularFile(nodeLog)) {
      nodeLog = newestLog(logs).orElse(null);
    }
    if (nodeLog == null) {
      out.append("\n--- no node log file in ").append(logs).append(" ---");
    } else {
      out.append("\n--- last ").append(TAIL_LINES).append(" lines of ").append(nodeLog).append(" ---\n")
          .append(tail(nodeLog));
    }
    Path launcherLog = workDir.resolve("launcher.log");
    out.append("\n--- last ").append(TAIL_LINES).append(" lines of the launcher's output (").append(launcherLog)
        .append(") ---\n").append(tail(launcherLog));
    return out.toString();
  }

  private static Optional<Path> newestLog(Path logs) {
    if (!Files.isDirectory(logs)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(logs)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("gc.log"))
          .max(Comparator.comparingLong(p -> p.toFile().lastModified()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String tail(Path file) {
    try {
      // Lenient decoding: a log may end in the middle of a multi-byte character.
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      List<String> lines = text.lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
  }

  private static String seconds(long startNanos) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
  }

  private record CommandResult(int exitCode, String output) {
  }

  private static void run(List<String> command, String purpose) throws IOException {
    CommandResult result = run(command);
    if (result.exitCode() != 0) {
      throw new IOException("Could not " + purpose + ": " + String.join(" ", command) + " exited with "
          + result.exitCode() + ": " + result.output().trim());
    }
  }

  /** Runs a short command, merging stderr into stdout; waits up to a minute. */
  private static CommandResult run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (InputStream in = process.getInputStream()) {
      process.getOutputStream().close();
      String output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish within " + COMMAND_TIMEOUT.toSeconds()
            + " s");
      }
      return new CommandResult(process.exitValue(), output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("Interrupted while running " + String.join(" ", command), e);
    }
  }
}
