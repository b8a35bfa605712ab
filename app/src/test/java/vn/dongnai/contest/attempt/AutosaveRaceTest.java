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
                saves.add(pool.submit(() -> {
                    go.await();
                    return api.put("/api/attempts/" + attemptId + "/answers/" + question, Map.of("optionId", 1), me.token());
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
        long ungraded = sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ? AND correct IS NULL",
                rs -> rs.getLong("n"), attemptId).orElseThrow();
        long rows = sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ?", rs -> rs.getLong("n"), attemptId).orElseThrow();
        assertEquals(0, ungraded, "no answer slipped in after grading");
        assertEquals(saved, rows, "every accepted save was graded, and only those");
    }
}
