package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.global;

/**
 * Every journey of every simulation at a few hundred users, in about half a minute: what
 * {@code ./mvnw verify} runs so the simulations keep working as the API changes. Fails on any
 * failed request. Needs 1,100 seeded contestants: the last 100 first go through
 * {@link StatementProbe} (start, ten autosaves, submit, result, phase by phase), whose table of
 * statements and CPU per request goes into the summary ({@code statements.txt} beside the
 * platform's state), so every build prints what the hot paths cost the database.
 */
public class Smoke extends Simulation {

    static final int SIMULATED = 1000;
    private final int probeJourneys = Settings.integer("probeJourneys", 100);

    @Override
    public void before() {
        if (probeJourneys <= 0) {
            return;
        }
        try {
            String table = new StatementProbe(Settings.platform(), Settings.integer("probeConcurrency", 8))
                    .run(Contestants.all().subList(SIMULATED, SIMULATED + probeJourneys));
            System.out.print(table);
            String platform = System.getProperty("platform");
            if (platform != null && !platform.isBlank()) {
                Files.writeString(Path.of(platform).resolveSibling("statements.txt"), table);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the statement probe could not write its table", e);
        } catch (Exception e) {
            throw new IllegalStateException("the statement probe failed", e);
        }
    }

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
