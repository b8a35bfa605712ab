package vn.dongnai.contest.account;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A token this node has validated is not parsed and verified again ({@link ValidatedTokens}), yet
 * every request is still held to its session and its expiry, and a token changed by one byte is a
 * new token to validate.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.test.movable-clock", value = "true")
class ValidatedTokensTest extends IntegrationTest {

    @AfterEach
    void clockBackToNow() {
        clock().ahead = Duration.ZERO;
    }

    @Test
    void aTokenSeenBeforeIsAnsweredFromMemoryWithoutBeingParsedAgain() {
        Fixtures.Contestant person = fixtures.contestant();
        double parsed = count("miss");
        double remembered = count("hit");

        assertEquals(200, me(person.token()));
        assertEquals(parsed + 1, count("miss"), "the first request parses and verifies the token");
        assertEquals(200, me(person.token()));
        assertEquals(200, me(person.token()));

        assertEquals(parsed + 1, count("miss"), "parsed once only");
        assertEquals(remembered + 2, count("hit"));
    }

    @Test
    void theCountsArePublishedForPrometheus() {
        Fixtures.Contestant person = fixtures.contestant();
        me(person.token());
        me(person.token());

        String metrics = api.get("/prometheus", staff.adminToken()).body();

        assertTrue(metrics.contains("contest_token_cache_total{result=\"hit\"}"), metrics);
        assertTrue(metrics.contains("contest_token_cache_total{result=\"miss\"}"), metrics);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsPersonLogsOut() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(200, me(person.token()));
        assertEquals(204, api.post("/api/logout", Map.of(), person.token()).status());
        double remembered = count("hit");

        assertEquals(401, me(person.token()));
        assertEquals(remembered + 1, count("hit"), "refused by the session check, not by a new parse");
    }

    @Test
    void aRememberedTokenOfAnotherDeviceIsRefusedOnceThePasswordChanges() {
        Fixtures.Contestant person = fixtures.contestant();
        String otherDevice = fixtures.login(person.phone(), person.password());
        assertEquals(200, me(otherDevice));

        Api.Reply changed = api.post("/api/me/password",
                Map.of("currentPassword", person.password(), "newPassword", "moi-2025-abc"), person.token());

        assertEquals(200, changed.status(), changed.body());
        assertEquals(401, me(otherDevice));
        assertEquals(200, me((String) changed.map().get("access_token")));
    }

    @Test
    void aRememberedTokenIsRefusedFromItsExpiryByTheServersClock() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(200, me(person.token()));
        assertEquals(200, me(person.token()));
        double expired = count("expired");

        // past the 15 minutes an access token lives; Micronaut's own check, on the real clock, would still pass it
        clock().ahead = Duration.ofMinutes(16);

        assertEquals(401, me(person.token()));
        assertEquals(expired + 1, count("expired"));
    }

    @Test
    void aTokenWithAChangedSignatureIsRefusedAndNotRemembered() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(200, me(person.token()));
        String token = person.token();
        int inSignature = token.lastIndexOf('.') + 5;
        String tampered = token.substring(0, inSignature) + (token.charAt(inSignature) == 'A' ? 'B' : 'A')
                + token.substring(inSignature + 1);
        double parsed = count("miss");

        assertEquals(401, me(tampered));
        assertEquals(401, me(tampered));

        assertEquals(parsed + 2, count("miss"), "a refused token is validated afresh each time");
        assertEquals(200, me(person.token()));
    }

    @Test
    void aTokenWhosePayloadNamesAnotherPersonIsRefused() {
        Fixtures.Contestant person = fixtures.contestant();
        Fixtures.Contestant other = fixtures.contestant();
        assertEquals(200, me(person.token()));
        String[] parts = person.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String impersonating = payload.replace("\"sub\":\"" + person.id() + "\"", "\"sub\":\"" + other.id() + "\"");
        assertNotEquals(payload, impersonating);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(impersonating.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertEquals(401, me(tampered));
        assertEquals(401, me(tampered));
    }

    @Test
    void aValidatedTokenPublishesNoEventAsNothingListensToOne() {
        Fixtures.Contestant person = fixtures.contestant();
        long published = context.getBean(TokenEvents.class).seen.get();

        assertEquals(200, me(person.token()));
        assertEquals(200, me(person.token()));

        // Micronaut's own fetcher would have resolved the host and locale and published one each time
        assertEquals(published, context.getBean(TokenEvents.class).seen.get());
    }

    private int me(String token) {
        return api.get("/api/me", token).status();
    }

    private MovableClock clock() {
        return context.getBean(MovableClock.class);
    }

    private double count(String result) {
        return context.getBean(MeterRegistry.class).get("contest.token.cache").tag("result", result).counter().count();
    }

    /** The server's clock, which these tests move past a token's expiry; Micronaut's own checks keep the real one. */
    @Factory
    @Requires(property = "contest.test.movable-clock", value = "true")
    static class MovableClocks {

        @Singleton
        @Replaces(Clock.class)
        MovableClock clock() {
            return new MovableClock();
        }
    }

    /** Counts the events BearerTokenFetcher no longer publishes. */
    @Singleton
    @Requires(property = "contest.test.movable-clock", value = "true")
    static class TokenEvents implements ApplicationEventListener<TokenValidatedEvent> {

        final AtomicLong seen = new AtomicLong();

        @Override
        public void onApplicationEvent(TokenValidatedEvent event) {
            seen.incrementAndGet();
        }
    }

    static final class MovableClock extends Clock {

        private final Clock now = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return now.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(now.withZone(zone), ahead);
        }

        @Override
        public Instant instant() {
            return now.instant().plus(ahead);
        }
    }
}
