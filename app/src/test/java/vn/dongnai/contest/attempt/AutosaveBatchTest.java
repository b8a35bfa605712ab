package vn.dongnai.contest.attempt;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Autosaves arriving together are written in one batch and one commit, each answered after it. */
@MicronautTest(transactional = false)
class AutosaveBatchTest extends IntegrationTest {

    @Inject
    Autosaves autosaves;

    private record Taker(Fixtures.Contestant who, long attemptId, long questionId) {
    }

    @Test
    void savesWaitingForTheirBatchHoldNoThreadAndEachGetsItsOwnAnswer() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 10);
        // more waiting saves than the blocking pool has threads (32): none of them may hold one
        List<Taker> takers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            takers.add(taker(round));
        }
        Taker closed = taker(round);
        assertEquals(200, api.submit(closed.attemptId(), Map.of(), "done", closed.who().token()).status());
        Taker reading = taker(round);

        List<Future<Api.Reply>> replies = new ArrayList<>();
        Future<Api.Reply> refused;
        Future<Api.Reply> badOption;
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            autosaves.saves.hold();
            try {
                for (int i = 0; i < takers.size(); i++) {
                    Taker t = takers.get(i);
                    int option = 1 + i % 3;
                    replies.add(callers.submit(() -> save(t, option)));
                }
                refused = callers.submit(() -> save(closed, 1));
                badOption = callers.submit(() -> save(takers.getFirst(), 99));
                for (int i = 0; i < 500 && autosaves.saves.waiting() < takers.size() + 2; i++) {
                    Thread.sleep(10);
                }
                assertEquals(takers.size() + 2, autosaves.saves.waiting(), "every save queued for one batch");
                Api.Reply view = callers.submit(() -> api.get("/api/attempts/" + reading.attemptId(), reading.who().token()))
                        .get(10, TimeUnit.SECONDS);
                assertEquals(200, view.status(), "a request on the blocking pool is served while 42 saves wait: " + view.body());
            } finally {
                autosaves.saves.release();
            }
            for (int i = 0; i < takers.size(); i++) {
                assertEquals(204, replies.get(i).get().status(), replies.get(i).get().body());
            }
            assertEquals(409, refused.get().status(), refused.get().body());
            assertEquals("ATTEMPT_CLOSED", refused.get().code());
            assertEquals(422, badOption.get().status(), badOption.get().body());
        }
        for (int i = 0; i < takers.size(); i++) {
            Taker t = takers.get(i);
            long stored = sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ? AND question_version_id = ?",
                    rs -> rs.getLong("n"), t.attemptId(), t.questionId()).orElseThrow();
            assertEquals(1, stored, "the answer of attempt " + t.attemptId() + " is saved");
        }
        assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ? AND correct IS NULL",
                rs -> rs.getLong("n"), closed.attemptId()).orElseThrow(), "nothing saved into the submitted attempt");
    }

    private Api.Reply save(Taker t, int option) {
        return api.put("/api/attempts/" + t.attemptId() + "/answers/" + t.questionId(), Map.of("optionId", option),
                t.who().token());
    }

    private Taker taker(ContestRound round) {
        Fixtures.Contestant who = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), who.token()).map();
        long question = AttemptFlowTest.id(AttemptFlowTest.questions(attempt).getFirst());
        return new Taker(who, ((Number) attempt.get("attemptId")).longValue(), question);
    }
}
