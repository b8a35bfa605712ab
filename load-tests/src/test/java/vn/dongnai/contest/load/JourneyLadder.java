package vn.dongnai.contest.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The journey ladder: full contestant journeys arriving open-loop at a rate that steps up —
 * each journey [login], start, ten autosaves back to back, submit (every answer in the body), read
 * the result (the history page) — and, per step, the slowest request's p99, the errors and the
 * CPU-ms one journey cost each process (app, MariaDB, Redis, this load generator). A step is held
 * when its slowest request's p99 is at most 1 s with no error, and its people were let in: the time
 * from a journey's arrival to its attempt (its login, the sign-in and waiting rooms' tries included:
 * their 503s are quick answers, not service) has a p99 of at most 1 s too, and every journey got its
 * attempt. The summary names the highest rate held.
 * Journeys are put in the step they arrived in (request names "160/s start" …), and each step is
 * followed by a quiet gap so its stragglers finish before the next one starts.
 *
 * <pre>
 * -Dlogin=false -Drates=40,80,120,160,200,240 -Dstep=15 -Dgap=5 -DprobeJourneys=200
 * </pre>
 * {@code -Dlogin=true} logs in (a BCrypt check) at the start of each journey; otherwise the seeded
 * token is used, as for people already logged in. {@code -DprobeJourneys=N} first runs
 * {@link StatementProbe} on N contestants (0 leaves it out). Contestants are reused round and round,
 * so seed enough attempts: journeys ≤ contestants × --attempts.
 */
public class JourneyLadder extends Simulation {

    static final String CPU_FILE = "ladder-cpu.tsv";
    static final String STATEMENTS_FILE = "statements.txt";
    static final String WAIT_FILE = "ladder-wait.tsv";
    /** When each journey arrived, and when it arrived and had its attempt (epoch ms). */
    private final Queue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private final Queue<long[]> admissions = new ConcurrentLinkedQueue<>();

    private final int[] rates = Arrays.stream(Settings.string("rates", "40,80,120,160,200,240").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    private final Duration step = Settings.seconds("step", 15);
    private final Duration gap = Settings.seconds("gap", 5);
    private final int probeJourneys = Settings.integer("probeJourneys", 200);
    private final AtomicLong firstArrival = new AtomicLong();
    private volatile long firstArrivalMs;
    private final List<ProcessCpu.Reading> readings = new ArrayList<>();
    private volatile Thread sampler;

    @Override
    public void before() {
        if (probeJourneys > 0) {
            try {
                String table = new StatementProbe(Settings.platform(), Settings.integer("probeConcurrency", 8))
                        .run(Contestants.all().subList(0, probeJourneys));
                System.out.print(table);
                Files.writeString(runDir().resolve(STATEMENTS_FILE), table);
            } catch (Exception e) {
                throw new IllegalStateException("the statement probe failed", e);
            }
        }
    }

    /** Reads every process's CPU at each step's start and at the end of its gap, from the first arrival on. */
    private void arrived() {
        if (firstArrival.compareAndSet(0, System.nanoTime())) {
            firstArrivalMs = System.currentTimeMillis();
            ProcessCpu cpu = new ProcessCpu(Settings.platform());
            sampler = Thread.ofPlatform().daemon().name("ladder-cpu").start(() -> {
                long period = step.plus(gap).toNanos();
                for (int k = 0; k <= rates.length; k++) {
                    long at = firstArrival.get() + k * period;
                    long wait = at - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(Duration.ofNanos(wait));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    synchronized (readings) {
                        readings.add(cpu.read());
                    }
                }
            });
        }
    }

    private String stepName() {
        long elapsed = System.nanoTime() - firstArrival.get();
        int k = (int) Math.min(rates.length - 1, elapsed / step.plus(gap).toNanos());
        return rates[k] + "/s";
    }

    @Override
    public void after() {
        try {
            if (sampler != null) {
                sampler.join(step.plus(gap).toMillis() + 5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StringBuilder tsv = new StringBuilder("rate\tseconds\tapp\tdatabase\tredis\tgenerator\n");
        synchronized (readings) {
            for (int k = 1; k < readings.size(); k++) {
                ProcessCpu.Reading d = readings.get(k).minus(readings.get(k - 1));
                tsv.append(String.format(Locale.ROOT, "%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f%n", rates[k - 1], d.nanos() / 1e9,
                        d.app(), d.database(), d.redis(), d.generator()));
            }
        }
        try {
            Files.writeString(runDir().resolve(CPU_FILE), tsv);
            Files.writeString(runDir().resolve(WAIT_FILE), waits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Per step: journeys that arrived, how many got an attempt, and the p99 and longest time from a
     * journey's arrival to its attempt (its login and the sign-in room included, the waiting room's tries too).
     */
    private String waits() {
        long period = step.plus(gap).toMillis();
        StringBuilder tsv = new StringBuilder("rate\tarrived\tadmitted\tp99WaitMs\tmaxWaitMs\n");
        for (int k = 0; k < rates.length; k++) {
            int index = k;
            LongPredicate inStep = at -> Math.min(rates.length - 1, (at - firstArrivalMs) / period) == index;
            long arrived = arrivals.stream().filter(inStep::test).count();
            List<Long> waits = admissions.stream().filter(a -> inStep.test(a[0])).map(a -> a[1] - a[0]).toList();
            tsv.append(String.format(Locale.ROOT, "%d\t%d\t%d\t%d\t%d%n", rates[k], arrived, waits.size(),
                    Overload.pct(waits, 99), Overload.pct(waits, 100)));
        }
        return tsv.toString();
    }

    private static Path runDir() {
        String platform = System.getProperty("platform");
        return platform == null ? Path.of(".") : Path.of(platform).toAbsolutePath().getParent();
    }

    {
        boolean login = Settings.flag("login", false);
        Journeys journeys = Journeys.prefixed("#{ladderStep} ");
        ChainBuilder journey = exec(session -> {
            arrived();
            long at = System.currentTimeMillis();
            arrivals.add(at);
            return session.set("ladderStep", stepName()).set("journeyAt", at);
        });
        if (login) {
            journey = journey.exec(journeys.login()).exitHereIfFailed();
        }
        journey = journey.exec(journeys.start(Settings.roundId())).exitHereIfFailed()
                .exec(session -> {
                    admissions.add(new long[]{session.getLong("journeyAt"), System.currentTimeMillis()});
                    return session;
                })
                .exec(journeys.answerFirst(10)).exitHereIfFailed()
                .exec(journeys.submit(true)).exitHereIfFailed()
                .exec(journeys.myAttempts());
        List<OpenInjectionStep> injection = new ArrayList<>();
        for (int rate : rates) {
            injection.add(constantUsersPerSec(rate).during(step));
            injection.add(nothingFor(gap));
        }
        int probed = probeJourneys;
        setUp(scenario("journeys")
                .feed(Contestants.circular(probed, Contestants.all().size() - probed))
                .exec(journey)
                .injectOpen(injection))
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 1800));
    }
}
