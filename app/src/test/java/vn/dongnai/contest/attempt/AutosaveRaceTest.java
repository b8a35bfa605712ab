package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autosaves take the one-statement path (Autosaves); the attempt's lock must still order them with grading. */
@MicronautTest(transactional = false)
class AutosaveRaceTest extends IntegrationTest {

    @Test
    void autosavesRacingASubmitAreEitherGradedWithItOrRefused() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(20, 600, 1, 5, false), 30);
        Fixtures.Contestant me = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()).map();
        long attemptId = ((Number) attempt.get("attemptId")).longValue();
        List<Long> questions = AttemptFlowTest.questions(attempt).stream().map(AttemptFlowTest::id).toList();

        ExecutorService pool = Executors.newFixedThreadPool(questions.size() + 1);
        List<Future<Api.Reply>> saves = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (long question : questions) {
                // every save is the key: one that slipped in after grading would count more right answers than the grade
                int key = AnswerMarksTest.keyPlace(sql, attemptId, question);
                saves.add(pool.submit(() -> {
                    go.await();
                    return api.put("/api/attempts/" + attemptId + "/answers/" + question, Map.of("optionId", key), me.token());
                }));
            }
            Future<Api.Reply> submit = pool.submit(() -> {
                go.await();
                return api.submit(attemptId, Map.of(), "race", me.token());
            });
            go.countDown();
            assertEquals(200, submit.get().status());
            for (Future<Api.Reply> save : saves) {
                int status = save.get().status();
                assertTrue(status == 204 || status == 409, "a save is either kept or refused as closed: " + status);
            }
        } finally {
            pool.shutdownNow();
        }

        long saved = saves.stream().filter(f -> f.resultNow().status() == 204).count();
        long rows = sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ?", rs -> rs.getLong("n"), attemptId).orElseThrow();
        long graded = sql.one("SELECT correct_count FROM attempt WHERE id = ?", rs -> rs.getLong("correct_count"), attemptId)
                .orElseThrow();
        assertEquals(saved, rows, "every accepted save is stored, and only those");
        assertEquals(rows, graded, "no answer slipped in after grading: each stored answer is counted in the grade");
    }
}
