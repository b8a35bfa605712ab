package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Past capacity: {@code progress} people already mid-attempt, autosaving every few seconds, while
 * a start wave arrives at {@code waveRate} a second for {@code waveSeconds} — set it to about three
 * times the box's start capacity. Everyone starts as the contest page does: a 503 WAITING_ROOM is
 * waited out (the server's {@code retryAfterMs} ± 20 %) and the start sent again with its ticket.
 *
 * <pre>
 * -Dprogress=2000 -DprogressWithin=20 -DautosaveMin=2 -DautosaveMax=4 -DwaveRate=300 -DwaveSeconds=30
 * -DwaveAfter=25 -DmaxWait=300 -Dtolerance=2 -Dpasses=1 -DpassEvery=300
 * </pre>
 * {@code passes=2} runs the whole of it again with new people, {@code passEvery} seconds after the
 * first began: the second wave meets a platform and a generator the first has JIT-compiled (the first
 * wave's tail is that compile, docs/performance.md), so the two passes' seconds, side by side, show
 * what a rehearsal of the refusal path before a contest day would be worth, and whether those who
 * gave up in the first hold up the second. The summary mixes the passes; the waiting room's figures
 * follow for each pass alone, and the report's percentiles over time keep them apart.
 * The summary's {@code autosave}/{@code submit} rows are the people in progress (the wave's are
 * {@code wave …}); {@code overload.txt} beside the platform's state (and the end of Gatling's log)
 * gives the start refusals and their latency, the longest wait in the waiting room, and fairness:
 * the share of the wave admitted before someone who arrived more than {@code tolerance} seconds
 * earlier.
 */
public class Overload extends Simulation {

    private final int passes = Settings.integer("passes", 1);
    private final Duration passEvery = Settings.seconds("passEvery", 300);

    {
        long roundId = Settings.roundId();
        int progress = Settings.integer("progress", 2000);
        int waveRate = Settings.integer("waveRate", 300);
        Duration waveSeconds = Settings.seconds("waveSeconds", 30);
        Duration autosaveMin = Settings.seconds("autosaveMin", 2);
        Duration autosaveMax = Settings.seconds("autosaveMax", 4);
        int waveUsers = (int) (waveRate * waveSeconds.toSeconds());
        List<PopulationBuilder> populations = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            // each pass its own people; a later one meets a platform (and a generator) the first has warmed
            int first = pass * (progress + waveUsers);
            String again = pass == 0 ? "" : ", pass " + (pass + 1);
            Duration offset = passEvery.multipliedBy(pass);
            populations.add(scenario("in progress" + again)
                    .feed(Contestants.slice(first, progress))
                    .exec(Journeys.MEASURED.start(roundId))
                    .exec(Journeys.MEASURED.answerAll(autosaveMin, autosaveMax))
                    .exec(Journeys.MEASURED.submit(false))
                    .injectOpen(nothingFor(offset), rampUsers(progress).during(Settings.seconds("progressWithin", 20))));
            populations.add(scenario("start wave" + again)
                    .feed(Contestants.slice(first + progress, waveUsers))
                    .exec(Journeys.WAVE.start(roundId))
                    .exec(Journeys.WAVE.answerAll(autosaveMin, autosaveMax))
                    .exec(Journeys.WAVE.submit(false))
                    .injectOpen(nothingFor(offset.plus(Settings.seconds("waveAfter", 25))),
                            constantUsersPerSec(waveRate).during(waveSeconds)));
        }
        setUp(populations)
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().lte((long) Settings.integer("allowedFailures", 0)));
    }

    @Override
    public void after() {
        StringBuilder byPass = new StringBuilder();
        if (passes > 1) {
            // fairness is among the people of one pass: a later pass's people arrive minutes after the first's
            List<Journeys.StartTry> all = List.copyOf(Journeys.START_TRIES);
            long first = all.stream().mapToLong(Journeys.StartTry::arrivedAt).min().orElse(0);
            for (int pass = 0; pass < passes; pass++) {
                long k = pass;
                byPass.append("pass ").append(pass + 1).append(" alone:\n").append(report(all.stream()
                        .filter(t -> (t.arrivedAt() - first) / passEvery.toMillis() == k).toList(),
                        Settings.seconds("tolerance", 2).toMillis()));
            }
        }
        reportStartTries("overload", byPass.toString());
    }

    static void reportStartTries(String name) {
        reportStartTries(name, "");
    }

    /**
     * Prints the waiting room's figures from every try at starting (refusals, their latency, the
     * longest wait, fairness), then {@code more}, and writes them beside the platform's log:
     * {@code <name>.txt} and every try in {@code <name>-tries.csv}.
     */
    static void reportStartTries(String name, String more) {
        String report = report(List.copyOf(Journeys.START_TRIES), Settings.seconds("tolerance", 2).toMillis()) + more;
        System.out.print(report);
        String platform = System.getProperty("platform");
        if (platform != null && !platform.isBlank()) {
            try {
                Files.writeString(Path.of(platform).resolveSibling(name + ".txt"), report);
                StringBuilder csv = new StringBuilder("who,arrivedAt,answeredAt,status,ms\n");
                Journeys.START_TRIES.forEach(t -> csv.append(t.who()).append(',').append(t.arrivedAt()).append(',').append(t.answeredAt())
                        .append(',').append(t.status()).append(',').append(t.ms()).append('\n'));
                Files.writeString(Path.of(platform).resolveSibling(name + "-tries.csv"), csv);
            } catch (IOException e) {
                System.out.println("could not write " + name + ".txt: " + e.getMessage());
            }
        }
    }

    /** Refusals, their latency, the longest wait and the queue's fairness, from every try at starting. */
    static String report(List<Journeys.StartTry> tries, long toleranceMs) {
        List<Long> refusedMs = new ArrayList<>();
        List<Long> admittedMs = new ArrayList<>();
        record Person(long arrivedAt, long admittedAt) {
        }
        java.util.Map<String, Person> admitted = new java.util.HashMap<>();
        java.util.Set<String> everyone = new java.util.HashSet<>();
        for (Journeys.StartTry t : tries) {
            everyone.add(t.who());
            if (t.status() == 503) {
                refusedMs.add(t.ms());
            } else {
                admittedMs.add(t.ms());
                admitted.put(t.who(), new Person(t.arrivedAt(), t.answeredAt()));
            }
        }
        List<Person> byArrival = admitted.values().stream().sorted(Comparator.comparingLong(Person::arrivedAt)).toList();
        long longestWait = byArrival.stream().mapToLong(p -> p.admittedAt() - p.arrivedAt()).max().orElse(0);
        // u overtook someone when a person who arrived more than the tolerance before u was admitted after u
        int overtakers = 0;
        long latestAdmissionOfEarlier = Long.MIN_VALUE;
        int earlier = 0;
        for (Person u : byArrival) {
            while (earlier < byArrival.size() && byArrival.get(earlier).arrivedAt() < u.arrivedAt() - toleranceMs) {
                latestAdmissionOfEarlier = Math.max(latestAdmissionOfEarlier, byArrival.get(earlier).admittedAt());
                earlier++;
            }
            if (latestAdmissionOfEarlier > u.admittedAt()) {
                overtakers++;
            }
        }
        // and the other way round: v was passed over when someone who arrived more than the tolerance after v
        // went in before v (one late returner makes many overtakers above, but is one person passed over)
        int passedOver = 0;
        long earliestAdmissionOfLater = Long.MAX_VALUE;
        int later = byArrival.size() - 1;
        for (int i = byArrival.size() - 1; i >= 0; i--) {
            Person v = byArrival.get(i);
            while (later >= 0 && byArrival.get(later).arrivedAt() > v.arrivedAt() + toleranceMs) {
                earliestAdmissionOfLater = Math.min(earliestAdmissionOfLater, byArrival.get(later).admittedAt());
                later--;
            }
            if (earliestAdmissionOfLater < v.admittedAt()) {
                passedOver++;
            }
        }
        // against strict first come, first served: the k-th arrival would have had the k-th admission
        List<Long> admissions = byArrival.stream().map(Person::admittedAt).sorted().toList();
        List<Long> lateMs = new ArrayList<>();
        for (int i = 0; i < byArrival.size(); i++) {
            lateMs.add(byArrival.get(i).admittedAt() - admissions.get(i));
        }
        StringBuilder out = new StringBuilder("\nOverload: starts through the waiting room\n");
        out.append(String.format(Locale.ROOT, "  people %d, admitted %d, gave up after maxWait %d; tries %d, refused (503 WAITING_ROOM) %d%n",
                everyone.size(), admitted.size(), everyone.size() - admitted.size(), tries.size(), refusedMs.size()));
        out.append(String.format(Locale.ROOT, "  refusal latency ms: p50 %d, p99 %d, max %d%n",
                pct(refusedMs, 50), pct(refusedMs, 99), pct(refusedMs, 100)));
        out.append(String.format(Locale.ROOT, "  admitted start latency ms: p50 %d, p99 %d, max %d%n",
                pct(admittedMs, 50), pct(admittedMs, 99), pct(admittedMs, 100)));
        out.append(String.format(Locale.ROOT, "  longest wait in the waiting room: %.1f s%n", longestWait / 1000.0));
        if (!byArrival.isEmpty()) {
            // how fast the wave got in: from the first arrival to the last admission, and the busiest second
            long first = byArrival.get(0).arrivedAt();
            long last = admissions.get(admissions.size() - 1);
            java.util.Map<Long, Integer> perSecond = new java.util.HashMap<>();
            admissions.forEach(at -> perSecond.merge((at - first) / 1000, 1, Integer::sum));
            out.append(String.format(Locale.ROOT, "  all in %.1f s after the first arrival: %.0f admitted a second on average, %d in the busiest second%n",
                    (last - first) / 1000.0, admissions.size() * 1000.0 / Math.max(1, last - first),
                    perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0)));
        }
        out.append(String.format(Locale.ROOT, "  fairness: %d of %d admitted (%.2f %%) were passed over by someone who arrived more than %.1f s later;%n",
                passedOver, byArrival.size(), share(passedOver, byArrival.size()), toleranceMs / 1000.0));
        out.append(String.format(Locale.ROOT, "            %d (%.2f %%) went in before someone who arrived more than %.1f s earlier%n",
                overtakers, share(overtakers, byArrival.size()), toleranceMs / 1000.0));
        out.append(String.format(Locale.ROOT, "            admitted later than strict first come, first served would have: p50 %.1f s, p99 %.1f s, max %.1f s%n",
                pct(lateMs, 50) / 1000.0, pct(lateMs, 99) / 1000.0, pct(lateMs, 100) / 1000.0));
        return out.toString();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }

    /** The p-th percentile (100: the largest) of the values, 0 for none. */
    static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
