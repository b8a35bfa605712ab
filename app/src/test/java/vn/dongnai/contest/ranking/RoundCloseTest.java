package vn.dongnai.contest.ranking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@MicronautTest(transactional = false)
class RoundCloseTest extends IntegrationTest {

    @Inject
    RoundCloser closer;

    String admin;
    String organizer;

    static final Instant T0 = Instant.parse("2025-11-20T01:00:00Z");

    @BeforeAll
    void setUp() {
        admin = fixtures.login("admin", "Admin-test-1234");
        long accountId = sql.insert("""
                INSERT INTO account (username, full_name, password_hash, roles, enabled, created_at)
                VALUES ('organizer-close', 'Ban tổ chức', ?, 'ORGANIZER', TRUE, ?)""",
                context.getBean(vn.dongnai.contest.account.Passwords.class).hash("Organizer-1234"), Instant.now());
        fixtures.grantTestUnit(accountId, "ORGANIZER");
        organizer = fixtures.login("organizer-close", "Organizer-1234");
    }

    /**
     * Five entries built so that every link of the chain decides once. The round predicts the
     * number of participants, so the actual value is 5:
     * A 10 points, guess 10 (off by 5), 60 s · B 10, guess 4 (off by 1), 300 s · C 10, guess 6 (off by 1), 100 s
     * D 10, no guess, 10 s · E 9 points, guess 5 (exact), 5 s.
     */
    private ContestRound endedRoundWithPublishedScenario() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(10, 600, 1, 5, true), 10);
        fixtures.gradedEntries(round, List.of(
                List.of(graded(10, 10L, 60_000)), List.of(graded(10, 4L, 300_000)), List.of(graded(10, 6L, 100_000)),
                List.of(graded(10, null, 10_000)), List.of(graded(9, 5L, 5_000))));
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofMinutes(5)), round.id());
        return round;
    }

    private static Fixtures.Graded graded(int score, Long prediction, long durationMs) {
        return new Fixtures.Graded(score, prediction, durationMs, T0, "Sở Nội vụ", "Phường Trấn Biên");
    }

    private static List<String> names(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("displayName")).toList();
    }

    @Test
    void closingFreezesTheFullChainSoPredictionThenDurationDecideTies() {
        ContestRound round = endedRoundWithPublishedScenario();
        context.getBean(Leaderboards.class).rebuildRound(round.id());
        List<String> live = names(api.get("/api/rounds/" + round.id() + "/leaderboard", null).list());

        var closed = api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), organizer);

        assertEquals(200, closed.status(), closed.body());
        assertEquals(5L, ((Number) closed.map().get("predictionActual")).longValue());
        Map<String, Object> ranking = api.get("/api/admin/rounds/" + round.id() + "/ranking", organizer).map();
        List<Map<String, Object>> entries = (List<Map<String, Object>>) ranking.get("entries");
        List<String> decided = entries.stream().map(e -> (String) e.get("decidedBy")).toList();
        assertEquals(List.of("DURATION", "PREDICTION", "PREDICTION", "SCORE", "LAST"), decided);
        assertEquals(List.of(1L, 1L, 5L), entries.subList(0, 3).stream()
                .map(e -> ((Number) e.get("predictionError")).longValue()).toList(), "C and B off by one, then A");
        assertEquals(List.of(100_000L, 300_000L), entries.subList(0, 2).stream()
                .map(e -> ((Number) e.get("durationMs")).longValue()).toList(), "equal error: the faster first");
        List<String> finalBoard = names(api.get("/api/rounds/" + round.id() + "/leaderboard", null).list());
        assertEquals(names(entries), finalBoard, "the public board shows the frozen order");
        assertEquals(List.of(live.get(0), live.get(1), live.get(2), live.get(3)),
                List.of(finalBoard.get(3), finalBoard.get(2), finalBoard.get(0), finalBoard.get(1)),
                "before close the fastest led; the prediction reordered them");
    }

    @Test
    void closingTwiceChangesNothingAndTheHashIsStable() {
        ContestRound round = endedRoundWithPublishedScenario();
        Map<String, Object> first = api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), organizer).map();
        Map<String, Object> second = api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), organizer).map();
        assertEquals(first, second);
        assertEquals(64, ((String) first.get("contentHash")).length());
        assertEquals(5L, sql.one("SELECT COUNT(*) AS n FROM ranked_entry WHERE round_id = ?", rs -> rs.getLong("n"), round.id()).orElseThrow());
        assertEquals(1L, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'ROUND_CLOSED' AND entity_id = ?",
                rs -> rs.getLong("n"), String.valueOf(round.id())).orElseThrow());
    }

    @Test
    void aRoundCannotBeClosedBeforeItsWindowAndGraceAreOver() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 8);
        var refused = api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), organizer);
        assertEquals(409, refused.status());
        assertEquals("ROUND_STILL_OPEN", refused.code());
    }

    @Test
    void onlyAnAdminReopensWithAReasonAndItIsAudited() {
        ContestRound round = endedRoundWithPublishedScenario();
        String hash = (String) api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), organizer).map().get("contentHash");

        assertEquals(403, api.post("/api/admin/rounds/" + round.id() + "/reopen", Map.of("reason", "sửa đáp án"), organizer).status());
        assertEquals(422, api.post("/api/admin/rounds/" + round.id() + "/reopen", Map.of("reason", ""), admin).status());
        assertEquals(200, api.post("/api/admin/rounds/" + round.id() + "/reopen", Map.of("reason", "Sửa đáp án câu 3"), admin).status());

        assertEquals("PUBLISHED", sql.one("SELECT status FROM contest_round WHERE id = ?", rs -> rs.getString("status"), round.id()).orElseThrow());
        assertEquals(1L, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'ROUND_REOPENED' AND entity_id = ?",
                rs -> rs.getLong("n"), String.valueOf(round.id())).orElseThrow());
        closer.closeEndedRounds();
        assertEquals("PUBLISHED", sql.one("SELECT status FROM contest_round WHERE id = ?", rs -> rs.getString("status"), round.id()).orElseThrow(),
                "a reopened round waits to be closed by hand");
        Map<String, Object> again = api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), organizer).map();
        assertEquals(hash, again.get("contentHash"), "the same entries freeze to the same hash");
    }

    @Test
    void endedRoundsCloseOnTheirOwnAndOpenAttemptsAreClosedFirst() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, true), 6);
        Fixtures.Contestant me = fixtures.contestant();
        long attemptId = ((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token())
                .map().get("attemptId")).longValue();
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?", past.minus(Duration.ofHours(1)), past, round.id());
        sql.update("UPDATE attempt SET started_at = ?, deadline_at = ? WHERE id = ?", past.minusSeconds(60), past, attemptId);

        closer.closeEndedRounds();

        assertEquals("CLOSED", sql.one("SELECT status FROM contest_round WHERE id = ?", rs -> rs.getString("status"), round.id()).orElseThrow());
        assertEquals("EXPIRED", sql.one("SELECT status FROM attempt WHERE id = ?", rs -> rs.getString("status"), attemptId).orElseThrow());
        Map<String, Object> mine = api.get("/api/rounds/" + round.id() + "/leaderboard/me", me.token()).map();
        assertEquals(1L, ((Number) mine.get("rank")).longValue());
        assertNotNull(closer.snapshot(round.id()).orElseThrow().contentHash());
    }

    @Test
    void contestantsCannotCloseRounds() {
        ContestRound round = endedRoundWithPublishedScenario();
        Fixtures.Contestant me = fixtures.contestant();
        assertEquals(403, api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), me.token()).status());
        assertEquals(401, api.post("/api/admin/rounds/" + round.id() + "/close", Map.of(), null).status());
    }
}
