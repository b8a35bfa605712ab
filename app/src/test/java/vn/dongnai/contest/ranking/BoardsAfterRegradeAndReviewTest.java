package vn.dongnai.contest.ranking;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.StaffLogins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A regrade and a review decision reach the boards through the outbox only: once their
 * transaction has committed, nothing writes the board until the drainer runs (here the scheduled
 * drainer does not run, as if the node had stopped right after the commit), and then the board is
 * exactly what MySQL says.
 */
@MicronautTest(transactional = false)
@StaffLogins
@Property(name = "contest.leaderboard.drain-initial-delay", value = "1h")
@Property(name = "contest.leaderboard.drain-interval", value = "1h")
class BoardsAfterRegradeAndReviewTest extends IntegrationTest {

    @Inject
    Leaderboards leaderboards;
    @Inject
    Entries entries;
    @Inject
    StatefulRedisConnection<String, String> redis;

    Attempts attempts;
    String organizer;
    String committee;

    @BeforeAll
    void setUp() {
        attempts = new Attempts(api, sql);
        organizer = staff.organizer();
        committee = staff.committee();
    }

    private long pendingRows(long roundId) {
        return sql.one("SELECT COUNT(*) AS n FROM leaderboard_outbox WHERE round_id = ? AND applied_at IS NULL",
                rs -> rs.getLong("n"), roundId).orElseThrow();
    }

    /** The board in Redis: attempt id → the score it shows, in board order. */
    private Map<Long, Integer> board(long roundId) {
        BoardKeys keys = BoardKeys.round(roundId);
        Map<Long, Integer> board = new LinkedHashMap<>();
        for (String member : redis.sync().zrange(keys.order(), 0, -1)) {
            try {
                Map<?, ?> line = json.readValue(redis.sync().hget(keys.entries(), member), Map.class);
                board.put(Long.parseLong(member.substring(member.indexOf(':') + 1)), ((Number) line.get("score")).intValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return board;
    }

    /** The board as MySQL has it: the live ranking's attempts and scores. */
    private Map<Long, Integer> ranking(long roundId) {
        Map<Long, Integer> ranking = new LinkedHashMap<>();
        entries.liveRanking(roundId).forEach(e -> ranking.put(e.attemptId(), e.score()));
        return ranking;
    }

    /**
     * Starts from a board that equals MySQL with nothing pending: a submission's own board write may
     * time out on a busy machine and leave its row to the drainer.
     */
    private void settle(long roundId, int expected) {
        leaderboards.drain();
        assertEquals(0, pendingRows(roundId));
        assertEquals(ranking(roundId), board(roundId));
        assertEquals(expected, board(roundId).size());
    }

    @Test
    void aDisqualificationReachesTheBoardOnlyThroughTheDrainerAndThenExactly() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        List<Fixtures.Contestant> people = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Fixtures.Contestant who = fixtures.contestant();
            long attemptId = attempts.start(round.id(), who, "Máy " + p);
            List<Long> versions = attempts.versions(attemptId);
            for (int q = 0; q <= p && q < versions.size(); q++) {
                attempts.answer(attemptId, versions.get(q), attempts.keyOf(versions.get(q)), who);
            }
            attempts.submit(attemptId, who);
            people.add(who);
        }
        settle(round.id(), 3);
        Map<Long, Integer> before = board(round.id());
        long out = people.get(2).id();

        assertEquals(200, api.post("/api/admin/rounds/" + round.id() + "/review/" + out,
                Map.of("decision", "DISQUALIFY", "reason", "Làm bài hộ người khác"), committee).status());

        assertEquals(1, pendingRows(round.id()), "committed with the decision");
        assertEquals(before, board(round.id()), "nothing wrote the board after the commit");
        leaderboards.drain();
        assertEquals(0, pendingRows(round.id()));
        assertEquals(ranking(round.id()), board(round.id()));
        assertEquals(2, board(round.id()).size(), "the disqualified entry left the board");

        assertEquals(200, api.post("/api/admin/rounds/" + round.id() + "/review/" + out,
                Map.of("decision", "CLEAR", "reason", "Đã xác minh, không vi phạm"), committee).status());
        leaderboards.drain();
        assertEquals(before, board(round.id()), "cleared, the entry is back where it was");
    }

    @Test
    void aRegradeReachesTheBoardOnlyThroughTheDrainerAndThenExactly() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        long first = sql.one("""
                SELECT v.id FROM question_version v JOIN question q ON q.id = v.question_id
                JOIN contest c ON c.bank_id = q.bank_id WHERE c.id = ? ORDER BY q.code LIMIT 1""",
                rs -> rs.getLong("id"), round.contestId()).orElseThrow();
        int key = attempts.keyOf(first);
        int popular = (key + 1) % 4;
        // contestant 0 picks the (wrong) key of question 1, contestants 1 and 2 the option that is really right
        for (int c = 0; c < 3; c++) {
            Fixtures.Contestant who = fixtures.contestant();
            long attemptId = attempts.start(round.id(), who, "Trình duyệt " + c);
            for (long version : attempts.versions(attemptId)) {
                attempts.answer(attemptId, version, version != first ? attempts.keyOf(version) : c == 0 ? key : popular, who);
            }
            attempts.submit(attemptId, who);
        }
        settle(round.id(), 3);
        Map<Long, Integer> before = board(round.id());
        long questionId = sql.one("SELECT question_id FROM question_version WHERE id = ?", rs -> rs.getLong("question_id"),
                first).orElseThrow();
        assertEquals(200, api.put("/api/admin/questions/" + questionId + "/key", Map.of("correctIndex", popular,
                "reason", "Đáp án đúng theo nguồn là phương án khác"), organizer).status());

        var regraded = api.post("/api/admin/rounds/" + round.id() + "/regrade", Map.of("versionId", first), organizer);

        assertEquals(200, regraded.status(), regraded.body());
        assertEquals(3, pendingRows(round.id()), "one row per changed contestant, committed with the scores");
        assertEquals(before, board(round.id()), "nothing wrote the board after the commit");
        assertNotEquals(before, ranking(round.id()));
        leaderboards.drain();
        assertEquals(0, pendingRows(round.id()));
        assertEquals(ranking(round.id()), board(round.id()), "the board shows the regraded scores, in order");
    }
}
