package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * An ordinary contest day, everything at once at steady rates: newcomers register, returning
 * contestants log in and look at the contest, contestants take an attempt with think time, and
 * (with {@code -Dleaderboard=true}) people read the board.
 *
 * <pre>
 * -Dduration=120 -DregisterRate=2 -DloginRate=2 -DattemptRate=20 -DthinkMin=2 -DthinkMax=6
 * -Dleaderboard=false -DreadRate=50 -Dfrom=0
 * </pre>
 * Contestants used: (loginRate + attemptRate + readRate) × duration from {@code from}.
 */
public class MixedDay extends Simulation {

    static List<PopulationBuilder> populations(int from, Duration duration, double registerRate, double loginRate,
                                               double attemptRate, Duration thinkMin, Duration thinkMax,
                                               boolean leaderboard, double readRate) {
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
        int reads = (int) Math.round(readRate * seconds / 2);
        if (leaderboard && reads > 0) {
            // readers are contestants who took part earlier in the day (the "contestants" slice)
            populations.add(scenario("board readers")
                    .feed(Contestants.slice(from + logins, reads))
                    .exec(j.leaderboard(roundId)).exec(j.leaderboardMe(roundId))
                    .injectOpen(constantUsersPerSec(readRate / 2).during(duration)));
        }
        return populations;
    }

    {
        setUp(populations(Settings.integer("from", 0), Settings.seconds("duration", 120),
                Settings.decimal("registerRate", 2), Settings.decimal("loginRate", 2),
                Settings.decimal("attemptRate", 20), Settings.seconds("thinkMin", 2), Settings.seconds("thinkMax", 6),
                Settings.flag("leaderboard", false), Settings.decimal("readRate", 50)))
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().is(0L));
    }
}
