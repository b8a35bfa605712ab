package vn.dongnai.contest.ranking;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The drainer leaves a young outbox row to the write its commit started, and catches up an old one. */
@MicronautTest(transactional = false)
@Property(name = "contest.leaderboard.drain-settle", value = "10m")
class LeaderboardDrainSettleTest extends IntegrationTest {

    @Inject
    Leaderboards leaderboards;
    @Inject
    StatefulRedisConnection<String, String> redis;

    @Test
    void aRowYoungerThanTheSettleWindowIsNotDrainedAnOlderOneIs() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        Instant t0 = Instant.parse("2025-11-20T01:00:00Z");
        List<Long> accounts = fixtures.gradedEntries(round, List.of(
                List.of(new Fixtures.Graded(3, 10L, 1_000, t0, "Đơn vị 1", "Xã 1")),
                List.of(new Fixtures.Graded(2, 10L, 1_000, t0.plusSeconds(1), "Đơn vị 1", "Xã 1"))));
        Instant now = Instant.now();
        String insert = "INSERT INTO leaderboard_outbox (round_id, account_id, created_at) VALUES (?, ?, ?)";
        sql.insert(insert, round.id(), accounts.get(0), now.minus(Duration.ofMinutes(30)));
        sql.insert(insert, round.id(), accounts.get(1), now);

        leaderboards.drain();

        BoardKeys board = BoardKeys.round(round.id());
        assertEquals(1L, redis.sync().zcard(board.order()), "only the row older than the window was written by the drainer");
        assertEquals(String.valueOf(accounts.get(0)), redis.sync().hkeys(board.members()).getFirst());
        assertEquals(1L, sql.one("SELECT COUNT(*) AS n FROM leaderboard_outbox WHERE round_id = ? AND applied_at IS NULL",
                rs -> rs.getLong("n"), round.id()).orElseThrow(), "the young row is still its own writer's");
    }
}
