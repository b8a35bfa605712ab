package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stressPeakUsers;

/**
 * The peak: a round opens at a set hour and N contestants press "start" within T seconds, then
 * answer every question with think time (each choice autosaved) and submit.
 *
 * <pre>
 * -Dusers=5000 -Dwithin=10 -DthinkMin=5 -DthinkMax=20 -Dshape=ramp|peak -Dfrom=0 -Dwarmup=0
 * </pre>
 * Think time: 5–20 s a question (12.5 s on average, 250 s for 20 questions) is quicker than a real
 * contestant with 15 minutes for 20 questions, so the autosaves that follow the starts are if
 * anything denser than in life.
 * {@code shape=ramp} spreads the starts evenly over T; {@code peak} bunches them in the middle
 * (Gatling's stress peak, a smoothed step). {@code warmup} seconds of light traffic on other
 * contestants first, reported apart, stand for a server that has been up for a while.
 */
public class SynchronizedStart extends Simulation {

    static PopulationBuilder population(Journeys journeys, String name, int from, int users, Duration within,
                                        Duration thinkMin, Duration thinkMax, boolean peak) {
        long roundId = Settings.roundId();
        return scenario(name)
                .feed(Contestants.slice(from, users))
                .exec(journeys.start(roundId))
                .exitHereIfFailed()
                .exec(journeys.answerAll(thinkMin, thinkMax))
                .exec(journeys.submit(false))
                .injectOpen(peak ? stressPeakUsers(users).during(within) : rampUsers(users).during(within));
    }

    /** Light traffic on contestants after the measured ones, so the JIT has seen every path. */
    static PopulationBuilder warmUp(int from, Duration duration) {
        int users = (int) Math.max(1, duration.toSeconds() * 10);
        return population(Journeys.WARM_UP, "warm-up", from, users, duration, Duration.ZERO,
                Duration.ofMillis(100), false);
    }

    {
        int users = Settings.integer("users", 5000);
        int from = Settings.integer("from", 0);
        Duration warmup = Settings.seconds("warmup", 0);
        PopulationBuilder peak = population(Journeys.MEASURED, "synchronized start", from, users,
                Settings.seconds("within", 10), Settings.seconds("thinkMin", 5), Settings.seconds("thinkMax", 20),
                "peak".equals(Settings.string("shape", "ramp")));
        setUp(warmup.isZero() ? peak : warmUp(from + users, warmup).andThen(peak))
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().lte((long) Settings.integer("allowedFailures", 0)));
    }

    @Override
    public void after() {
        // the warm-up's starts are not the wave's
        Journeys.START_TRIES.removeIf(t -> t.who().startsWith("warm-up "));
        Overload.reportStartTries("synchronized-start");
    }
}
