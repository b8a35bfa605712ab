package vn.dongnai.contest.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The journey ladder's part of the summary: per step, the slowest request's p99, errors and CPU-ms per journey by process. */
final class Ladder {

    static final int HELD_P99_MS = 1000;

    private Ladder() {
    }

    static void render(StringBuilder s, Path runDir, List<GatlingResults.RequestFigures> requests) {
        try {
            Path statements = runDir.resolve(JourneyLadder.STATEMENTS_FILE);
            if (Files.exists(statements)) {
                s.append('\n').append(Files.readString(statements));
            }
            Path cpuFile = runDir.resolve(JourneyLadder.CPU_FILE);
            if (!Files.exists(cpuFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(cpuFile);
            Map<String, String[]> waits = new HashMap<>();
            Path waitFile = runDir.resolve(JourneyLadder.WAIT_FILE);
            if (Files.exists(waitFile)) {
                Files.readAllLines(waitFile).stream().skip(1).map(l -> l.split("\t")).forEach(w -> waits.put(w[0], w));
            }
            s.append('\n').append("journey ladder (held: slowest request's p99 <= ").append(HELD_P99_MS)
                    .append(" ms, the same for the time from a journey's arrival to its attempt, 0 errors and"
                            + " every journey let in; CPU-ms per journey, from the step's start to the end of its gap):\n");
            s.append(String.format(Locale.ROOT, "%7s %8s %9s %-16s %6s %5s | %6s %6s %6s %6s %6s%n", "rate", "journeys",
                    "worst p99", "(request)", "errors", "held", "app", "db", "redis", "gatl.", "total"));
            int highest = 0;
            long allJourneys = 0;
            double[] all = new double[4];
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                String prefix = f[0] + "/s ";
                List<GatlingResults.RequestFigures> mine = requests.stream().filter(r -> r.name().startsWith(prefix)).toList();
                // a journey submits once; it may start several times (each 503 of the waiting room is a try)
                long journeys = mine.stream().filter(r -> r.name().equals(prefix + "submit")).mapToLong(GatlingResults.RequestFigures::count).sum();
                GatlingResults.RequestFigures worst = mine.stream()
                        .max(java.util.Comparator.comparingInt(GatlingResults.RequestFigures::p99)).orElse(null);
                long errors = mine.stream().mapToLong(GatlingResults.RequestFigures::ko).sum();
                int p99 = worst == null ? 0 : worst.p99();
                String worstName = worst == null ? "" : "(" + worst.name().substring(prefix.length()) + ")";
                String[] wait = waits.get(f[0]);
                long notLetIn = 0;
                if (wait != null) {
                    notLetIn = Long.parseLong(wait[1]) - Long.parseLong(wait[2]);
                    if (Integer.parseInt(wait[3]) > p99) {
                        p99 = Integer.parseInt(wait[3]);
                        worstName = "(to an attempt)";
                    }
                    if (notLetIn > 0) {
                        worstName = "(" + notLetIn + " not let in)";
                    }
                }
                boolean held = journeys > 0 && errors == 0 && notLetIn == 0 && p99 <= HELD_P99_MS;
                if (held) {
                    highest = Integer.parseInt(f[0]);
                }
                allJourneys += journeys;
                for (int i = 0; i < 4; i++) {
                    all[i] += Double.parseDouble(f[2 + i]);
                }
                if (journeys == 0) {
                    s.append(String.format(Locale.ROOT, "%5s/s %8d %6d ms %-16s %6d %5s | (no journey started in the step)%n",
                            f[0], 0, p99, worstName, errors, "NO"));
                    continue;
                }
                double per = journeys / 1000.0;
                double app = Double.parseDouble(f[2]) / per;
                double db = Double.parseDouble(f[3]) / per;
                double redis = Double.parseDouble(f[4]) / per;
                double gatling = Double.parseDouble(f[5]) / per;
                s.append(String.format(Locale.ROOT, "%5s/s %8d %6d ms %-16s %6d %5s | %6.2f %6.2f %6.2f %6.2f %6.2f%n", f[0], journeys,
                        p99, worstName, errors, held ? "yes" : "NO",
                        app, db, redis, gatling, app + db + redis + gatling));
            }
            double per = Math.max(1, allJourneys) / 1000.0;
            // a saturated step's journeys finish in the next steps: the whole run's average attributes nothing wrongly
            s.append(String.format(Locale.ROOT, "%7s %8d %9s %-16s %6s %5s | %6.2f %6.2f %6.2f %6.2f %6.2f%n", "all", allJourneys,
                    "", "", "", "", all[0] / per, all[1] / per, all[2] / per, all[3] / per, (all[0] + all[1] + all[2] + all[3]) / per));
            s.append(String.format(Locale.ROOT, "highest rate held: %d journeys/s%n", highest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
