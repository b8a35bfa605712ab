package vn.dongnai.contest.load;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The one-page summary of a load run, and the targets checked against it. */
final class Summary {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final long MB = 1024 * 1024;

    private Summary() {
    }

    static String render(String simulation, List<String> properties, Map<String, String> options, Properties platform,
                         Instant started, GatlingResults results, ServerProbe.Figures server, Path report, boolean smoke) {
        StringBuilder s = new StringBuilder();
        line(s, "");
        line(s, "=== %s, %s%s", simulation, WHEN.format(started),
                options.containsKey("label") ? " — " + options.get("label") : "");
        line(s, "machine:    %s", LoadRun.machine());
        line(s, "load:       %s", properties.isEmpty() ? "(simulation defaults)" : String.join(" ", properties));
        line(s, "platform:   %s contestants, round %s (%s questions), %s services, %s, JVM %s",
                platform.getProperty("contestants"), platform.getProperty("roundId"), platform.getProperty("questionCount"),
                platform.getProperty("services"), options.containsKey("warmup") ? "warmed up " + options.get("warmup") + " s" : "cold",
                options.getOrDefault("platform-jvm", "-Xms256m -Xmx512m"));
        line(s, "");
        line(s, "%-22s %8s %7s %8s %7s %6s %6s %6s %7s", "request", "count", "errors", "req/s", "peak/s",
                "p50", "p95", "p99", "max ms");
        List<GatlingResults.RequestFigures> requests = results.requests();
        for (GatlingResults.RequestFigures r : requests) {
            row(s, r);
        }
        row(s, results.all());
        line(s, "(req/s: count over the seconds in which that request was sent; peak/s: the busiest second)");
        Path runDir = report.getParent() == null ? null : report.getParent().getParent();
        if (runDir != null) {
            Ladder.render(s, runDir, requests);
        }
        line(s, "");
        line(s, "server, over %.0f s of load:", server.wallSeconds());
        for (ServerProbe.Cpu cpu : server.cpu()) {
            line(s, "  CPU %-9s %7.1f s  (%.2f cores)  %s", cpu.name(), cpu.seconds(), cpu.seconds() / server.wallSeconds(),
                    cpu.note());
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        double busy = server.machineBusyPercent() / 100 * cpus * server.wallSeconds();
        double ours = server.cpu().stream().mapToDouble(ServerProbe.Cpu::seconds).filter(d -> !Double.isNaN(d)).sum();
        line(s, "  machine busy  %5.1f %% of %d CPUs = %.1f CPU-s, of which %.1f s outside the processes above",
                server.machineBusyPercent(), cpus, busy, Math.max(0, busy - ours));
        double appCpu = server.cpu().getFirst().seconds();
        line(s, "  app CPU per request %.2f ms (%d requests)", 1000 * appCpu / Math.max(1, results.all().count()),
                results.all().count());
        line(s, "  app heap peak %d MB of %d MB max; RSS peak %d MB; GC %d pauses, %.2f s; threads peak %d",
                server.heapPeakBytes() / MB, server.heapMaxBytes() / MB, server.rssPeakBytes() / MB,
                server.gcPauses(), server.gcPauseSeconds(), server.threadsPeak());
        line(s, "  DB pool peak  %d in use, %d waiting", server.poolActivePeak(), server.poolPendingPeak());
        line(s, "  database      %s", server.database());
        line(s, "  connections   %s", server.connections());
        List<GatlingResults.Error> errors = results.errors();
        line(s, "");
        if (errors.isEmpty()) {
            line(s, "errors: none");
        } else {
            line(s, "errors:");
            errors.stream().limit(8).forEach(e -> line(s, "  %6d  %s", e.count(), e.message()));
        }
        if (!smoke) {
            line(s, "");
            targets(s, simulation, requests, results.all(), server);
        }
        line(s, "");
        line(s, "report: %s", report.resolve("index.html"));
        return s.toString();
    }

    /** The targets that this simulation measures. */
    private static void targets(StringBuilder s, String simulation, List<GatlingResults.RequestFigures> requests,
                                GatlingResults.RequestFigures all, ServerProbe.Figures server) {
        line(s, "targets (issue 9, 2-core machine):");
        boolean peak = simulation.equals("SynchronizedStart");
        boolean submissions = simulation.equals("SubmissionRate");
        find(requests, "start").filter(r -> peak).ifPresent(r -> check(s, r.p99() <= 300 && r.ko() == 0,
                "start p99 <= 300 ms, 0 errors", "p99 %d ms, %d errors, %d starts in %d s", r.p99(), r.ko(), r.count(),
                r.activeSeconds()));
        find(requests, "submit").filter(r -> submissions).ifPresent(r -> check(s, r.medianPerSecond() >= 1000 && r.p99() <= 100 && r.ko() == 0,
                "submissions >= 1000/s sustained, p99 <= 100 ms, 0 errors", "%d/s held (median second) over %d s, p99 %d ms, %d errors",
                r.medianPerSecond(), r.activeSeconds(), r.p99(), r.ko()));
        find(requests, "leaderboard").ifPresent(r -> {
            // the rate held in a typical second, not the average over the readers' ramp-up
            int reads = r.medianPerSecond() + find(requests, "leaderboard me").map(GatlingResults.RequestFigures::medianPerSecond).orElse(0);
            int p99 = Math.max(r.p99(), find(requests, "leaderboard me").map(GatlingResults.RequestFigures::p99).orElse(0));
            check(s, p99 <= 20 && reads >= 1000, "leaderboard reads p99 <= 20 ms at 1000 req/s",
                    "p99 %d ms at %d req/s held (median second)", p99, reads);
        });
        check(s, server.heapPeakBytes() <= 512 * MB, "app heap <= 512 MB", "peak %d MB", server.heapPeakBytes() / MB);
        check(s, all.ko() == 0, "no failed request", "%d failed", all.ko());
    }

    private static Optional<GatlingResults.RequestFigures> find(List<GatlingResults.RequestFigures> requests, String name) {
        return requests.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static void check(StringBuilder s, boolean met, String target, String format, Object... values) {
        line(s, "  [%s] %-58s %s", met ? "met " : "MISS", target, String.format(Locale.ROOT, format, values));
    }

    private static void row(StringBuilder s, GatlingResults.RequestFigures r) {
        line(s, "%-22s %8d %7d %8.1f %7d %6d %6d %6d %7d", r.name(), r.count(), r.ko(), r.ratePerSecond(),
                r.peakPerSecond(), r.p50(), r.p95(), r.p99(), r.max());
    }

    private static void line(StringBuilder s, String format, Object... values) {
        s.append(String.format(Locale.ROOT, format, values)).append('\n');
    }
}
