package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A group's grades are written in one statement: each attempt gets its own, to the millisecond, a
 * submit without a prediction keeps the one saved, and an attempt no longer open is left as it was.
 */
@MicronautTest(transactional = false)
class AttemptGroupGradesTest extends IntegrationTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:00:00.123Z");

    @Inject
    AttemptService attempts;

    @Test
    void eachAttemptOfAGroupGetsItsOwnGradeAndOnlyOpenOnesChange() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, true), 10);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(started(round));
        }
        long savedPrediction = ids.get(1);
        long closed = ids.get(4);
        sql.update("UPDATE attempt SET prediction = 7 WHERE id = ?", savedPrediction);
        sql.update("""
                UPDATE attempt SET status = 'SUBMITTED', submitted_at = ?, duration_ms = 1, correct_count = 1, score = 1,
                                   prediction = 9, submit_key = 'earlier' WHERE id = ?""", AT, closed);
        AttemptRow before = row(closed);
        List<AttemptService.Grade> grades = new ArrayList<>();
        Long[] predictions = {42L, null, 0L, null, 5L};
        // latest first: the statement orders its rows itself; five rows are padded to eight
        for (int i = ids.size() - 1; i >= 0; i--) {
            grades.add(grade(row(ids.get(i)), i, predictions[i]));
        }

        attempts.write(grades);

        for (int i = 0; i < 4; i++) {
            AttemptRow after = row(ids.get(i));
            assertEquals(i % 2 == 0 ? AttemptRow.SUBMITTED : AttemptRow.EXPIRED, after.status());
            assertEquals(AT.plusMillis(1_111L * i), after.submittedAt(), "its own time, to the millisecond");
            assertEquals(60_000L + i, after.durationMs());
            assertEquals(i, after.correctCount());
            assertEquals(10 * i, after.score());
            assertEquals(i % 2 == 0 ? "key-" + i : null, after.submitKey());
        }
        assertEquals(42L, row(ids.get(0)).prediction());
        assertEquals(7L, row(savedPrediction).prediction(), "no prediction sent: the saved one stays");
        assertEquals(0L, row(ids.get(2)).prediction());
        assertEquals(null, row(ids.get(3)).prediction());
        assertEquals(before, row(closed), "an attempt no longer open is left as it was");
    }

    private long started(ContestRound round) {
        Fixtures.Contestant who = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), who.token()).map();
        return ((Number) attempt.get("attemptId")).longValue();
    }

    private AttemptRow row(long id) {
        return sql.one("SELECT " + AttemptRow.COLUMNS + " FROM attempt WHERE id = ?", AttemptRow::read, id).orElseThrow();
    }

    private static AttemptService.Grade grade(AttemptRow attempt, int i, Long prediction) {
        boolean onTime = i % 2 == 0;
        Instant submittedAt = AT.plusMillis(1_111L * i);
        return new AttemptService.Grade(attempt, onTime ? AttemptRow.SUBMITTED : AttemptRow.EXPIRED, submittedAt,
                submittedAt, 60_000L + i, new Grading.Result(i, 10 * i), prediction, onTime ? "key-" + i : null,
                Map.of(), null);
    }
}
