package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.global;

/**
 * Every journey of every simulation at a few hundred users, in about half a minute: what
 * {@code ./mvnw verify} runs so the simulations keep working as the API changes. Fails on any
 * failed request. Needs 1,000 seeded contestants.
 */
public class Smoke extends Simulation {

    {
        boolean leaderboard = Settings.flag("leaderboard", true);
        Duration thinkMin = Duration.ofMillis(50);
        Duration thinkMax = Duration.ofMillis(250);
        List<PopulationBuilder> all = new ArrayList<>();
        all.add(SynchronizedStart.population(Journeys.MEASURED, "synchronized start", 0, 250,
                Duration.ofSeconds(5), thinkMin, thinkMax, false));
        all.add(SubmissionRate.population(Journeys.MEASURED, "submissions", 250, 150, 50, 50, true));
        all.add(RegistrationWave.population("registration wave", 1, Duration.ofSeconds(10), true));
        // readers of the board are the first 100 synchronized starters, who have submitted 15 s in
        all.addAll(MixedDay.populations(400, Duration.ofSeconds(15), 0, 0.5, 4, thinkMin, thinkMax, leaderboard, 10,
                0, 100, Duration.ofSeconds(15)));
        if (leaderboard) {
            all.add(LeaderboardReaders.readers(Journeys.MEASURED, "readers", 0, 100, 20, Duration.ofSeconds(15),
                    Duration.ofSeconds(2), Duration.ofSeconds(15)));
        }
        setUp(all)
                .protocols(Journeys.protocol())
                .maxDuration(Duration.ofMinutes(3))
                .assertions(global().failedRequests().count().is(0L));
    }
}
