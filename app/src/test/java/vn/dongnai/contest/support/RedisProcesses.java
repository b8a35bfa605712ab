package vn.dongnai.contest.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Real {@code redis-server} processes on free ports, for the Cluster and Sentinel tests: the
 * machine's binary ({@code REDIS_SERVER}, else {@code redis-server} on the PATH), else the Linux
 * binary inside the embedded-redis jar. Without either the calling test is skipped with a message.
 * The Cluster is joined with CLUSTER ADDSLOTS / MEET over Lettuce, so {@code redis-cli} is not needed.
 */
public final class RedisProcesses implements AutoCloseable {

    private final Path binary;
    private final Path dir;
    private final Map<Integer, Process> processes = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    private RedisProcesses(Path binary) {
        this.binary = binary;
        try {
            this.dir = Files.createTempDirectory("contest-redis");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // a test class whose context never started never reaches its @AfterAll: the servers still go
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /** Skips the calling test (with a reason) when no redis-server binary can be found. */
    public static RedisProcesses orSkip() {
        Path binary = binary();
        Assumptions.assumeTrue(binary != null,
                "no redis-server binary (install Debian's redis-server or set REDIS_SERVER): Cluster/Sentinel test skipped");
        return new RedisProcesses(binary);
    }

    private static Path binary() {
        String configured = System.getenv("REDIS_SERVER");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if (!"amd64".equals(System.getProperty("os.arch")) || !System.getProperty("os.name").startsWith("Linux")) {
            return null;
        }
        try (InputStream in = RedisProcesses.class.getResourceAsStream("/redis-server-6.2.6-v5-linux-amd64")) {
            if (in == null) {
                return null;
            }
            Path extracted = Files.createTempFile("redis-server", "");
            Files.copy(in, extracted, StandardCopyOption.REPLACE_EXISTING);
            extracted.toFile().setExecutable(true);
            extracted.toFile().deleteOnExit();
            return extracted;
        } catch (IOException e) {
            return null;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a server (or, with {@code --sentinel}, a Sentinel) on a free port and waits until it
     * answers PING. A port free when chosen can be taken before the server binds it (and a Cluster
     * node also binds port + 10000 for its bus, often inside the kernel's range for outgoing
     * connections): a server that exits at its start is started again on another port.
     */
    public int start(String... settings) {
        boolean cluster = List.of(settings).contains("--cluster-enabled");
        String failure = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = cluster ? freeClusterPort() : freePort();
            failure = launch(port, settings);
            if (failure == null) {
                return port;
            }
        }
        throw new AssertionError(failure);
    }

    /** Starts a server on this very port (a restart where it stood) and waits until it answers PING. */
    public void start(int port, String... settings) {
        String failure = launch(port, settings);
        if (failure != null) {
            throw new AssertionError(failure);
        }
    }

    /** A free port whose Cluster bus port (port + 10000) is free too. */
    private static int freeClusterPort() {
        for (int i = 0; i < 50; i++) {
            int port = freePort();
            if (port + 10000 < 65536 && isFree(port + 10000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port with a free port 10000 above it");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Null once the server answers; else why not, with the end of its log. */
    private String launch(int port, String... settings) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        if (settings.length > 0 && settings[0].startsWith("sentinel monitor")) {
            // a Sentinel rewrites its config file: it needs one of its own
            Path conf = dir.resolve("sentinel-" + port + ".conf");
            try {
                Files.writeString(conf, settings[0]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            command.add(conf.toString());
            command.add("--sentinel");
            settings = new String[0];
        }
        Path data = dir.resolve(String.valueOf(port));
        data.toFile().mkdirs();
        command.addAll(List.of("--port", String.valueOf(port), "--bind", "127.0.0.1", "--dir", data.toString(),
                "--save", "", "--appendonly", "no", "--protected-mode", "no"));
        for (String setting : settings) {
            command.add(setting);
        }
        Path log = dir.resolve("redis-" + port + ".log");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + binary + ": " + e.getMessage(), e);
        }
        boolean settled = waitUntil(Duration.ofSeconds(10), () -> !process.isAlive() || ping(port));
        if (!settled) {
            process.destroyForcibly();
            return "redis on port " + port + " did not answer within 10 s: " + tail(log);
        }
        if (!process.isAlive()) {
            return "redis on port " + port + " exited at its start: " + tail(log);
        }
        processes.put(port, process);
        return null;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Ends a server at once (SIGKILL), as a crashed machine would. */
    public void kill(int port) {
        Process process = processes.remove(port);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A Sentinel watching the master {@code name} on {@code masterPort} with a quorum of two; it
     * calls the master down after one second without an answer.
     */
    public int sentinel(String name, int masterPort) {
        return start("sentinel monitor " + name + " 127.0.0.1 " + masterPort + " 2\n"
                + "sentinel down-after-milliseconds " + name + " 1000\n"
                + "sentinel failover-timeout " + name + " 5000\n");
    }

    /** Three masters holding the 16384 slots between them; returns their ports. */
    public List<Integer> cluster(int masters) {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < masters; i++) {
            ports.add(start("--cluster-enabled", "yes", "--cluster-config-file", "nodes-" + i + ".conf",
                    "--cluster-node-timeout", "2000"));
        }
        int perNode = 16384 / masters;
        for (int i = 0; i < masters; i++) {
            int from = i * perNode;
            int to = i == masters - 1 ? 16383 : from + perNode - 1;
            int[] slots = new int[to - from + 1];
            for (int s = from; s <= to; s++) {
                slots[s - from] = s;
            }
            int port = ports.get(i);
            run(port, c -> {
                c.sync().clusterAddSlots(slots);
                for (int other : ports) {
                    if (other != port) {
                        c.sync().clusterMeet("127.0.0.1", other);
                    }
                }
            });
        }
        for (int port : ports) {
            awaitTrue(Duration.ofSeconds(20), () -> withConnection(port, c -> c.sync().clusterInfo().contains("cluster_state:ok")),
                    "the cluster did not come up on port " + port);
        }
        return ports;
    }

    public static boolean ping(int port) {
        try {
            return withConnection(port, c -> "PONG".equals(c.sync().ping()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    public interface Use<T> {
        T apply(StatefulRedisConnection<String, String> connection);
    }

    public interface Action {
        void accept(StatefulRedisConnection<String, String> connection);
    }

    public static void run(int port, Action action) {
        withConnection(port, (Use<Void>) c -> {
            action.accept(c);
            return null;
        });
    }

    public static <T> T withConnection(int port, Use<T> use) {
        RedisClient client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port)
                .withTimeout(Duration.ofSeconds(2)).build());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return use.apply(connection);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    public static void awaitTrue(Duration within, BooleanSupplier condition, String failure) {
        if (!waitUntil(within, condition)) {
            throw new AssertionError(failure);
        }
    }

    /** Whether the condition held within the time (looked at every 100 ms; a condition that throws is not yet true). */
    private static boolean waitUntil(Duration within, BooleanSupplier condition) {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException ignored) {
                // not yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    @Override
    public void close() {
        for (int port : List.copyOf(processes.keySet())) {
            kill(port);
        }
    }
}
