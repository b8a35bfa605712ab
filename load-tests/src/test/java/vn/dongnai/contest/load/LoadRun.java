package vn.dongnai.contest.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One load run, start to finish: starts the platform in its own JVM (the app on the app module's
 * test classpath, via {@code vn.dongnai.contest.embedded.LoadTestPlatform}), seeds it, runs one
 * simulation in a Gatling JVM, watches the server meanwhile, stops the platform and prints a
 * one-page summary (also written to summary.txt in the run's directory). Exits 1 when any request
 * failed. {@code load-tests/run.sh} and the smoke run of {@code ./mvnw verify} both come here.
 *
 * <pre>
 * LoadRun --simulation=SynchronizedStart [--contestants=6000] [--questions=20] [--attempts=3]
 *         [--time-limit-seconds=900] [--recreate] [--platform-jvm="-Xmx512m"] [--profile]
 *         [--warmup=30] [--label=text] [-Dusers=5000 -Dwithin=10 …]   (-D… go to the simulation)
 * LoadRun --smoke                                        (the verify-phase run)
 * </pre>
 * {@code --warmup=N} first runs N seconds of a light mixed day on 1,000 extra contestants, so the
 * measured run meets a JIT-compiled server, as a contest's peak meets a server that has been up
 * all morning; the warm-up is neither summarised nor counted in the server figures.
 * Services: DATASOURCES_DEFAULT_URL / REDIS_URI when set (the database is dropped and recreated
 * only with --recreate), else embedded ones thrown away afterwards; the smoke run uses
 * TEST_DATASOURCES_URL / TEST_REDIS_URI like the tests, recreating them as the tests do.
 */
public final class LoadRun {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final PrintStream OUT = System.out;

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> simulationProperties = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-D")) {
                simulationProperties.add(arg);
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
            } else {
                throw new IllegalArgumentException("unexpected argument " + arg + " (see LoadRun's javadoc or load-tests/run.sh --help)");
            }
        }
        boolean smoke = options.containsKey("smoke");
        String simulation = smoke ? "Smoke" : options.get("simulation");
        if (simulation == null) {
            throw new IllegalArgumentException("--simulation=SynchronizedStart|SubmissionRate|LeaderboardReaders|RegistrationWave|MixedDay|Overload|Smoke");
        }
        Path root = Path.of(options.getOrDefault("root", findRoot())).toAbsolutePath().normalize();
        Instant started = Instant.now();
        Path runDir = root.resolve("load-tests/target/load-runs/" + STAMP.format(started) + "-" + simulation);
        Files.createDirectories(runDir);

        int contestants = Integer.parseInt(options.getOrDefault("contestants", smoke ? "1100" : "6000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));
        List<String> platformArgs = new ArrayList<>();
        platformArgs.add("--contestants=" + (contestants + (warmup > 0 ? WARM_UP_CONTESTANTS : 0)));
        for (String name : List.of("questions", "attempts", "time-limit-seconds")) {
            if (options.containsKey(name)) {
                platformArgs.add("--" + name + "=" + options.get(name));
            }
        }
        Map<String, String> platformEnv = new LinkedHashMap<>();
        if (smoke) {
            // the tests' services, recreated as the test harness recreates them
            String db = System.getenv("TEST_DATASOURCES_URL");
            String redis = System.getenv("TEST_REDIS_URI");
            if (db != null && !db.isBlank()) {
                platformArgs.add("--db-url=" + db);
                platformArgs.add("--db-user=" + env("TEST_DATASOURCES_USERNAME", "root"));
                platformArgs.add("--db-password=" + env("TEST_DATASOURCES_PASSWORD", ""));
            }
            if (redis != null && !redis.isBlank()) {
                platformArgs.add("--redis-uri=" + redis);
            }
            platformArgs.add("--recreate");
            platformEnv.put("DATASOURCES_DEFAULT_URL", "");
            platformEnv.put("REDIS_URI", "");
        } else if (options.containsKey("recreate")) {
            platformArgs.add("--recreate");
        }
        List<String> platformJvm = new ArrayList<>(split(options.getOrDefault("platform-jvm", "-Xms256m -Xmx512m")));
        if (options.containsKey("profile")) {
            platformJvm.add("-XX:FlightRecorderOptions:stackdepth=256");
            platformJvm.add("-XX:StartFlightRecording=filename=" + runDir.resolve("platform.jfr")
                    + ",settings=profile,dumponexit=true");
        }

        int nodes = Integer.parseInt(options.getOrDefault("nodes", "1"));
        if (nodes > 1) {
            platformArgs.add("--keys-file=" + runDir.resolve("keys.properties"));
        }
        if ("Overload".equals(simulation) && System.getenv("ADMISSION_ENABLED") == null) {
            platformEnv.put("ADMISSION_ENABLED", "true"); // what it measures: lanes and the waiting room, whatever the default
        }
        OUT.printf("Load run %s: starting the platform (%s) …%n", simulation, String.join(" ", platformArgs));
        Platform platform = Platform.start(root, runDir, platformJvm, platformArgs, platformEnv);
        MultiNode multiNode = null;
        int exit;
        try {
            if (nodes > 1) {
                multiNode = MultiNode.start(root, runDir, nodes, platform, platformJvm);
                multiNode.killAfter(Integer.parseInt(options.getOrDefault("kill-node-after", "0")));
            }
            OUT.printf("Platform ready at %s in %s s (%s contestants seeded in %s s, round %s, %s services); running Gatling …%n",
                    platform.state.getProperty("baseUrl"), platform.state.getProperty("startSeconds"),
                    platform.state.getProperty("contestants"), platform.state.getProperty("seedSeconds"),
                    platform.state.getProperty("roundId"), platform.state.getProperty("services"));
            if (warmup > 0) {
                warmUp(warmup, contestants, platform, runDir);
            }
            exit = runSimulation(simulation, simulationProperties, options, platform, runDir, started, smoke);
            if (multiNode != null) {
                exit = multiNode.verify(exit);
            }
        } finally {
            if (multiNode != null) {
                multiNode.stop();
            }
            platform.stop();
        }
        System.exit(exit);
    }

    private static final int WARM_UP_CONTESTANTS = 1000;

    /** A light mixed day on the contestants after the measured ones; only its errors are reported. */
    private static void warmUp(int seconds, int from, Platform platform, Path runDir) throws Exception {
        OUT.printf("Warming up for %d s …%n", seconds);
        double attemptRate = Math.min(15, (WARM_UP_CONTESTANTS - 100) / (double) seconds - 1);
        List<String> command = gatlingCommand(List.of("-Dfrom=" + from, "-Dduration=" + seconds, "-Dentries=100",
                "-DattemptRate=" + attemptRate, "-DthinkMin=0.1", "-DthinkMax=0.4", "-DregisterRate=0.3",
                "-DloginRate=0.3", "-DreadRate=20"), Map.of(), platform, "MixedDay", runDir.resolve("warm-up"));
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(runDir.resolve("warm-up.log").toFile()).start();
        if (!gatling.waitFor(seconds + 300L, TimeUnit.SECONDS)) {
            gatling.destroy();
        }
        OUT.println(gatling.exitValue() == 0 ? "Warm-up done." : "Warm-up had failed requests; see " + runDir.resolve("warm-up.log"));
    }

    private static List<String> gatlingCommand(List<String> properties, Map<String, String> options, Platform platform,
                                               String simulation, Path results) {
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        command.addAll(split(options.getOrDefault("gatling-jvm", "-Xmx1g")));
        // what the Gatling Maven plugin passes to its forked JVM
        command.addAll(List.of("-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED"));
        command.add("-Dplatform=" + platform.stateFile);
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
                "--simulation", "vn.dongnai.contest.load." + simulation,
                "--results-folder", results.toString(),
                "--run-description", String.join(" ", properties)));
        return command;
    }

    private static int runSimulation(String simulation, List<String> properties, Map<String, String> options,
                                     Platform platform, Path runDir, Instant started, boolean smoke) throws Exception {
        Path results = runDir.resolve("gatling");
        List<String> command = gatlingCommand(properties, options, platform, simulation, results);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (options.containsKey("verbose")) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(runDir.resolve("gatling.log").toFile());
        }
        Process gatling = builder.start();
        ServerProbe.Figures server;
        try (ServerProbe probe = new ServerProbe(platform.state.getProperty("baseUrl"),
                ServerProbe.monitoringCredential(platform.state), platform.pid(),
                gatling.toHandle(), OUT::println, RedoLog.watch(platform.state), runDir.resolve("admission.tsv"))) {
            long limit = Long.parseLong(options.getOrDefault("timeout-seconds", "1800"));
            if (!gatling.waitFor(limit, TimeUnit.SECONDS)) {
                gatling.destroy();
                OUT.println("Gatling did not finish within " + limit + " s; stopped.");
            }
            server = probe.finish();
        }
        int gatlingExit = gatling.waitFor(30, TimeUnit.SECONDS) ? gatling.exitValue() : -1;
        Path log;
        try (Stream<Path> files = Files.walk(results)) {
            log = files.filter(p -> p.getFileName().toString().equals("simulation.log")).findFirst().orElse(null);
        }
        if (log == null) {
            OUT.println("Gatling wrote no results (exit " + gatlingExit + "); see " + runDir.resolve("gatling.log"));
            return 1;
        }
        GatlingResults figures = GatlingResults.read(log);
        String summary = Summary.render(simulation, properties, options, platform.state, started, figures, server,
                log.getParent(), smoke);
        // Overload adds what Gatling's log cannot tell: refusals, waits and the queue's fairness
        Path overload = platform.stateFile.resolveSibling("overload.txt");
        if (Files.exists(overload)) {
            summary += Files.readString(overload);
        }
        // the smoke's statement probe: statements and CPU per request of each hot path
        Path statements = platform.stateFile.resolveSibling("statements.txt");
        if (Files.exists(statements)) {
            summary += "\n" + Files.readString(statements);
        }
        OUT.print(summary);
        Files.writeString(runDir.resolve("summary.txt"), summary);
        boolean failed = figures.all().ko() > 0 || gatlingExit != 0;
        if (failed) {
            OUT.println("FAILED: " + (figures.all().ko() > 0 ? figures.all().ko() + " failed requests" : "Gatling exit " + gatlingExit)
                    + " (platform log: " + runDir.resolve("platform.log") + ")");
        }
        // the lanes' log a second (docs/performance.md reads runs with it): the smoke proves it is written
        Path admission = runDir.resolve("admission.tsv");
        long admissionLines = smoke && Files.exists(admission) ? Files.readAllLines(admission).size() : 0;
        if (smoke && admissionLines < 3) {
            OUT.println("FAILED: admission.tsv has " + admissionLines + " lines; the lanes' gauges were not read from /prometheus");
            failed = true;
        }
        return failed ? 1 : 0;
    }

    /**
     * {@code --nodes=N}: N-1 further app nodes joining the first one's MySQL, Redis and keys, and
     * nginx in front of all of them with deploy/nginx/multinode.conf; the simulation then goes
     * through nginx. {@code --kill-node-after=S} kills node 2 (SIGKILL) S seconds into the run. At
     * the end every surviving node must show the same leaderboard.
     */
    private static final class MultiNode {
        private final List<Platform> others;
        private final Process nginx;
        private final Platform first;
        private final Path runDir;
        private final String firstDirect;
        private final java.util.concurrent.atomic.AtomicReference<String> killed = new java.util.concurrent.atomic.AtomicReference<>();

        private MultiNode(List<Platform> others, Process nginx, Platform first, Path runDir) {
            this.others = others;
            this.nginx = nginx;
            this.first = first;
            this.runDir = runDir;
            this.firstDirect = first.state.getProperty("baseUrl");
        }

        static MultiNode start(Path root, Path runDir, int nodes, Platform first, List<String> jvm) throws Exception {
            List<Platform> others = new ArrayList<>();
            List<String> upstreams = new ArrayList<>();
            upstreams.add(first.state.getProperty("baseUrl"));
            for (int i = 2; i <= nodes; i++) {
                Path nodeDir = Files.createDirectories(runDir.resolve("node-" + i));
                List<String> args = List.of("--join", "--keys-file=" + runDir.resolve("keys.properties"),
                        "--db-url=" + first.state.getProperty("dbUrl"), "--db-user=" + first.state.getProperty("dbUser"),
                        "--db-password=" + first.state.getProperty("dbPassword"),
                        "--redis-uri=" + first.state.getProperty("redisUri"));
                OUT.printf("Starting app node %d …%n", i);
                Platform node = Platform.start(root, nodeDir, jvm, args, Map.of("TRUSTED_PROXIES", "127.0.0.1"));
                others.add(node);
                upstreams.add(node.state.getProperty("baseUrl"));
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path nginxDir = Files.createDirectories(runDir.resolve("nginx"));
            StringBuilder servers = new StringBuilder();
            for (String url : upstreams) {
                servers.append("    server ").append(url.substring("http://".length())).append(" max_fails=1 fail_timeout=5s;\n");
            }
            String conf = Files.readString(root.resolve("deploy/nginx/multinode.conf"))
                    .replace("@RUN_DIR@", nginxDir.toString()).replace("@PORT@", String.valueOf(port))
                    .replace("@DEPLOY@", root.resolve("deploy").toString()).replace("@UPSTREAMS@", servers.toString().stripTrailing());
            Path confFile = nginxDir.resolve("nginx.conf");
            Files.writeString(confFile, conf);
            String nginxBin = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
            Process nginx = new ProcessBuilder(nginxBin, "-c", confFile.toString(), "-p", nginxDir.toString())
                    .redirectErrorStream(true).redirectOutput(nginxDir.resolve("nginx.out").toFile()).start();
            String proxied = "http://127.0.0.1:" + port;
            for (int i = 0; i < 100 && status(proxied + "/health") != 200; i++) {
                Thread.sleep(100);
            }
            MultiNode multiNode = new MultiNode(others, nginx, first, runDir);
            first.state.setProperty("baseUrl", proxied);
            try (var out = Files.newOutputStream(first.stateFile)) {
                first.state.store(out, "load-test platform, behind nginx");
            }
            OUT.printf("nginx on %s in front of %s%n", proxied, String.join(", ", upstreams));
            return multiNode;
        }

        /** Kills node 2 (SIGKILL) this many seconds from now, while the simulation runs; 0: never. */
        void killAfter(int seconds) {
            if (seconds <= 0) {
                return;
            }
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(seconds * 1000L);
                    Platform victim = others.getFirst();
                    victim.process.destroyForcibly();
                    killed.set(victim.state.getProperty("baseUrl"));
                    OUT.printf("[multinode] killed node 2 (%s, pid %d) %d s after the simulation was started%n",
                            victim.state.getProperty("baseUrl"), victim.pid(), seconds);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.setDaemon(true);
            killer.start();
        }

        /** Every node still running shows the round's board identically (first 100 places and the unit counts). */
        int verify(int exit) throws Exception {
            String roundId = first.state.getProperty("roundId");
            List<String> urls = new ArrayList<>();
            urls.add(firstDirect);
            for (Platform p : others) {
                if (p.process.isAlive()) {
                    urls.add(p.state.getProperty("baseUrl"));
                }
            }
            Thread.sleep(3000); // the drainers' catch-up interval is 2 s
            String reference = null;
            boolean agree = true;
            StringBuilder report = new StringBuilder();
            for (String url : urls) {
                String board = body(url + "/api/rounds/" + roundId + "/leaderboard?offset=0&limit=100")
                        + body(url + "/api/rounds/" + roundId + "/units");
                if (reference == null) {
                    reference = board;
                }
                agree &= reference.equals(board);
                report.append(url).append(' ').append(Integer.toHexString(board.hashCode())).append("; ");
            }
            OUT.printf("[multinode] %d nodes answering, boards %s (%s), killed: %s%n", urls.size(),
                    agree ? "agree" : "DIFFER", report, killed.get() == null ? "none" : killed.get());
            Files.writeString(runDir.resolve("multinode.txt"), "nodes answering: " + urls + "\nboards agree: " + agree
                    + "\nkilled: " + killed.get() + "\n");
            return agree ? exit : Math.max(exit, 1);
        }

        void stop() throws InterruptedException {
            nginx.destroy();
            for (Platform p : others) {
                p.stop();
            }
        }

        private static int status(String url) {
            try {
                var connection = (java.net.HttpURLConnection) java.net.URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(1000);
                return connection.getResponseCode();
            } catch (IOException e) {
                return -1;
            }
        }

        private static String body(String url) throws IOException {
            var connection = (java.net.HttpURLConnection) java.net.URI.create(url).toURL().openConnection();
            try (var in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The platform under test, in its own JVM, started and stopped by this run. */
    private record Platform(Process process, Path stateFile, Properties state) {

        static Platform start(Path root, Path runDir, List<String> jvm, List<String> args, Map<String, String> env)
                throws IOException, InterruptedException {
            Path app = root.resolve("app/target");
            Path dependencies = app.resolve("test-runtime.classpath");
            if (!Files.exists(dependencies) || !Files.isDirectory(app.resolve("test-classes"))) {
                throw new IllegalStateException("the app is not built: run ./mvnw -pl app -am install -DskipTests first ("
                        + dependencies + " is missing)");
            }
            String classpath = app.resolve("test-classes") + ":" + app.resolve("classes") + ":"
                    + Files.readString(dependencies).trim();
            Path stateFile = runDir.resolve("platform.properties");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>();
            command.add(javaBin());
            command.addAll(jvm);
            // the production logging (one access line per request), not the tests' quieter one
            command.add("-Dlogback.configurationFile=logback.xml");
            command.addAll(List.of("-cp", classpath, "vn.dongnai.contest.embedded.LoadTestPlatform",
                    "--state-file=" + stateFile, "--port=" + port, "--data-dir=" + runDir.resolve("services")));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(runDir.resolve("platform.log").toFile());
            env.forEach((k, v) -> {
                if (v.isEmpty()) {
                    builder.environment().remove(k);
                } else {
                    builder.environment().put(k, v);
                }
            });
            Process process = builder.start();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (!Files.exists(stateFile)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the platform stopped while starting (exit " + process.exitValue()
                            + "); see " + runDir.resolve("platform.log") + ":\n" + tail(runDir.resolve("platform.log"), 30));
                }
                if (Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the platform did not start within 5 minutes; see " + runDir.resolve("platform.log"));
                }
                Thread.sleep(200);
            }
            Properties state = new Properties();
            try (InputStream in = Files.newInputStream(stateFile)) {
                state.load(in);
            }
            return new Platform(process, stateFile, state);
        }

        long pid() {
            return process.pid();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("app")) && Files.isDirectory(dir.resolve("load-tests"))) {
                return dir.toString();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("run from inside the project, or pass --root=<project directory>");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> split(String words) {
        return words.isBlank() ? List.of() : Arrays.asList(words.trim().split("\\s+"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** The machine a figure was measured on, for docs/performance.md. */
    static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d CPUs, %.1f GiB RAM, JDK %s, %s %s", Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.version"));
    }
}
