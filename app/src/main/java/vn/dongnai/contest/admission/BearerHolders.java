package vn.dongnai.contest.admission;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

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
 * <p>
 * In a wave every arrival brings a token nobody has seen, and Nimbus' parse of its header and claims
 * and a new {@link Mac} for each check cost about 0.1 ms of an event loop each: a sixth of the loops'
 * time (docs/performance.md, "Eighth pass"). A token with the very header the platform's own tokens
 * carry ({@value #OWN_HEADER_JSON}, so no other algorithm can be slipped in) is therefore checked
 * here directly: HMAC-SHA256 over its first two parts with the loop's own {@link Mac}, compared in
 * constant time, then {@code sub} and {@code exp} read from its claims. Any other header goes to
 * Nimbus as before.
 */
@Singleton
class BearerHolders {

    private static final String BEARER = "Bearer ";
    static final String OWN_HEADER_JSON = "{\"alg\":\"HS256\"}";
    private static final String OWN_HEADER = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(OWN_HEADER_JSON.getBytes(StandardCharsets.US_ASCII));
    private static final JsonFactory JSON = new JsonFactory();

    private final MACVerifier verifier;
    /** One per thread (a Mac is not thread-safe): the event loops, each keyed once. */
    private final ThreadLocal<Mac> macs;
    /** Tokens checked without Nimbus (tests). */
    final LongAdder ownHeaderChecks = new LongAdder();
    private final ValidatedTokens validated;
    private final Cache<String, Holder> verified;
    private final Counter remembered;
    private final Counter verifications;

    BearerHolders(@Value("${contest.jwt.secret}") String secret, ValidatedTokens validated, MeterRegistry meters,
                  // about 1–1.5 KB a token: the people waiting on one node for a start
                  @Value("${contest.admission.holders.size:10000}") long size) {
        try {
            this.verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException("the token key is not usable for HS256", e);
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
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
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        Optional<Holder> holder = first == OWN_HEADER.length() && token.startsWith(OWN_HEADER) && second > first
                ? ownHeader(token, second) : nimbus(token);
        holder = holder.filter(h -> now.isBefore(h.expiresAt()));
        holder.ifPresent(h -> verified.put(token, h));
        return holder.map(Holder::subject);
    }

    /** A token with the platform's own header: its HMAC, then its subject and expiry. */
    private Optional<Holder> ownHeader(String token, int second) {
        ownHeaderChecks.increment();
        byte[] signature;
        byte[] claims;
        try {
            signature = Base64.getUrlDecoder().decode(token.substring(second + 1));
            claims = Base64.getUrlDecoder().decode(token.substring(OWN_HEADER.length() + 1, second));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not base64url, or a third dot
        }
        byte[] expected = macs.get().doFinal(token.substring(0, second).getBytes(StandardCharsets.US_ASCII));
        if (!MessageDigest.isEqual(expected, signature)) {
            return Optional.empty();
        }
        String subject = null;
        long expiry = -1;
        try (JsonParser parser = JSON.createParser(claims)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("sub".equals(name) && value == JsonToken.VALUE_STRING) {
                    subject = parser.getText();
                } else if ("exp".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                    expiry = parser.getLongValue();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return subject == null || expiry < 0 ? Optional.empty()
                : Optional.of(new Holder(subject, Instant.ofEpochSecond(expiry)));
    }

    /** Any other token, checked by Nimbus: HS256 with the platform's key, a subject and an expiry. */
    private Optional<Holder> nimbus(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || claims.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(new Holder(claims.getSubject(), expiry.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Holder(String subject, Instant expiresAt) {
    }
}
