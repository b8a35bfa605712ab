package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.RedisProcesses;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each security use of Redis does while Redis is gone (this class runs its own redis-server
 * and kills it): nothing fails open, every fallback is counted, and {@code /health} says DEGRADED.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.altcha.enabled", value = "true")
@Property(name = "contest.altcha.max-number", value = "5000")
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisFailureTest extends IntegrationTest {

    static RedisProcesses servers;
    static int port;
    static Fixtures.Contestant signedIn;

    @Override
    public Map<String, String> getProperties() {
        servers = RedisProcesses.orSkip();
        port = servers.start();
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("redis.uri", "redis://127.0.0.1:" + port);
        return props;
    }

    @AfterAll
    void stopRedis() {
        if (servers != null) {
            servers.close();
        }
    }

    private Map<String, Object> form(String altcha) {
        Map<String, Object> form = new HashMap<>(Fixtures.registration("Đỗ Minh Châu", Fixtures.citizenId(1990), Fixtures.phone()));
        form.put("altcha", altcha);
        return form;
    }

    @SuppressWarnings("unchecked")
    private Object redisStatus() {
        Map<String, Object> details = (Map<String, Object>) api.get("/health", staff.adminToken()).map().get("details");
        return ((Map<String, Object>) details.get("redis")).get("status");
    }

    private static double counted(String metrics, String use) {
        var m = java.util.regex.Pattern.compile("contest_redis_degraded_total\\{use=\"" + use + "\"[^}]*} ([0-9.E+]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    @Order(1)
    void whileRedisIsGoneABotCheckSolutionIsSpentInMySqlAndCannotBeUsedTwice() {
        String solved = fixtures.solvedBotCheck();
        signedIn = fixtures.contestant(fixtures.solvedBotCheck());
        staff.adminToken(); // signed in before: with Redis gone every login meets the bot check
        servers.kill(port);

        var first = api.post("/api/register", form(solved), null);
        assertEquals(201, first.status(), first.body());
        var second = api.post("/api/register", form(solved), null);
        assertEquals(422, second.status(), second.body());
        assertTrue(second.body().contains("altcha"), second.body());
        assertEquals(1, sql.one("SELECT COUNT(*) AS n FROM bot_check_spent", rs -> rs.getInt("n")).orElseThrow());
    }

    @Test
    @Order(2)
    void whileRedisIsGoneEveryLoginMeetsTheBotCheckAndTheRateLimitHoldsOnThisNode() {
        String phone = Fixtures.phone();
        var login = api.post("/login", Map.of("username", phone, "password", "matkhau123"), null);
        assertEquals("BOT_CHECK_REQUIRED", login.code(), login.body());
        int limited = 0;
        for (int i = 0; i < 4; i++) {
            if (api.post("/login", Map.of("username", phone, "password", "matkhau123"), null).status() == 429) {
                limited++;
            }
        }
        assertTrue(limited >= 1, "the per-node limit of 3 a minute answered 429");
    }

    @Test
    @Order(3)
    void whileRedisIsGoneTheSessionCheckReadsMySqlAndALogoutStillEndsTheSession() {
        assertEquals(200, api.get("/api/me", signedIn.token()).status());
        assertEquals(204, api.post("/api/logout", Map.of(), signedIn.token()).status());
        assertEquals(401, api.get("/api/me", signedIn.token()).status(), "ended, read from MySQL");
        assertTrue(counted(api.get("/prometheus", staff.adminToken()).body(), "sessions") > 0, "session fallbacks counted");
    }

    @Test
    @Order(4)
    void healthSaysDegradedAndTheMetricCountsEachFallback() {
        var health = api.get("/health", staff.adminToken());
        assertTrue(health.body().contains("\"redisDegradation\"") && health.body().contains("DEGRADED"), health.body());
        var metrics = api.get("/prometheus", staff.adminToken()).body();
        assertTrue(counted(metrics, "bot-check") > 0, "bot-check fallbacks counted");
        assertTrue(counted(metrics, "rate-limit") > 0, "rate-limit fallbacks counted");
    }

    @Test
    @Order(5)
    void whenRedisIsBackASolutionSpentInMySqlStaysSpentAndHealthIsDegradedButServing() {
        String solved = fixtures.solvedBotCheck();
        var whileDown = api.post("/api/register", form(solved), null);
        assertEquals(201, whileDown.status(), whileDown.body());

        servers.start(port);
        RedisProcesses.awaitTrue(Duration.ofSeconds(20),
                () -> "UP".equals(redisStatus()), "the app did not reconnect");
        var replayed = api.post("/api/register", form(solved), null);
        assertEquals(422, replayed.status(), replayed.body());
        var fresh = api.post("/api/register", form(fixtures.solvedBotCheck()), null);
        assertEquals(201, fresh.status(), fresh.body());

        var health = api.get("/health", staff.adminToken());
        assertEquals(200, health.status(), health.body());
        assertEquals("DEGRADED", health.map().get("status"), health.body());
    }
}
