package vn.dongnai.contest.ranking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.RedisProcesses;
import vn.dongnai.contest.system.Redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A master, its replica and three Sentinels as real processes, the app on
 * {@code redis-sentinel://…#contest} (as {@code REDIS_URI} sets it). The master is killed in the
 * middle of a stream of submissions: every acknowledged submission is kept, the app follows the
 * promoted replica without a restart, and the board equals a rebuild from MySQL.
 */
@MicronautTest(transactional = false)
class RedisSentinelFailoverTest extends IntegrationTest {

    static RedisProcesses servers;
    static int master;
    static int replica;

    @Inject
    Leaderboards leaderboards;
    @Inject
    Entries entries;
    @Inject
    Redis redis;

    @Override
    public Map<String, String> getProperties() {
        servers = RedisProcesses.orSkip();
        master = servers.start();
        replica = servers.start("--replicaof", "127.0.0.1", String.valueOf(master));
        RedisProcesses.awaitTrue(Duration.ofSeconds(10), () -> RedisProcesses.withConnection(replica,
                c -> c.sync().info("replication").contains("master_link_status:up")), "the replica did not sync");
        List<String> sentinels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sentinels.add("127.0.0.1:" + servers.sentinel("contest", master));
        }
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("redis.uri", "redis-sentinel://" + String.join(",", sentinels) + "#contest");
        return props;
    }

    @AfterAll
    void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void killingTheMasterMidStreamLosesNoSubmissionAndTheBoardEqualsARebuild() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 9);
        int total = 40;
        List<Fixtures.Contestant> contestants = new ArrayList<>();
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Fixtures.Contestant c = fixtures.contestant();
            contestants.add(c);
            attempts.add(((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), c.token())
                    .map().get("attemptId")).longValue());
        }
        String mastersBefore = redis.masters();
        List<Long> acknowledged = new ArrayList<>();
        int duringFailover = 0;
        long killedAt = 0;
        long followedAt = 0;
        for (int i = 0; i < total; i++) {
            if (i == 10) {
                servers.kill(master);
                killedAt = System.nanoTime();
            }
            var submitted = api.submit(attempts.get(i), Map.of(), "failover-" + i, contestants.get(i).token());
            assertEquals(200, submitted.status(), "submission " + i + ": " + submitted.body());
            acknowledged.add(attempts.get(i));
            if (killedAt != 0 && followedAt == 0) {
                duringFailover++;
                if (following(mastersBefore)) {
                    followedAt = System.nanoTime();
                }
            }
            Thread.sleep(killedAt != 0 && followedAt == 0 ? 150 : 20);
        }
        RedisProcesses.awaitTrue(Duration.ofSeconds(30), () -> following(mastersBefore), "the app did not follow the new master");
        if (followedAt == 0) {
            followedAt = System.nanoTime();
        }
        assertEquals("127.0.0.1:" + replica, RedisProcesses.withConnection(replica,
                c -> c.sync().info("replication").contains("role:master")) ? "127.0.0.1:" + replica : "none", "the replica was promoted");

        List<Long> sqlOrder = entries.liveRanking(round.id()).stream().map(Entry::attemptId).toList();
        assertEquals(total, sqlOrder.size(), "every acknowledged submission is stored");
        assertTrue(sqlOrder.containsAll(acknowledged));
        List<Long> board = List.of();
        for (int tries = 0; tries < 60 && !board.equals(sqlOrder); tries++) {
            leaderboards.drain();
            board = order(round.id());
            Thread.sleep(250);
        }
        assertEquals(sqlOrder, board, "the board caught up on the new master");
        leaderboards.rebuildRound(round.id());
        assertEquals(board, order(round.id()), "identical to a rebuild from MySQL");
        assertEquals(200, api.get("/api/rounds/" + round.id() + "/leaderboard", null).status());
        System.out.printf("[sentinel failover] submissions %d, during the failover %d, acknowledged %d, lost %d, "
                        + "new master used after %d ms%n", total, duringFailover, acknowledged.size(),
                acknowledged.size() - sqlOrder.size() + (total - acknowledged.size()),
                Duration.ofNanos(followedAt - killedAt).toMillis());
    }

    private boolean following(String mastersBefore) {
        try {
            String now = redis.masters();
            return !now.isEmpty() && !now.equals(mastersBefore) && "PONG".equals(redis.sync().ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<Long> order(long roundId) {
        try {
            return redis.sync().zrange(BoardKeys.round(roundId).order(), 0, -1).stream()
                    .map(m -> Long.parseLong(m.substring(m.indexOf(':') + 1))).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
