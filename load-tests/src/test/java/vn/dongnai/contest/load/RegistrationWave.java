package vn.dongnai.contest.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * People registering after the contest is announced (a post on the province's page, a message
 * in every office's group): each registers, then logs in with the new phone. Both cost one
 * BCrypt, so this is the CPU-bound path.
 *
 * <pre>
 * -Drate=20 -Dduration=60 -Dlogin=true
 * </pre>
 */
public class RegistrationWave extends Simulation {

    static PopulationBuilder population(String name, double rate, Duration duration, boolean login) {
        var scenario = scenario(name).exec(Journeys.MEASURED.register());
        if (login) {
            scenario = scenario.exitHereIfFailed().exec(Journeys.MEASURED.login())
                    .exitHereIfFailed().exec(Journeys.MEASURED.contests());
        }
        return scenario.injectOpen(constantUsersPerSec(rate).during(duration));
    }

    {
        setUp(population("registration wave", Settings.decimal("rate", 20), Settings.seconds("duration", 60),
                Settings.flag("login", true)))
                .protocols(Journeys.protocol())
                .maxDuration(Settings.seconds("maxDuration", 900))
                .assertions(global().failedRequests().count().is(0L));
    }
}
