package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Submissions at a sustained rate. Phase 1 opens one attempt per contestant at {@code startRate};
 * phase 2 submits them at exactly {@code rate} per second for {@code duration} seconds, each
 * submit carrying every answer (the most work a submit can cost).
 *
 * <pre>
 * -Drate=1000 -Dduration=30 -DstartRate=400 -DanswersInBody=true -Dfrom=0
 * </pre>
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
                .injectOpen(constantUsersPerSec(startRate).during(startPhase));
    }

    /** How long phase 1 (the starts) lasts before the submissions begin. */
    static Duration startPhase(int users, double startRate) {
        return Duration.ofMillis(Math.round(users * 1000 / startRate) + 3_000);
    }

    {
        double rate = Settings.decimal("rate", 1000);
        int users = (int) Math.round(rate * Settings.decimal("duration", 30));
        setUp(population(Journeys.MEASURED, "submissions", Settings.integer("from", 0), users,
                Settings.decimal("startRate", 400), rate, Settings.flag("answersInBody", true)))
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().is(0L));
    }
}
