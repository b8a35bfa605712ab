package vn.dongnai.contest.admission;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start's holder is read from its token once: later tries of the same token, and tokens the
 * security filter has validated, are answered from memory — yet a forged, expired or foreign token
 * is refused as before, and a remembered one from its expiry on.
 */
@MicronautTest(transactional = false)
class BearerHoldersTest extends IntegrationTest {

    private static final AtomicLong SUBJECTS = new AtomicLong(900_000_000);

    @Inject
    BearerHolders holders;

    @Test
    void aTokenTheSecurityFilterHasValidatedIsNotVerifiedAgain() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(200, api.get("/api/me", person.token()).status());
        double verified = count("verified");

        assertEquals(Optional.of(Long.toString(person.id())), holders.holder(bearer(person.token()), Instant.now()));

        assertEquals(verified, count("verified"));
    }

    @Test
    void aVerifiedTokenIsAnsweredFromMemoryWhenItComesBack() throws JOSEException {
        String subject = Long.toString(SUBJECTS.incrementAndGet());
        String token = signed(platformKey(), subject, Instant.now().plus(Duration.ofMinutes(10)));
        double verified = count("verified");
        double remembered = count("remembered");

        assertEquals(Optional.of(subject), holders.holder(bearer(token), Instant.now()));
        assertEquals(Optional.of(subject), holders.holder(bearer(token), Instant.now()));
        assertEquals(Optional.of(subject), holders.holder(bearer(token), Instant.now()));

        assertEquals(verified + 1, count("verified"), "its signature checked once");
        assertEquals(remembered + 2, count("remembered"));
    }

    /**
     * The overload run's waiting room held 38,000 people on one node, each trying again every few
     * seconds; a cache of 10,000 tokens checked most of their signatures again on every try.
     */
    @Test
    void aWaitingRoomOfTwentyThousandIsVerifiedOncePerPerson() throws JOSEException {
        int people = 20_000;
        MACSigner signer = new MACSigner(platformKey().getBytes(StandardCharsets.UTF_8));
        Instant expiry = Instant.now().plus(Duration.ofMinutes(10));
        List<String> tokens = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            tokens.add(bearer(signed(signer, Long.toString(SUBJECTS.incrementAndGet()), expiry)));
        }
        double verified = count("verified");

        for (int pass = 0; pass < 3; pass++) {
            for (String token : tokens) {
                assertTrue(holders.holder(token, Instant.now()).isPresent());
            }
        }

        assertEquals(verified + people, count("verified"), "each signature checked on the first try only");
    }

    @Test
    void forgedExpiredAndForeignTokensAreRefusedAfterAValidOneIsRemembered() throws JOSEException {
        String subject = Long.toString(SUBJECTS.incrementAndGet());
        Instant expiry = Instant.now().plus(Duration.ofMinutes(10));
        String valid = signed(platformKey(), subject, expiry);
        assertEquals(Optional.of(subject), holders.holder(bearer(valid), Instant.now()));

        int inSignature = valid.lastIndexOf('.') + 5;
        String forged = valid.substring(0, inSignature) + (valid.charAt(inSignature) == 'A' ? 'B' : 'A')
                + valid.substring(inSignature + 1);
        String otherKey = signed("another-key-of-at-least-thirty-two-bytes!", subject, expiry);
        String expired = signed(platformKey(), subject, Instant.now().minusSeconds(1));

        assertEquals(Optional.empty(), holders.holder(bearer(forged), Instant.now()));
        assertEquals(Optional.empty(), holders.holder(bearer(otherKey), Instant.now()));
        assertEquals(Optional.empty(), holders.holder(bearer(expired), Instant.now()));
        assertEquals(Optional.empty(), holders.holder(bearer(valid), expiry), "remembered, yet refused from its expiry");
        assertEquals(Optional.of(subject), holders.holder(bearer(valid), Instant.now()));
    }

    @Test
    void aTokenTheSecurityFilterHasValidatedIsRefusedFromItsExpiry() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(200, api.get("/api/me", person.token()).status());

        // past the 15 minutes an access token lives
        assertEquals(Optional.empty(), holders.holder(bearer(person.token()), Instant.now().plus(Duration.ofMinutes(16))));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private String platformKey() {
        return context.getRequiredProperty("contest.jwt.secret", String.class);
    }

    private static String signed(String key, String subject, Instant expiry) throws JOSEException {
        return signed(new MACSigner(key.getBytes(StandardCharsets.UTF_8)), subject, expiry);
    }

    private static String signed(MACSigner signer, String subject, Instant expiry) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                new JWTClaimsSet.Builder().subject(subject).expirationTime(Date.from(expiry)).build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private double count(String result) {
        return context.getBean(MeterRegistry.class).get("contest.admission.holders").tag("result", result).counter().count();
    }
}
