package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The server's clock: the only clock that counts for windows, deadlines and durations. */
@Factory
final class TimeConfig {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
