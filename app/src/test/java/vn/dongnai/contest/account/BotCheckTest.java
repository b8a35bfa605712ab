package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ALTCHA bot check, switched on (the other API tests run with it off). */
@MicronautTest(transactional = false)
@Property(name = "contest.altcha.enabled", value = "true")
@Property(name = "contest.altcha.max-number", value = "20000")
class BotCheckTest extends IntegrationTest {

    private static final String TEST_KEY = "test-altcha-key-test-altcha-key-0123456789";


    /** What the page's worker does: find the number, send the standard payload back. */
    private String solve(Map<String, Object> challenge) {
        try {
            String salt = (String) challenge.get("salt");
            Altcha.Solution solution = Altcha.solveChallenge((String) challenge.get("challenge"), salt,
                    Altcha.Algorithm.SHA256, ((Number) challenge.get("maxnumber")).longValue(), 0);
            return payload(challenge, solution.number);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String payload(Map<String, Object> challenge, long number) {
        String body = "{\"algorithm\":\"" + challenge.get("algorithm") + "\",\"challenge\":\"" + challenge.get("challenge")
                + "\",\"number\":" + number + ",\"salt\":\"" + challenge.get("salt") + "\",\"signature\":\""
                + challenge.get("signature") + "\"}";
        return Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }

    private String solvedChallenge() {
        var challenge = api.get("/api/altcha/challenge", null);
        assertEquals(200, challenge.status(), challenge.body());
        return solve(challenge.map());
    }

    private static Map<String, Object> form(String altcha) {
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Vũ Thị Hoa", Fixtures.citizenId(1990), Fixtures.phone()));
        if (altcha != null) {
            form.put("altcha", altcha);
        }
        return form;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyError(Api.Reply reply) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) reply.map().get("errors");
        assertEquals(1, errors.size(), reply.body());
        return errors.getFirst();
    }

    @Test
    void aChallengeIsSignedAndLimitedToTheConfiguredWork() {
        var challenge = api.get("/api/altcha/challenge", null).map();

        assertEquals("SHA-256", challenge.get("algorithm"));
        assertEquals(20000, ((Number) challenge.get("maxnumber")).intValue());
        assertTrue(((String) challenge.get("salt")).matches("[0-9a-f]{24}\\?expires=\\d{10}&"), challenge.toString());
        assertNotNull(challenge.get("signature"));
    }

    @Test
    void aRegistrationWithoutTheBotCheckIsRefusedAtTheAltchaField() {
        var reply = api.post("/api/register", form(null), null);

        assertEquals(422, reply.status(), reply.body());
        assertEquals("altcha", onlyError(reply).get("field"));
        assertEquals("REQUIRED", onlyError(reply).get("code"));
    }

    @Test
    void aSolvedChallengeRegistersOnceAndIsRefusedTheSecondTime() {
        String altcha = solvedChallenge();

        assertEquals(201, api.post("/api/register", form(altcha), null).status());
        var again = api.post("/api/register", form(altcha), null);

        assertEquals(422, again.status(), again.body());
        assertEquals("USED", onlyError(again).get("code"));
    }

    @Test
    void aFormWithFieldErrorsDoesNotSpendTheSolution() {
        String altcha = solvedChallenge();
        Map<String, Object> wrong = form(altcha);
        wrong.put("password", "short");

        var refused = api.post("/api/register", wrong, null);
        assertEquals(422, refused.status());
        assertEquals("password", onlyError(refused).get("field"));

        assertEquals(201, api.post("/api/register", form(altcha), null).status());
    }

    @Test
    void aWrongNumberOrAForeignSignatureIsRefused() throws Exception {
        var challenge = api.get("/api/altcha/challenge", null).map();
        Altcha.Solution right = Altcha.solveChallenge((String) challenge.get("challenge"), (String) challenge.get("salt"),
                Altcha.Algorithm.SHA256, 20000, 0);
        Altcha.Challenge foreign = Altcha.createChallenge(new Altcha.ChallengeOptions().setHmacKey("another-key-another-key-another-key")
                .setMaxNumber(10L).setNumber(3L).setSalt("0123456789abcdef01234567?expires=" + (Instant.now().getEpochSecond() + 600) + "&"));

        var wrongNumber = api.post("/api/register", form(payload(challenge, right.number + 1)), null);
        var foreignKey = api.post("/api/register", form(payload(Map.of("algorithm", foreign.algorithm,
                "challenge", foreign.challenge, "salt", foreign.salt, "signature", foreign.signature), 3)), null);

        assertEquals("INVALID", onlyError(wrongNumber).get("code"));
        assertEquals("INVALID", onlyError(foreignKey).get("code"));
    }

    @Test
    void anExpiredChallengeIsRefusedEvenWhenSignedWithOurKey() throws Exception {
        Altcha.Challenge expired = Altcha.createChallenge(new Altcha.ChallengeOptions().setHmacKey(TEST_KEY)
                .setMaxNumber(10L).setNumber(7L).setSalt("0123456789abcdef01234567?expires=" + (Instant.now().getEpochSecond() - 5) + "&"));

        var reply = api.post("/api/register", form(payload(Map.of("algorithm", expired.algorithm,
                "challenge", expired.challenge, "salt", expired.salt, "signature", expired.signature), 7)), null);

        assertEquals(422, reply.status());
        assertEquals("INVALID", onlyError(reply).get("code"));
    }

    /** "/login/" too: routing takes that spelling to the login endpoint, and the check must come with it. */
    @ParameterizedTest
    @ValueSource(strings = {"/login", "/login/"})
    void afterThreeFailedLoginsTheNextLoginNeedsASolvedChallenge(String login) {
        Fixtures.Contestant me = fixtures.contestant(solvedChallenge());
        for (int i = 0; i < 3; i++) {
            assertEquals("UNAUTHORIZED", api.post(login, Map.of("username", me.phone(), "password", "sai-mat-khau-" + i), null).code());
        }

        var withoutCheck = api.post(login, Map.of("username", me.phone(), "password", me.password()), null);
        assertEquals(401, withoutCheck.status());
        assertEquals("BOT_CHECK_REQUIRED", withoutCheck.code());

        String altcha = solvedChallenge();
        var withCheck = api.post(login, Map.of("username", me.phone(), "password", me.password(), "altcha", altcha), null);
        assertEquals(200, withCheck.status(), withCheck.body());
        assertNotNull(withCheck.map().get("access_token"));
    }

    @Test
    void aSolutionSpentOnALoginCannotBeSpentAgain() {
        Fixtures.Contestant me = fixtures.contestant(solvedChallenge());
        for (int i = 0; i < 3; i++) {
            api.post("/login", Map.of("username", me.phone(), "password", "sai-mat-khau-" + i), null);
        }
        String altcha = solvedChallenge();
        api.post("/login", Map.of("username", me.phone(), "password", "sai-mat-khau-9", "altcha", altcha), null);

        var replay = api.post("/login", Map.of("username", me.phone(), "password", me.password(), "altcha", altcha), null);

        assertEquals(401, replay.status());
        assertEquals("BOT_CHECK_FAILED", replay.code());
    }

    @Test
    void aSuccessfulLoginClearsTheCountOfFailures() {
        Fixtures.Contestant me = fixtures.contestant(solvedChallenge());
        for (int i = 0; i < 2; i++) {
            api.post("/login", Map.of("username", me.phone(), "password", "sai-mat-khau-" + i), null);
        }
        assertEquals(200, api.post("/login", Map.of("username", me.phone(), "password", me.password()), null).status());
        for (int i = 0; i < 2; i++) {
            api.post("/login", Map.of("username", me.phone(), "password", "sai-mat-khau-" + i), null);
        }

        assertEquals(200, api.post("/login", Map.of("username", me.phone(), "password", me.password()), null).status());
    }
}
