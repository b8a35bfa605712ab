package vn.dongnai.contest.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

/**
 * This node's memory of the access tokens Micronaut has already validated: a contestant's every
 * request carries the same token, and its parse and signature check (Nimbus, HMAC, the claim
 * checks) cost more than the request's own work on the hot paths. A token's signature and claims
 * are a property of its text alone, so the whole token is the key and a changed byte is a miss.
 * Only the signature and claims are remembered: the session check ({@link SessionValidity}) still
 * runs on every request, so logout and a password change end a cached token at once.
 * <p>
 * An entry lives until the token's own expiry and no longer than the max age; the expiry is checked
 * again on every hit against the server's clock, so a token is refused from its {@code exp} on,
 * whatever the cache's own timer says.
 * <p>
 * Admission reads it too ({@link #subject}): a start's holder is a token's verified subject, and a
 * person this node has served before need not have their token verified again to queue for a start.
 */
@Singleton
public class ValidatedTokens {

    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, Validated> tokens;
    private final Counter hits;
    private final Counter misses;
    private final Counter expired;

    ValidatedTokens(Clock clock, MeterRegistry meters,
                    // about 1–1.5 KB a token: 20,000 people active on one node within the max age, ~30 MB
                    @Value("${contest.sessions.token-cache.size:20000}") long size,
                    @Value("${contest.sessions.token-cache.max-age:5m}") Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.tokens = Caffeine.newBuilder().maximumSize(size).expireAfter(new UntilExpiry()).build();
        this.hits = counter(meters, "hit");
        this.misses = counter(meters, "miss");
        this.expired = counter(meters, "expired");
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("contest.token.cache").tag("result", result)
                .description("Access tokens answered from this node's memory (hit), parsed and verified (miss), "
                        + "or refused there as expired")
                .register(meters);
    }

    /**
     * The token's authentication: from memory when this node has validated it before and it has not
     * expired, else from {@code validation} (Micronaut's parse, signature and claim checks), whose
     * answer is remembered. A remembered token past its expiry is refused, not validated again.
     */
    Publisher<Authentication> validated(String token, Function<String, Publisher<Authentication>> validation) {
        Validated validated = tokens.getIfPresent(token);
        if (validated == null) {
            misses.increment();
            return Mono.from(validation.apply(token)).doOnNext(authentication -> remember(token, authentication));
        }
        if (!clock.instant().isBefore(validated.expiresAt())) {
            tokens.invalidate(token);
            expired.increment();
            return Mono.empty();
        }
        hits.increment();
        return Mono.just(validated.authentication());
    }

    /**
     * The subject of a token Micronaut has validated on this node (its signature by the platform's
     * key, its claims), while it has not expired by {@code now}; empty when it is not remembered,
     * which says nothing against it. A read only: the counts and the entries stay the security
     * filter's, which refuses and forgets an expired token itself.
     */
    public Optional<String> subject(String token, Instant now) {
        Validated validated = tokens.getIfPresent(token);
        if (validated == null || !now.isBefore(validated.expiresAt())) {
            return Optional.empty();
        }
        return Optional.ofNullable(validated.authentication().getAttributes().get(Claims.SUBJECT))
                .map(Object::toString);
    }

    /** Only what Micronaut accepted comes here; a token without an expiry, or already past it, is not kept. */
    private void remember(String token, Authentication authentication) {
        Instant expiresAt = expiryOf(authentication);
        if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
            tokens.put(token, new Validated(authentication, expiresAt));
        }
    }

    private static @Nullable Instant expiryOf(Authentication authentication) {
        Object exp = authentication.getAttributes().get(Claims.EXPIRATION_TIME);
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private record Validated(Authentication authentication, Instant expiresAt) {
    }

    /** Until the token expires by the server's clock, and the max age at most. */
    private final class UntilExpiry implements Expiry<String, Validated> {

        @Override
        public long expireAfterCreate(String token, Validated validated, long currentTime) {
            Duration left = Duration.between(clock.instant(), validated.expiresAt());
            return Math.max(0, (left.compareTo(maxAge) < 0 ? left : maxAge).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Validated validated, long currentTime, long currentDuration) {
            return expireAfterCreate(token, validated, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Validated validated, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
