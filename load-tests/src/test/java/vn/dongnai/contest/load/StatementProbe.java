package vn.dongnai.contest.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What one request of each kind costs the database in statements, from MariaDB's own counters
 * ({@code SHOW GLOBAL STATUS}: Com_select, Com_insert, Com_update, Com_commit, Questions …), and
 * in CPU per process ({@link ProcessCpu}). Runs {@code n} journeys phase by phase — all starts,
 * then all autosaves, then all submits, then all result reads — and divides each phase's deltas by
 * its request count, after subtracting what the idle platform does in the same time (its
 * schedulers: sweeper, outbox drainer). The counters are the server's: exact with the load run's
 * embedded MariaDB, polluted by anyone else using a shared one.
 *
 * <p>Runs inside {@link JourneyLadder} ({@code -DprobeJourneys=N}) or alone against a running
 * platform: {@code java -cp … vn.dongnai.contest.load.StatementProbe -Dplatform=…/platform.properties}.
 */
final class StatementProbe {

    static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_insert_select",
            "Com_update", "Com_delete", "Com_commit", "Com_rollback", "Com_set_option", "Handler_commit");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Journey(String token, long attemptId, List<Long> questionIds, List<Integer> optionCounts) {
    }

    private final Properties platform;
    private final String baseUrl;
    private final long roundId;
    private final int concurrency;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ProcessCpu cpu;

    StatementProbe(Properties platform, int concurrency) {
        this.platform = platform;
        this.baseUrl = Settings.baseUrl();
        this.roundId = Settings.roundId();
        this.concurrency = concurrency;
        this.cpu = new ProcessCpu(platform);
    }

    public static void main(String[] args) throws Exception {
        System.out.print(new StatementProbe(Settings.platform(), Settings.integer("probeConcurrency", 8))
                .run(Contestants.all().subList(Settings.integer("from", 0),
                        Settings.integer("from", 0) + Settings.integer("probeJourneys", 200))));
    }

    /** Runs one journey per contestant, phase by phase, and renders the table. */
    String run(List<Contestants.Contestant> contestants) throws Exception {
        try (Connection db = DriverManager.getConnection(platform.getProperty("dbUrl"),
                platform.getProperty("dbUser", "root"), platform.getProperty("dbPassword", ""))) {
            Map<String, Phase> phases = new LinkedHashMap<>();
            // the idle platform's own statements per second, subtracted from every phase
            Map<String, Long> before = counters(db);
            ProcessCpu.Reading idleCpu = cpu.read();
            Thread.sleep(2000);
            Phase idle = new Phase("idle (per second)", 0, delta(before, counters(db)), cpu.read().minus(idleCpu));

            List<Journey> journeys = new ArrayList<>();
            phases.put("start", phase(db, "start", idle, () -> {
                List<Journey> started = parallel(contestants, this::start);
                journeys.addAll(started);
                return started.size();
            }));
            phases.put("autosave", phase(db, "autosave", idle, () -> {
                List<Integer> saved = parallel(journeys, j -> {
                    for (int i = 0; i < 10; i++) {
                        autosave(j, i);
                    }
                    return 10;
                });
                return saved.stream().mapToInt(Integer::intValue).sum();
            }));
            phases.put("submit", phase(db, "submit", idle, () -> parallel(journeys, this::submit).size()));
            phases.put("result", phase(db, "result", idle, () -> parallel(journeys, this::result).size()));
            return render(phases, idle);
        }
    }

    private record Phase(String name, int requests, Map<String, Long> counts, ProcessCpu.Reading cpu) {
    }

    @FunctionalInterface
    private interface Work {
        int run() throws Exception;
    }

    private Phase phase(Connection db, String name, Phase idle, Work work) throws Exception {
        Map<String, Long> before = counters(db);
        ProcessCpu.Reading cpuBefore = cpu.read();
        int requests = work.run();
        Thread.sleep(300); // lets the after-commit board writes of the last requests finish
        ProcessCpu.Reading spent = cpu.read().minus(cpuBefore);
        Map<String, Long> counts = delta(before, counters(db));
        double seconds = spent.nanos() / 1e9;
        // the probe's own SHOW GLOBAL STATUS counts once as a question and a Com_show_status
        counts.replaceAll((k, v) -> v - Math.round(idle.counts().getOrDefault(k, 0L) / 2.0 * seconds)
                - (k.equals("Questions") ? 1 : 0));
        return new Phase(name, requests, counts, spent);
    }

    private <T, R> List<R> parallel(List<T> items, java.util.function.Function<T, R> task) throws Exception {
        List<R> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            for (Future<R> f : futures) {
                results.add(f.get());
            }
        }
        return results;
    }

    private Journey start(Contestants.Contestant c) {
        JsonNode body = send("POST", "/api/rounds/" + roundId + "/attempts", c.token(), null, null, 201);
        List<Long> ids = new ArrayList<>();
        List<Integer> options = new ArrayList<>();
        for (JsonNode q : body.get("questions")) {
            ids.add(q.get("id").asLong());
            options.add(q.get("options").size());
        }
        return new Journey(c.token(), body.get("attemptId").asLong(), ids, options);
    }

    private int autosave(Journey j, int i) {
        send("PUT", "/api/attempts/" + j.attemptId() + "/answers/" + j.questionIds().get(i), j.token(),
                "{\"optionId\":" + Journeys.choice(j.attemptId(), i, j.optionCounts().get(i)) + "}", null, 204);
        return 1;
    }

    private int submit(Journey j) {
        StringBuilder body = new StringBuilder("{\"prediction\":1234,\"answers\":[");
        for (int i = 0; i < j.questionIds().size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"questionId\":").append(j.questionIds().get(i))
                    .append(",\"optionId\":").append(Journeys.choice(j.attemptId(), i, j.optionCounts().get(i))).append('}');
        }
        send("POST", "/api/attempts/" + j.attemptId() + "/submit", j.token(), body.append("]}").toString(),
                UUID.randomUUID().toString(), 200);
        return 1;
    }

    private int result(Journey j) {
        send("GET", "/api/me/attempts", j.token(), null, null, 200);
        return 1;
    }

    private JsonNode send(String method, String path, String token, String body, String idempotencyKey, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> counters(Connection db) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                if (COUNTERS.contains(rs.getString("Variable_name"))) {
                    values.put(rs.getString("Variable_name"), rs.getLong("Value"));
                }
            }
        }
        return values;
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new LinkedHashMap<>();
        for (String name : COUNTERS) {
            d.put(name, after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L));
        }
        return d;
    }

    private String render(Map<String, Phase> phases, Phase idle) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "statements per request (MariaDB's SHOW GLOBAL STATUS deltas, %s, %d concurrent, "
                + "idle background subtracted), and CPU-ms per request by process:%n", cpu.where, concurrency));
        s.append(String.format(Locale.ROOT, "%-18s %7s", "request", "count"));
        for (String c : COUNTERS) {
            s.append(String.format(Locale.ROOT, " %9s", c.replace("Com_", "").replace("Handler_", "h_")));
        }
        s.append(String.format(Locale.ROOT, " | %6s %6s %6s %6s %6s%n", "app", "db", "redis", "client", "total"));
        for (Phase p : phases.values()) {
            s.append(String.format(Locale.ROOT, "%-18s %7d", p.name(), p.requests()));
            for (String c : COUNTERS) {
                s.append(String.format(Locale.ROOT, " %9.2f", p.counts().get(c) / (double) Math.max(1, p.requests())));
            }
            double n = Math.max(1, p.requests()) / 1000.0;
            s.append(String.format(Locale.ROOT, " | %6.2f %6.2f %6.2f %6.2f %6.2f%n", p.cpu().app() / n, p.cpu().database() / n,
                    p.cpu().redis() / n, p.cpu().generator() / n, p.cpu().total() / n));
        }
        s.append(String.format(Locale.ROOT, "%-18s %7s", idle.name(), "-"));
        for (String c : COUNTERS) {
            s.append(String.format(Locale.ROOT, " %9.1f", idle.counts().get(c) / 2.0));
        }
        s.append(String.format(Locale.ROOT, "%n"));
        return s.toString();
    }
}
