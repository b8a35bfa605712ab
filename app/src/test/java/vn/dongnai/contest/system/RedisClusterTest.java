package vn.dongnai.contest.system;

import io.lettuce.core.cluster.SlotHash;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.ranking.Leaderboards;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.RedisProcesses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole app on a real three-master Redis Cluster ({@code redis.uris}, as {@code REDIS_URIS}
 * sets it): boards and their Lua scripts in several slots, the bot check's single use and
 * failure counter, rate limits and ended sessions — each working, none falling back.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.altcha.enabled", value = "true")
@Property(name = "contest.altcha.max-number", value = "5000")
@Property(name = "contest.rate-limit.login-per-username-per-minute", value = "5")
class RedisClusterTest extends IntegrationTest {

    static RedisProcesses servers;
    static List<Integer> masters;

    @Inject
    Leaderboards leaderboards;
    @Inject
    Redis redis;
    @Inject
    RedisDegradation degradation;

    @Override
    public Map<String, String> getProperties() {
        servers = RedisProcesses.orSkip();
        masters = servers.cluster(3);
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.remove("redis.uri");
        props.put("redis.uris", masters.stream().map(p -> "redis://127.0.0.1:" + p).collect(Collectors.joining(",")));
        return props;
    }

    @AfterAll
    void stopCluster() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void theAppTalksToTheClusterThroughTheClusterClient() {
        assertTrue(redis.isCluster());
        assertEquals(3, redis.masters().split(",").length);
    }

    @Test
    void boardsOfRoundsInDifferentSlotsAreWrittenByTheirScriptsReadAndRebuilt() {
        Attempts attempts = new Attempts(api, sql);
        Set<Integer> slots = new HashSet<>();
        for (int r = 0; r < 3; r++) {
            ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 6);
            slots.add(SlotHash.getSlot("lb:{r:" + round.id() + "}:z"));
            List<Long> submitted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Fixtures.Contestant who = fixtures.contestant(fixtures.solvedBotCheck());
                long attempt = attempts.start(round.id(), who, "cluster-test");
                attempts.submit(attempt, who);
                submitted.add(attempt);
            }
            var board = api.get("/api/rounds/" + round.id() + "/leaderboard", null);
            assertEquals(200, board.status(), board.body());
            assertEquals(3, board.list().size(), "every submission is on the board of round " + round.id());
            String before = board.body();
            leaderboards.rebuildRound(round.id());
            assertEquals(before, api.get("/api/rounds/" + round.id() + "/leaderboard", null).body(), "a rebuild changes nothing");
            var me = api.get("/api/rounds/" + round.id() + "/leaderboard/me", fixtures.contestant(fixtures.solvedBotCheck()).token());
            assertEquals(404, me.status(), me.body());
        }
        assertTrue(slots.size() == 3, "three rounds, three slots: " + slots);
        assertTrue(degradation.since(java.time.Instant.EPOCH).isEmpty(), "nothing fell back: " + degradation.since(java.time.Instant.EPOCH));
    }

    @Test
    void aSolvedBotCheckRegistersOneAccountOnly() {
        String solved = fixtures.solvedBotCheck();
        Map<String, Object> first = new HashMap<>(Fixtures.registration("Lê Thị Thu", Fixtures.citizenId(1990), Fixtures.phone()));
        first.put("altcha", solved);
        var registered = api.post("/api/register", first, null);
        assertEquals(201, registered.status(), registered.body());

        Map<String, Object> second = new HashMap<>(Fixtures.registration("Lê Văn Thu", Fixtures.citizenId(1990), Fixtures.phone()));
        second.put("altcha", solved);
        var again = api.post("/api/register", second, null);
        assertEquals(422, again.status(), again.body());
        assertTrue(again.body().contains("altcha"), again.body());
    }

    @Test
    void failedLoginsAreCountedAcrossTheClusterAndThenLimited() {
        Fixtures.Contestant who = fixtures.contestant(fixtures.solvedBotCheck());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, api.post("/login", Map.of("username", who.phone(), "password", "sai-mat-khau-" + i), null).status());
        }
        var checked = api.post("/login", Map.of("username", who.phone(), "password", who.password()), null);
        assertEquals("BOT_CHECK_REQUIRED", checked.code(), checked.body());
        var limited = api.post("/login", Map.of("username", who.phone(), "password", who.password()), null);
        assertEquals(429, limited.status(), limited.body());
    }

    @Test
    void anEndedSessionIsRefusedAtOnce() {
        Fixtures.Contestant who = fixtures.contestant(fixtures.solvedBotCheck());
        assertEquals(200, api.get("/api/me", who.token()).status());
        assertEquals(204, api.post("/api/logout", Map.of(), who.token()).status());
        assertEquals(401, api.get("/api/me", who.token()).status());
    }

    @Test
    void keysSpreadOverTheMastersAndHealthSaysUp() {
        fixtures.contestant(fixtures.solvedBotCheck());
        long holding = masters.stream().filter(p -> RedisProcesses.withConnection(p, c -> c.sync().dbsize()) > 0).count();
        assertTrue(holding >= 2, "keys on " + holding + " of 3 masters");
        var health = api.get("/health", staff.adminToken());
        assertEquals(200, health.status(), health.body());
        assertFalse(health.body().contains("DEGRADED"), health.body());
    }
}
