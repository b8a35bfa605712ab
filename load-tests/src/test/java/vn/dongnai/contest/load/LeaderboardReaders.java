package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Contestants watching the live board: each reader polls the first page and its own place every
 * {@code pollSeconds}, so {@code rate} requests per second need rate × poll / 2 readers. First
 * {@code entries} contestants start and submit so the board has rows, and the readers are those
 * contestants (round and round when there are more readers than entries), so "my place" exists.
 * With {@code submitRate} > 0 submissions run at that rate during the reading
 * ({@link SubmissionRate}'s two phases, on the contestants after the entries).
 *
 * <pre>
 * -Drate=1000 -Dduration=30 -DpollSeconds=5 -Dentries=2000 -DentryRate=200 -DsubmitRate=0 -DstartRate=400
 * </pre>
 */
public class LeaderboardReaders extends Simulation {

    static PopulationBuilder readers(Journeys journeys, String name, int from, int entries, double rate,
                                     Duration duration, Duration poll, Duration delay) {
        int readers = (int) Math.max(1, Math.round(rate * poll.toMillis() / 2000.0));
        long roundId = Settings.roundId();
        return scenario(name)
                .feed(Contestants.circular(from, entries))
                .exec(during(duration).on(pace(poll).exec(journeys.leaderboard(roundId)).exec(journeys.leaderboardMe(roundId))))
                .injectOpen(nothingFor(delay), rampUsers(readers).during(poll));
    }

    /** Entries on the board before anyone reads it: start and submit at once, no think time. */
    static PopulationBuilder entries(String name, int from, int count, double perSecond) {
        long roundId = Settings.roundId();
        return scenario(name)
                .feed(Contestants.slice(from, count))
                .exec(Journeys.WARM_UP.start(roundId))
                .exitHereIfFailed()
                .exec(Journeys.WARM_UP.submit(true))
                .injectOpen(constantUsersPerSec(perSecond).during(Duration.ofMillis(Math.round(count * 1000 / perSecond))));
    }

    {
        double rate = Settings.decimal("rate", 1000);
        Duration duration = Settings.seconds("duration", 30);
        Duration poll = Settings.seconds("pollSeconds", 5);
        int entries = Settings.integer("entries", 2000);
        double submitRate = Settings.decimal("submitRate", 0);
        double startRate = Settings.decimal("startRate", 400);
        int from = Settings.integer("from", 0);

        // the contestants who filled the board read it; submitters come after them in the tokens file
        int submitters = (int) Math.round(submitRate * duration.toSeconds());
        List<PopulationBuilder> during = new ArrayList<>();
        Duration readDelay = Duration.ZERO;
        if (submitters > 0) {
            during.add(SubmissionRate.population(Journeys.MEASURED, "submissions", from + entries, submitters,
                    startRate, submitRate, Settings.flag("answersInBody", true)));
            readDelay = SubmissionRate.startPhase(submitters, startRate);
        }
        during.add(readers(Journeys.MEASURED, "readers", from, entries, rate, duration, poll, readDelay));
        PopulationBuilder fill = entries("board filling", from, entries, Settings.decimal("entryRate", 200));
        setUp(fill.andThen(during))
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().is(0L));
    }
}
