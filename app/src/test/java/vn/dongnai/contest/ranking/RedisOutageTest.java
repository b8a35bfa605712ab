package vn.dongnai.contest.ranking;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Redis goes away in the middle of a stream of submissions (this class runs its own Redis so it
 * can stop it): no submission is lost, and once Redis is back the board equals a rebuild.
 */
@MicronautTest(transactional = false)
class RedisOutageTest extends IntegrationTest {

    static int port;
    static RedisServer server;

    @Inject
    Leaderboards leaderboards;
    @Inject
    Entries entries;
    @Inject
    StatefulRedisConnection<String, String> redis;

    @Override
    public Map<String, String> getProperties() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startRedis();
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("redis.uri", "redis://127.0.0.1:" + port);
        return props;
    }

    static void startRedis() {
        try {
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopRedis() throws IOException {
        if (server != null && server.isActive()) {
            server.stop();
        }
    }

    @Test
    void submissionsDuringAnOutageAreKeptAndTheBoardCatchesUpToARebuild() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 9);
        List<Fixtures.Contestant> contestants = new ArrayList<>();
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Fixtures.Contestant c = fixtures.contestant();
            contestants.add(c);
            attempts.add(((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), c.token())
                    .map().get("attemptId")).longValue());
        }
        for (int i = 0; i < 20; i++) {
            if (i == 8) {
                server.stop();
            }
            var submitted = api.submit(attempts.get(i), Map.of(), "outage-" + i, contestants.get(i).token());
            assertEquals(200, submitted.status(), "submission " + i + " while Redis is " + (i >= 8 ? "down" : "up"));
        }
        assertEquals(503, api.get("/api/rounds/" + round.id() + "/leaderboard", null).status());
        assertTrue(leaderboards.stale(round.id()));

        startRedis(); // back, and empty: it kept nothing on disk
        List<Long> board = List.of();
        for (int tries = 0; tries < 60 && board.size() < 20; tries++) {
            Thread.sleep(500);
            leaderboards.drain();
            board = order(round.id());
        }

        List<Long> sqlOrder = entries.liveRanking(round.id()).stream().map(Entry::attemptId).toList();
        assertEquals(20, sqlOrder.size(), "every submission is stored");
        assertEquals(sqlOrder, board);
        leaderboards.rebuildRound(round.id());
        assertEquals(board, order(round.id()), "identical to a rebuild");
        assertEquals(200, api.get("/api/rounds/" + round.id() + "/leaderboard", null).status());
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
