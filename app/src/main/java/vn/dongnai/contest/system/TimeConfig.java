package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The server's clock: the only clock that counts for windows, deadlines and durations. */
@Factory
final class TimeConfig {

    /** Millisecond ticks: what MySQL's DATETIME(3) keeps, so a value read back equals the one returned. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
