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
        // the board has 100 entries before anything else runs, so its readers always have a place
        PopulationBuilder board = LeaderboardReaders.entries("board filling", 0, 100, 50);
        List<PopulationBuilder> all = new ArrayList<>();
        all.add(SynchronizedStart.population(Journeys.MEASURED, "synchronized start", 100, 250,
                Duration.ofSeconds(5), thinkMin, thinkMax, false));
        all.add(SubmissionRate.population(Journeys.MEASURED, "submissions", 350, 150, 50, 50, true));
        all.add(RegistrationWave.population("registration wave", 1, Duration.ofSeconds(10), true));
        all.addAll(MixedDay.populations(500, Duration.ofSeconds(15), 0, 0.5, 4, thinkMin, thinkMax, leaderboard, 10,
                0, 100, Duration.ZERO));
        if (leaderboard) {
            all.add(LeaderboardReaders.readers(Journeys.MEASURED, "readers", 0, 100, 20, Duration.ofSeconds(15),
                    Duration.ofSeconds(2), Duration.ZERO));
        }
        setUp(board.andThen(all))
                .protocols(Journeys.protocol())
                .maxDuration(Duration.ofMinutes(3))
                .assertions(global().failedRequests().count().is(0L));
    }
}
