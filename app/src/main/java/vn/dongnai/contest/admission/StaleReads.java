package vn.dongnai.contest.admission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The last answer of each public read (contest list, boards, winners) that is the same for everyone
 * ({@link Admission.CopyFrom}), kept a few seconds on this node: what a refused read is answered
 * with, marked {@code X-Stale: true}, instead of queueing behind attempts. Refreshed at most once
 * a second per address, so keeping it costs nearly nothing.
 */
@Singleton
class StaleReads {

    record Copy(Object body, Instant storedAt) {
    }

    private final Cache<String, Copy> copies;
    private final Clock clock;

    StaleReads(Clock clock, @Value("${contest.admission.stale-for:10s}") Duration staleFor) {
        this.clock = clock;
        this.copies = Caffeine.newBuilder().expireAfterWrite(staleFor).maximumSize(5_000).build();
    }

    void keep(String address, Object body) {
        Instant now = clock.instant();
        Copy before = copies.getIfPresent(address);
        if (before == null || before.storedAt().plusSeconds(1).isBefore(now)) {
            copies.put(address, new Copy(body, now));
        }
    }

    Optional<Copy> copy(String address) {
        return Optional.ofNullable(copies.getIfPresent(address));
    }
}
