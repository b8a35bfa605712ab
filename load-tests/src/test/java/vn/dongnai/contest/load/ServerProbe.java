package vn.dongnai.contest.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the server spent while the load ran: CPU-seconds of the app, the database, Redis, the load
 * generator and the whole machine (from /proc, so Linux only), and the app's peaks from its own
 * {@code /prometheus}: heap in use, resident memory, pool connections in use and waiting.
 */
final class ServerProbe implements AutoCloseable {

    /** A rise of the app's connections within one sample worth naming in the summary. */
    private static final int JUMP = 50;

    record Cpu(String name, double seconds, String note) {
    }

    record Figures(double wallSeconds, List<Cpu> cpu, double machineBusyPercent, long heapPeakBytes,
                   long heapMaxBytes, long rssPeakBytes, int poolActivePeak, int poolPendingPeak,
                   int threadsPeak, double gcPauseSeconds, int gcPauses, String database, String connections) {
    }

    private final String baseUrl;
    private final String authorization;
    private final Long appPid;
    private final ProcessHandle gatling;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread sampler;
    private final Consumer<String> progress;
    private final RedoLog redo;
    private final int appPort;
    private volatile int connectionsFirst = -1;
    private volatile int connectionsPeak;
    private volatile int lastConnections;
    private final List<String> connectionJumps = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile boolean scrapeRefusedReported;
    /** One line a second of the lanes' state (admission.tsv): why starts waited, when they did. */
    private final Path admissionLog;
    private boolean admissionLogStarted;
    /** The tracked counters ({@link #TRACKED}) at the last line, for the line's per-second figures. */
    private double[][] trackedBefore;

    private final long startNanos = System.nanoTime();
    private final double appCpuStart;
    private final double gatlingCpuStart;
    private final Services servicesStart;
    private final double databaseCpuStart;
    private final double redisCpuStart;
    private final long[] machineStart;
    private final double gcStart;
    private final long gcCountStart;
    private volatile double gatlingCpuLast;
    private volatile long heapPeak;
    private volatile long heapMax;
    private volatile int poolActivePeak;
    private volatile int poolPendingPeak;
    private volatile int threadsPeak;

    /** The database and Redis processes: the platform's own children when embedded, else the machine's. */
    record Services(Optional<ProcessHandle> database, Optional<ProcessHandle> redis, boolean shared) {
        static Services find(Long appPid) {
            List<ProcessHandle> children = appPid == null ? List.of()
                    : ProcessHandle.of(appPid).map(p -> p.descendants().toList()).orElse(List.of());
            Optional<ProcessHandle> db = named(children, "mariadbd", "mysqld");
            Optional<ProcessHandle> redis = named(children, "redis-server");
            boolean shared = db.isEmpty() || redis.isEmpty();
            List<ProcessHandle> all = ProcessHandle.allProcesses().toList();
            return new Services(db.or(() -> named(all, "mariadbd", "mysqld")),
                    redis.or(() -> named(all, "redis-server")), shared);
        }

        /** By /proc/pid/comm: redis-server runs as a link to redis-check-rdb, so the executable's name misleads. */
        private static Optional<ProcessHandle> named(List<ProcessHandle> processes, String... names) {
            // by prefix: an embedded Redis runs as "redis-server-6.2…", which comm cuts to 15 characters
            return processes.stream().filter(p -> {
                String comm = comm(p.pid());
                return List.of(names).stream().anyMatch(comm::startsWith);
            }).findFirst();
        }

        private static String comm(long pid) {
            try {
                return Files.readString(Path.of("/proc/" + pid + "/comm")).trim();
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }

    ServerProbe(String baseUrl, String authorization, Long appPid, ProcessHandle gatling, Consumer<String> progress,
                RedoLog redo, Path admissionLog) {
        this.baseUrl = baseUrl;
        this.admissionLog = admissionLog;
        this.redo = redo;
        this.appPort = URI.create(baseUrl).getPort();
        this.authorization = authorization;
        this.appPid = appPid;
        this.gatling = gatling;
        this.progress = progress;
        this.appCpuStart = appPid == null ? 0 : cpuSeconds(appPid);
        this.gatlingCpuStart = cpuSeconds(gatling.pid());
        this.servicesStart = Services.find(appPid);
        this.databaseCpuStart = servicesStart.database.map(p -> cpuSeconds(p.pid())).orElse(Double.NaN);
        this.redisCpuStart = servicesStart.redis.map(p -> cpuSeconds(p.pid())).orElse(Double.NaN);
        this.machineStart = machine();
        Metrics first = scrape();
        this.gcStart = first.gcSeconds;
        this.gcCountStart = first.gcCount;
        this.sampler = Thread.ofPlatform().daemon().name("server-probe").start(this::sample);
    }

    /**
     * /prometheus answers only the monitoring credential: the one the load-test platform set, or
     * MONITORING_USER / MONITORING_PASSWORD for a platform started some other way.
     */
    static String monitoringCredential(java.util.Properties state) {
        String user = state.getProperty("monitoringUser", System.getenv().getOrDefault("MONITORING_USER", "monitoring"));
        String password = state.getProperty("monitoringPassword", System.getenv("MONITORING_PASSWORD"));
        if (password == null || password.isEmpty()) {
            return null;
        }
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void sample() {
        long lastReport = System.nanoTime();
        double lastCpu = appCpuStart;
        while (running) {
            Metrics m = scrape();
            heapPeak = Math.max(heapPeak, m.heapUsed);
            heapMax = Math.max(heapMax, m.heapMax);
            poolActivePeak = Math.max(poolActivePeak, m.poolActive);
            poolPendingPeak = Math.max(poolPendingPeak, m.poolPending);
            threadsPeak = Math.max(threadsPeak, m.threads);
            countConnections();
            logAdmission(m);
            double g = cpuSeconds(gatling.pid());
            if (!Double.isNaN(g) && g > 0) {
                gatlingCpuLast = g;
            }
            long now = System.nanoTime();
            if (now - lastReport >= 10_000_000_000L) {
                double cpu = cpuSeconds(appPid);
                progress.accept(String.format("  %4.0f s  app CPU %3.0f %%  heap %4d MB  pool in use %2d, waiting %3d",
                        (now - startNanos) / 1e9, 100 * (cpu - lastCpu) / ((now - lastReport) / 1e9),
                        m.heapUsed >> 20, m.poolActive, m.poolPending));
                lastCpu = cpu;
                lastReport = now;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Figures finish() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Metrics last = scrape();
        heapPeak = Math.max(heapPeak, last.heapUsed);
        double wall = (System.nanoTime() - startNanos) / 1e9;
        String where = servicesStart.shared ? "machine's process, shared with anyone else using it" : "embedded";
        List<Cpu> cpu = new ArrayList<>();
        cpu.add(new Cpu("app", appPid == null ? Double.NaN : cpuSeconds(appPid) - appCpuStart,
                appPid == null ? "not started by this run" : "pid " + appPid));
        cpu.add(new Cpu("database", servicesStart.database.map(p -> cpuSeconds(p.pid()) - databaseCpuStart).orElse(Double.NaN),
                servicesStart.database.map(p -> Services.comm(p.pid()) + ", " + where).orElse("not found")));
        cpu.add(new Cpu("redis", servicesStart.redis.map(p -> cpuSeconds(p.pid()) - redisCpuStart).orElse(Double.NaN),
                servicesStart.redis.map(p -> "redis-server, " + where).orElse("not found")));
        cpu.add(new Cpu("gatling", gatlingCpuLast - gatlingCpuStart, "load generator, pid " + gatling.pid()));
        long[] machineEnd = machine();
        double busy = 100.0 * (1 - (double) (machineEnd[1] - machineStart[1]) / Math.max(1, machineEnd[0] - machineStart[0]));
        return new Figures(wall, cpu, busy, heapPeak, heapMax, rssPeak(appPid), poolActivePeak, poolPendingPeak,
                threadsPeak, last.gcSeconds - gcStart, (int) (last.gcCount - gcCountStart), redo.finish(), connectionsLine());
    }

    /**
     * The app's established connections, once a second: a burst that must first open hundreds of them
     * stalls where one that finds them open does not (docs/performance.md, "Twelfth pass"), so the
     * summary says when the count jumped.
     */
    private void countConnections() {
        int now = establishedTo(appPort);
        if (now < 0) {
            return;
        }
        int before = connectionsFirst < 0 ? now : lastConnections;
        if (connectionsFirst < 0) {
            connectionsFirst = now;
        }
        if (now - before >= JUMP && connectionJumps.size() < 5) {
            connectionJumps.add(String.format("+%d at %.0f s", now - before, (System.nanoTime() - startNanos) / 1e9));
        }
        connectionsPeak = Math.max(connectionsPeak, now);
        lastConnections = now;
    }

    private String connectionsLine() {
        if (connectionsFirst < 0) {
            return "not counted (no /proc/net/tcp)";
        }
        return String.format("%d at first, peak %d; jumps of %d or more within a second: %s", connectionsFirst,
                connectionsPeak, JUMP, connectionJumps.isEmpty() ? "none" : String.join(", ", connectionJumps));
    }

    /** Established TCP connections whose local port is {@code port} (the app's side of them), or -1. */
    static int establishedTo(int port) {
        int count = 0;
        boolean read = false;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st …; 01 is ESTABLISHED, the port is hex after the colon
                    if (f.length > 3 && f[1].contains(":") && "01".equals(f[3])
                            && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == port) {
                        count++;
                    }
                }
                read = true;
            } catch (IOException | NumberFormatException e) {
                // not Linux, or no IPv6 table: count what there is
            }
        }
        return read ? count : -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        redo.close();
    }

    /** utime + stime from /proc/pid/stat (ProcessHandle.Info sometimes comes back empty for other users' processes). */
    static double cpuSeconds(Long pid) {
        if (pid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat(5), counted after the command name; clock ticks of 1/100 s on Linux
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Peak resident set of the app (VmHWM): heap plus metaspace, thread stacks, direct buffers, code. */
    private static long rssPeak(Long pid) {
        if (pid == null) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[]{total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    private record Metrics(long heapUsed, long heapMax, int poolActive, int poolPending, int threads,
                           double gcSeconds, long gcCount, Map<String, Double> logged) {
        /** What a scrape that got no answer reads as. */
        static final Metrics NONE = new Metrics(0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    /**
     * The gauges worth a line a second: the share left to the lower lanes, the start lane's state and its rooms, the
     * submits and board writes waiting for a batch, and the platform's seats and how many are taken (the room calls no
     * more than the free ones).
     */
    private static final List<String> GAUGES = List.of("contest_admission_share", "contest_admission_limit{lane=\"start\"",
            "contest_admission_inflight{lane=\"start\"", "contest_admission_waiting{lane=\"start\"",
            "contest_admission_capacity{lane=\"start\"", "contest_admission_refused_total{lane=\"start\"",
            "contest_admission_inflight{lane=\"in-progress\"", "contest_batches_queued{batches=\"submit-committer\"",
            "contest_batches_queued{batches=\"board-writes\"", "contest_admission_queued{lane=\"start\"",
            "contest_admission_called{lane=\"start\"", "contest_admission_seats ", "contest_admission_seats_taken ");
    /**
     * The counters whose last second gets a few columns: the submit committers' and autosave writers'
     * batches (how many, how full, how long each took) and the lanes of people mid-attempt and of starts
     * (how many served, their mean time: the share follows the first).
     */
    private static final List<Tracked> TRACKED = List.of(Tracked.batcher("submit-committer"),
            Tracked.batcher("autosave-writer"), Tracked.lane("in-progress"), Tracked.lane("start"));
    private static final List<String> LOGGED = Stream.concat(GAUGES.stream(),
            TRACKED.stream().flatMap(t -> t.counters().stream())).toList();

    /** Some counters of the platform and how their growth over a second is written. */
    private record Tracked(List<String> counters, Function<double[], String> columns) {

        /** {@code Batches.bindTo}: batches written, values in them, seconds writing them. */
        static Tracked batcher(String name) {
            return new Tracked(names("contest_batches_", List.of("batches_total", "written_total", "writing_seconds_total"),
                    "batches", name), d -> String.format(Locale.ROOT, "\t%.0f\t%.1f\t%.1f", d[0], per(d[1], d[0]),
                    per(d[2] * 1000, d[0])));
        }

        /** {@code Lanes}: requests served to the end, seconds they took. */
        static Tracked lane(String name) {
            return new Tracked(names("contest_admission_", List.of("served_total", "serving_seconds_total"), "lane", name),
                    d -> String.format(Locale.ROOT, "\t%.0f\t%.1f", d[0], per(d[1] * 1000, d[0])));
        }

        private static List<String> names(String prefix, List<String> counters, String tag, String value) {
            return counters.stream().map(c -> prefix + c + "{" + tag + "=\"" + value + "\"").toList();
        }

        private static double per(double total, double n) {
            return n == 0 ? 0 : total / n;
        }

        /** Absent counters (a platform without them) read as 0. */
        double[] read(Map<String, Double> logged) {
            return counters.stream().mapToDouble(n -> logged.getOrDefault(n, 0.0)).toArray();
        }
    }

    private void logAdmission(Metrics m) {
        if (admissionLog == null || m.logged.isEmpty()) {
            return;
        }
        try {
            if (!admissionLogStarted) {
                admissionLogStarted = true;
                Files.writeString(admissionLog, "seconds\tshare\tstart limit\tstart inflight\tstart waiting on node"
                        + "\tstart capacity/s\tstart refused (total)\tin-progress inflight\tsubmits queued for a group"
                        + "\tboard writes queued\tstart room: uncalled\tstart room: called, not back\tseats\tseats taken\tconnections"
                        + "\tsubmit groups\tsubmits per group\tms per group\tautosave batches\tsaves per batch\tms per batch"
                        + "\tin-progress served\tin-progress ms\tstarts served\tms per start\n");
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.0f",
                    (System.nanoTime() - startNanos) / 1e9));
            for (String name : GAUGES) {
                Double v = m.logged.get(name);
                line.append('\t').append(v == null ? "" : String.format(Locale.ROOT, "%.2f", v));
            }
            line.append('\t').append(lastConnections);
            double[][] now = TRACKED.stream().map(t -> t.read(m.logged)).toArray(double[][]::new);
            if (trackedBefore != null) {
                for (int i = 0; i < now.length; i++) {
                    double[] grown = new double[now[i].length];
                    for (int j = 0; j < grown.length; j++) {
                        grown[j] = now[i][j] - trackedBefore[i][j];
                    }
                    line.append(TRACKED.get(i).columns().apply(grown));
                }
            }
            trackedBefore = now;
            line.append('\n');
            Files.writeString(admissionLog, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a figure for reading runs, not one the run depends on
        }
    }

    private Metrics scrape() {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/prometheus"))
                    .timeout(Duration.ofSeconds(3));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                if (!scrapeRefusedReported) {
                    scrapeRefusedReported = true;
                    progress.accept("/prometheus answered " + response.statusCode()
                            + ": heap and pool figures unavailable (set MONITORING_USER / MONITORING_PASSWORD)");
                }
                return Metrics.NONE;
            }
            long heapUsed = 0;
            long heapMax = 0;
            int active = 0;
            int pending = 0;
            int threads = 0;
            double gc = 0;
            long gcCount = 0;
            Map<String, Double> logged = new HashMap<>();
            for (String line : response.body().split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String name : LOGGED) {
                    if (line.startsWith(name)) {
                        logged.put(name, value(line));
                    }
                }
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    heapUsed += (long) value(line);
                } else if (line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\"") && value(line) > 0) {
                    heapMax += (long) value(line);
                } else if (line.startsWith("hikaricp_connections_active")) {
                    active += (int) value(line);
                } else if (line.startsWith("hikaricp_connections_pending")) {
                    pending += (int) value(line);
                } else if (line.startsWith("jvm_threads_live_threads")) {
                    threads = (int) value(line);
                } else if (line.startsWith("jvm_gc_pause_seconds_sum")) {
                    gc += value(line);
                } else if (line.startsWith("jvm_gc_pause_seconds_count")) {
                    gcCount += (long) value(line);
                }
            }
            return new Metrics(heapUsed, heapMax, active, pending, threads, gc, gcCount, logged);
        } catch (IOException | RuntimeException e) {
            return Metrics.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Metrics.NONE;
        }
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
