package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Refresh tokens rotate: each renewal spends the token presented and hands out the one
 * {@link RefreshChain} says follows it. A renewal whose answer was lost (the console reloaded while
 * it ran) may be repeated for 30 s and gives that same next token; nothing else gets a spent token
 * anything.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.test.movable-clock", value = "true")
class RefreshTokenRotationTest extends IntegrationTest {

    @AfterEach
    void clockBackToNow() {
        context.getBean(ValidatedTokensTest.MovableClock.class).ahead = Duration.ZERO;
    }

    @Test
    void aRenewalGivesANewRefreshTokenAndASpentOneNeverStartsASecondLine() {
        String first = refreshTokenOf(fixtures.contestant());

        Api.Reply renewed = renew(first);
        assertEquals(200, renewed.status(), renewed.body());
        String second = refreshToken(renewed);
        assertNotEquals(first, second);
        assertEquals(200, api.get("/api/me", (String) renewed.map().get("access_token")).status());

        Api.Reply third = renew(second);
        assertEquals(200, third.status(), third.body());
        assertNotEquals(second, refreshToken(third));
        // the line has moved past the token the first one gave: the first is worth nothing now
        assertEquals("invalid_grant", renew(first).map().get("error"));
        assertEquals(400, renew(first).status());
    }

    @Test
    void aRenewalWhoseAnswerWasLostIsRepeatedForThirtySecondsAndGivesTheSameNextToken() {
        String first = refreshTokenOf(fixtures.contestant());
        String next = refreshToken(renew(first));

        // the browser never saw that answer: it tries the spent token again, 20 s later
        clock().ahead = Duration.ofSeconds(20);
        Api.Reply repeated = renew(first);
        assertEquals(200, repeated.status(), repeated.body());
        assertEquals(next, refreshToken(repeated), "a repeat gives the same next token, not a second line");
        assertEquals(200, api.get("/api/me", (String) repeated.map().get("access_token")).status());
        assertEquals(200, renew(next).status(), "the next token still renews once the repeat is done");
    }

    @Test
    void aSpentTokenIsWorthNothingThirtySecondsLater() {
        String first = refreshTokenOf(fixtures.contestant());
        String next = refreshToken(renew(first));

        clock().ahead = Duration.ofSeconds(31);

        assertEquals(400, renew(first).status());
        assertEquals(200, renew(next).status(), "the live token is not touched by the refused repeat");
    }

    @Test
    void aLogoutEndsTheSpentTokenToo() {
        Fixtures.Contestant person = fixtures.contestant();
        String first = refreshTokenOf(person);
        Api.Reply renewed = renew(first);
        String next = refreshToken(renewed);

        assertEquals(204, api.post("/api/logout", Map.of(), (String) renewed.map().get("access_token")).status());

        assertEquals(400, renew(first).status(), "a repeat within 30 s after a logout");
        assertEquals(400, renew(next).status());
    }

    @Test
    void twoRenewalsRacingWithOneTokenGetOneNextToken() {
        String first = refreshTokenOf(fixtures.contestant());

        List<Api.Reply> answers = List.of(
                        CompletableFuture.supplyAsync(() -> renew(first)),
                        CompletableFuture.supplyAsync(() -> renew(first)))
                .stream().map(CompletableFuture::join).toList();

        assertEquals(200, answers.get(0).status(), answers.get(0).body());
        assertEquals(200, answers.get(1).status(), answers.get(1).body());
        assertEquals(refreshToken(answers.get(0)), refreshToken(answers.get(1)));
    }

    @Test
    void aForgedOrUnknownRefreshTokenIsRefused() {
        String real = refreshTokenOf(fixtures.contestant());
        String[] parts = real.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertEquals(400, renew(forged).status());
        assertEquals(400, renew("not-a-token").status());
        assertEquals(200, renew(real).status());
    }

    private String refreshTokenOf(Fixtures.Contestant person) {
        Api.Reply login = api.post("/login", Map.of("username", person.phone(), "password", person.password()), null);
        assertEquals(200, login.status(), login.body());
        return refreshToken(login);
    }

    private Api.Reply renew(String refreshToken) {
        return api.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), null);
    }

    private static String refreshToken(Api.Reply reply) {
        return (String) reply.map().get("refresh_token");
    }

    private ValidatedTokensTest.MovableClock clock() {
        return context.getBean(ValidatedTokensTest.MovableClock.class);
    }
}
