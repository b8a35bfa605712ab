package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Submissions at a sustained rate. Phase 1 opens one attempt per contestant at {@code startRate};
 * phase 2 submits them at exactly {@code rate} per second for {@code duration} seconds, each
 * submit carrying every answer (the most work a submit can cost).
 *
 * <pre>
 * -Drate=1000 -Dduration=30 -DstartRate=400 -DanswersInBody=true -Dfrom=0 -Drehearsal=false -DrehearsalGap=20
 * </pre>
 * With {@code rehearsal=true} the same two phases run first on as many other contestants (requests
 * named "rehearsal …", kept out of the targets), and the measured ones {@code rehearsalGap} seconds
 * after they end: the first step to 1,000 submits a second is also the JIT's, about one core of
 * compiling for 10–15 s on this machine (docs/performance.md), so the rehearsal's rows show the
 * first contact and the measured ones the platform once it has met that load.
 */
public class SubmissionRate extends Simulation {

    /** When phase 2 begins, counted from the first start; every submitter waits for its slot. */
    static final class Schedule {
        private final AtomicLong firstStart = new AtomicLong();
        private final AtomicInteger slots = new AtomicInteger();
        private final long submitPhaseOffsetMs;
        private final double rate;

        Schedule(Duration startPhase, double rate) {
            this.submitPhaseOffsetMs = startPhase.toMillis() + 3_000;
            this.rate = rate;
        }

        void started() {
            firstStart.compareAndSet(0, System.currentTimeMillis());
        }

        Duration untilMySlot() {
            long slotAt = firstStart.get() + submitPhaseOffsetMs + Math.round(slots.getAndIncrement() * 1000 / rate);
            return Duration.ofMillis(Math.max(0, slotAt - System.currentTimeMillis()));
        }

        long phaseOneMs() {
            return submitPhaseOffsetMs;
        }
    }

    static PopulationBuilder population(Journeys journeys, String name, int from, int users, double startRate,
                                        double rate, boolean answersInBody) {
        return population(journeys, name, from, users, startRate, rate, answersInBody, Duration.ZERO);
    }

    /** As above, its first start {@code after} the simulation's beginning. */
    static PopulationBuilder population(Journeys journeys, String name, int from, int users, double startRate,
                                        double rate, boolean answersInBody, Duration after) {
        Duration startPhase = Duration.ofMillis(Math.round(users * 1000 / startRate));
        Schedule schedule = new Schedule(startPhase, rate);
        return scenario(name)
                .feed(Contestants.slice(from, users))
                .exec(session -> {
                    schedule.started();
                    return session;
                })
                .exec(journeys.start(Settings.roundId()))
                .exitHereIfFailed()
                .exec(pause(session -> schedule.untilMySlot()))
                .exec(journeys.submit(answersInBody))
                .injectOpen(nothingFor(after), constantUsersPerSec(startRate).during(startPhase));
    }

    /** How long phase 1 (the starts) lasts before the submissions begin. */
    static Duration startPhase(int users, double startRate) {
        return Duration.ofMillis(Math.round(users * 1000 / startRate) + 3_000);
    }

    {
        double rate = Settings.decimal("rate", 1000);
        Duration duration = Settings.seconds("duration", 30);
        int users = (int) Math.round(rate * duration.toMillis() / 1000.0);
        int from = Settings.integer("from", 0);
        double startRate = Settings.decimal("startRate", 400);
        boolean answersInBody = Settings.flag("answersInBody", true);
        List<PopulationBuilder> phases = new ArrayList<>();
        Duration measuredAfter = Duration.ZERO;
        if (Settings.flag("rehearsal", false)) {
            phases.add(population(Journeys.prefixed("rehearsal "), "rehearsal", from, users, startRate, rate, answersInBody));
            from += users;
            measuredAfter = startPhase(users, startRate).plus(duration).plus(Settings.seconds("rehearsalGap", 20));
        }
        phases.add(population(Journeys.MEASURED, "submissions", from, users, startRate, rate, answersInBody, measuredAfter));
        setUp(phases)
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().is(0L));
    }
}
