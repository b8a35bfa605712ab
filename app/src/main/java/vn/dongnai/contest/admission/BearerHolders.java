package vn.dongnai.contest.admission;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.dongnai.contest.account.ValidatedTokens;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Who a start's bearer token says it is, read on the event loop before Micronaut Security runs: the
 * token's subject when it is an HS256 JWT signed with the platform's key and not expired. Only what
 * binds a waiting-room ticket to its holder ({@link Tickets}) comes from here: a start the room lets
 * in still goes through the whole of security (the session check included) before the controller.
 * A refused start is thereby answered without the session check, which for a person nobody has seen
 * on this node lately is a Redis or MySQL lookup on the blocking pool (docs/performance.md, "Overload").
 * <p>
 * A person in the waiting room tries again every few seconds with the same token, so its signature
 * is checked once: a token the security filter has validated on this node ({@link ValidatedTokens})
 * or this class has verified before is answered from memory, its expiry checked against {@code now}
 * every time. What this class verifies it keeps in a small cache of its own, not in
 * {@link ValidatedTokens}: that one's entries stand for Micronaut's whole validation (its claim
 * validators, the authentication it builds) and are served to the security filter as such, which a
 * signature and an expiry checked here do not prove.
 */
@Singleton
class BearerHolders {

    private static final String BEARER = "Bearer ";

    private final MACVerifier verifier;
    private final ValidatedTokens validated;
    private final Cache<String, Holder> verified;
    private final Counter remembered;
    private final Counter verifications;

    BearerHolders(@Value("${contest.jwt.secret}") String secret, ValidatedTokens validated, MeterRegistry meters,
                  // the people waiting on one node for a start, each trying again every few seconds: the
                  // overload run's room held 38,000 (docs/performance.md); a token is about 260 characters
                  @Value("${contest.admission.holders.size:50000}") long size) {
        try {
            this.verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException("the token key is not usable for HS256", e);
        }
        this.validated = validated;
        // as long as an access token lives by default; its own expiry is checked on every hit
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(Duration.ofMinutes(15)).build();
        this.remembered = counter(meters, "remembered");
        this.verifications = counter(meters, "verified");
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("contest.admission.holders").tag("result", result)
                .description("Start tokens whose holder was answered from memory (remembered) or whose signature "
                        + "was checked (verified)")
                .register(meters);
    }

    /** The verified subject of the {@code Authorization} header's bearer token, if it is one of ours and current. */
    Optional<String> holder(String authorization, Instant now) {
        if (authorization == null || authorization.length() > 4_096
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        Optional<String> subject = validated.subject(token, now);
        if (subject.isEmpty()) {
            Holder holder = verified.getIfPresent(token);
            subject = holder != null && now.isBefore(holder.expiresAt()) ? Optional.of(holder.subject()) : Optional.empty();
        }
        if (subject.isPresent()) {
            remembered.increment();
            return subject;
        }
        return verify(token, now);
    }

    /** Checks the token's signature and expiry; a token that passes is remembered, one that fails is not. */
    private Optional<String> verify(String token, Instant now) {
        verifications.increment();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !now.isBefore(expiry.toInstant()) || claims.getSubject() == null) {
                return Optional.empty();
            }
            verified.put(token, new Holder(claims.getSubject(), expiry.toInstant()));
            return Optional.of(claims.getSubject());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Holder(String subject, Instant expiresAt) {
    }
}
