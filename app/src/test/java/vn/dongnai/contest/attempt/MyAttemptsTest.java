package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/me/attempts}: a contestant's own results history (lịch sử thi). */
@MicronautTest(transactional = false)
class MyAttemptsTest extends IntegrationTest {


    private long start(ContestRound round, Fixtures.Contestant who) {
        var started = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), who.token());
        assertEquals(201, started.status(), started.body());
        return ((Number) started.map().get("attemptId")).longValue();
    }

    @Test
    void theHistoryListsMyAttemptsNewestFirstWithRoundStatusScoreAndDuration() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        Fixtures.Contestant me = fixtures.contestant();
        long first = start(round, me);
        var result = api.submit(first, Map.of(), UUID.randomUUID().toString(), me.token());
        assertEquals(200, result.status(), result.body());
        long second = start(round, me);

        List<Map<String, Object>> mine = api.get("/api/me/attempts", me.token()).list();

        assertEquals(2, mine.size());
        Map<String, Object> open = mine.get(0);
        Map<String, Object> submitted = mine.get(1);
        assertEquals(second, ((Number) open.get("attemptId")).longValue());
        assertEquals("OPEN", open.get("status"));
        assertNull(open.get("score"));
        assertEquals(first, ((Number) submitted.get("attemptId")).longValue());
        assertEquals("SUBMITTED", submitted.get("status"));
        assertEquals("Đợt 1", submitted.get("roundName"));
        assertEquals(round.id(), ((Number) submitted.get("roundId")).longValue());
        assertEquals(1, ((Number) submitted.get("attemptNo")).intValue());
        assertEquals(result.map().get("score"), submitted.get("score"));
        assertEquals(result.map().get("durationMs"), submitted.get("durationMs"));
        assertEquals(result.map().get("submittedAt"), submitted.get("submittedAt"));
        assertTrue(((String) submitted.get("contestName")).startsWith("Cuộc thi kiểm thử"));
    }

    @Test
    void theHistoryShowsNobodyElsesAttempts() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        Fixtures.Contestant someoneElse = fixtures.contestant();
        start(round, someoneElse);
        Fixtures.Contestant me = fixtures.contestant();

        var mine = api.get("/api/me/attempts", me.token());

        assertEquals(200, mine.status());
        assertTrue(mine.list().isEmpty());
        assertFalse(mine.body().contains("Nguyễn Văn An"));
    }

    @Test
    void theHistoryNeedsALogin() {
        assertEquals(401, api.get("/api/me/attempts", null).status());
    }
}
