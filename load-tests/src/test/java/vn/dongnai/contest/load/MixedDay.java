package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * An ordinary contest day, everything at once at steady rates: newcomers register, returning
 * contestants log in and look at the contest, contestants take an attempt with think time and
 * then look at the board, and people who took part earlier read the board.
 *
 * <pre>
 * -Dduration=120 -DregisterRate=2 -DloginRate=2 -DattemptRate=20 -DthinkMin=2 -DthinkMax=6
 * -Dleaderboard=true -DreadRate=50 -Dentries=500 -Dfrom=0
 * </pre>
 * First {@code entries} contestants start and submit at once (the morning's entries, reported
 * apart as warm-up); readers are those contestants. Contestants used: entries + (loginRate +
 * attemptRate) × duration from {@code from}.
 */
public class MixedDay extends Simulation {

    /** Readers read the board as contestants {@code [readersFrom, readersFrom + readersCount)}, who have entries. */
    static List<PopulationBuilder> populations(int from, Duration duration, double registerRate, double loginRate,
                                               double attemptRate, Duration thinkMin, Duration thinkMax,
                                               boolean leaderboard, double readRate, int readersFrom,
                                               int readersCount, Duration readersDelay) {
        Journeys j = Journeys.MEASURED;
        long roundId = Settings.roundId();
        long seconds = duration.toSeconds();
        List<PopulationBuilder> populations = new ArrayList<>();
        if (registerRate > 0) {
            populations.add(RegistrationWave.population("newcomers", registerRate, duration, false));
        }
        int logins = (int) Math.round(loginRate * seconds);
        if (logins > 0) {
            populations.add(scenario("returning visitors")
                    .feed(Contestants.slice(from, logins))
                    .exec(j.login()).exitHereIfFailed().exec(j.contests())
                    .injectOpen(constantUsersPerSec(loginRate).during(duration)));
        }
        int attempts = (int) Math.round(attemptRate * seconds);
        var contestant = scenario("contestants")
                .feed(Contestants.slice(from + logins, attempts))
                .exec(j.contests())
                .exec(j.start(roundId)).exitHereIfFailed()
                .exec(j.answerAll(thinkMin, thinkMax))
                .exec(j.submit(false));
        if (leaderboard) {
            contestant = contestant.exec(j.leaderboard(roundId)).exec(j.leaderboardMe(roundId));
        }
        populations.add(contestant.injectOpen(constantUsersPerSec(attemptRate).during(duration)));
        if (leaderboard && readRate > 0) {
            populations.add(scenario("board readers")
                    .feed(Contestants.circular(readersFrom, readersCount))
                    .exec(j.leaderboard(roundId)).exec(j.leaderboardMe(roundId))
                    .injectOpen(nothingFor(readersDelay), constantUsersPerSec(readRate / 2).during(duration)));
        }
        return populations;
    }

    {
        // the board already has the morning's entries when the measured part of the day begins
        int from = Settings.integer("from", 0);
        int entries = Settings.integer("entries", 500);
        PopulationBuilder morning = LeaderboardReaders.entries("morning entries", from, entries, 100);
        setUp(morning.andThen(populations(from + entries, Settings.seconds("duration", 120),
                Settings.decimal("registerRate", 2), Settings.decimal("loginRate", 2),
                Settings.decimal("attemptRate", 20), Settings.seconds("thinkMin", 2), Settings.seconds("thinkMax", 6),
                Settings.flag("leaderboard", true), Settings.decimal("readRate", 50), from, entries, Duration.ZERO)))
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().is(0L));
    }
}
