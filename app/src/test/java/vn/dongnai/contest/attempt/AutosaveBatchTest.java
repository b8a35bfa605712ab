package vn.dongnai.contest.attempt;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Autosaves arriving together are written in one batch and one commit, each answered after it. One
 * writer, so the saves held in the queue are taken as one batch (two writers would split it).
 */
@MicronautTest(transactional = false)
@Property(name = "contest.autosave.writers", value = "1")
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
        assertEquals(List.of(), stored(closed.attemptId()), "nothing saved into the submitted attempt");
    }

    @Test
    void aBatchStoresItsGoodSavesAndRefusesEachBrokenRuleOnItsOwn() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 10);
        List<Taker> good = List.of(taker(round), taker(round), taker(round));
        Taker twice = taker(round);
        Taker thief = taker(round);
        Taker victim = taker(round);
        Taker submitted = taker(round);
        assertEquals(200, api.submit(submitted.attemptId(), Map.of(), "done", submitted.who().token()).status());
        Taker late = taker(round);
        // the sweeper may close it before its save is made; refused as closed all the same (the next test
        // times saves around the end of the grace exactly)
        sql.update("UPDATE attempt SET deadline_at = ? WHERE id = ?", Instant.now().minusSeconds(3600), late.attemptId());
        Taker lost = taker(round);
        long notShown = sql.one("""
                SELECT MIN(question_version_id) AS id FROM attempt_question
                WHERE question_version_id NOT IN (SELECT question_version_id FROM attempt_question WHERE attempt_id = ?)""",
                rs -> rs.getLong("id"), lost.attemptId()).orElseThrow();
        Taker clumsy = taker(round);
        int pastLastPlace = order(clumsy.attemptId(), clumsy.questionId()).length + 1;

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            InOrder queue = new InOrder(callers);
            List<Future<Api.Reply>> kept = new ArrayList<>();
            Future<Api.Reply> intruder;
            Future<Api.Reply> afterSubmit;
            Future<Api.Reply> afterGrace;
            Future<Api.Reply> notInAttempt;
            Future<Api.Reply> pastLast;
            Future<Api.Reply> placeZero;
            autosaves.saves.hold();
            try {
                for (int i = 0; i < good.size(); i++) {
                    kept.add(queue.save(good.get(i), good.get(i).questionId(), 1 + i));
                }
                kept.add(queue.save(twice, twice.questionId(), 1));
                kept.add(queue.save(twice, twice.questionId(), 3));
                intruder = queue.save(new Taker(thief.who(), victim.attemptId(), victim.questionId()), victim.questionId(), 1);
                afterSubmit = queue.save(submitted, submitted.questionId(), 1);
                afterGrace = queue.save(late, late.questionId(), 1);
                notInAttempt = queue.save(lost, notShown, 1);
                pastLast = queue.save(clumsy, clumsy.questionId(), pastLastPlace);
                // refused before it is queued: no batch sees a place below 1
                placeZero = callers.submit(() -> save(clumsy, 0));
                assertError(422, "OPTION_NOT_IN_QUESTION", placeZero.get(10, TimeUnit.SECONDS));
                assertEquals(kept.size() + 5, autosaves.saves.waiting(), "every save queued for one batch");
            } finally {
                autosaves.saves.release();
            }
            for (Future<Api.Reply> reply : kept) {
                assertEquals(204, reply.get(30, TimeUnit.SECONDS).status(), reply.get().body());
            }
            assertError(404, "NOT_FOUND", intruder.get(30, TimeUnit.SECONDS));
            assertError(409, "ATTEMPT_CLOSED", afterSubmit.get(30, TimeUnit.SECONDS));
            assertError(409, "ATTEMPT_CLOSED", afterGrace.get(30, TimeUnit.SECONDS));
            assertError(422, "QUESTION_NOT_IN_ATTEMPT", notInAttempt.get(30, TimeUnit.SECONDS));
            assertError(422, "OPTION_NOT_IN_QUESTION", pastLast.get(30, TimeUnit.SECONDS));
        }

        for (int i = 0; i < good.size(); i++) {
            Taker t = good.get(i);
            assertEquals(List.of(optionAt(t, 1 + i)), stored(t.attemptId()), "attempt " + t.attemptId() + " stores its choice");
        }
        assertEquals(List.of(optionAt(twice, 3)), stored(twice.attemptId()), "the later of two saves of one answer is kept");
        assertEquals(List.of(), stored(victim.attemptId()), "nothing saved into someone else's attempt");
        assertEquals(List.of(), stored(submitted.attemptId()), "nothing saved into the submitted attempt");
        assertEquals(List.of(), stored(late.attemptId()), "nothing saved after deadline and grace");
        assertEquals(List.of(), stored(lost.attemptId()), "nothing saved for a question the attempt did not show");
        assertEquals(List.of(), stored(clumsy.attemptId()), "nothing saved for an option the question does not have");
    }

    @Test
    void aBatchAndALoneSaveAgreeAroundTheEndOfTheGrace() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 10);
        Taker me = taker(round);
        List<Long> questions = sql.list("SELECT question_version_id FROM attempt_question WHERE attempt_id = ? ORDER BY position",
                rs -> rs.getLong("question_version_id"), me.attemptId());
        // a save is timed when it arrives, so its time can be set: a deadline ahead keeps the
        // sweeper (it runs once shortly after the start) from closing the attempt meanwhile
        Instant deadline = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).plusMillis(250);
        sql.update("UPDATE attempt SET deadline_at = ? WHERE id = ?", deadline, me.attemptId());
        Instant graceEnd = AttemptDeadline.graceEnd(deadline, 5);
        long account = sql.one("SELECT account_id FROM attempt WHERE id = ?", rs -> rs.getLong("account_id"), me.attemptId())
                .orElseThrow();

        List<CompletableFuture<Integer>> batch = new ArrayList<>();
        autosaves.saves.hold();
        try {
            batch.add(add(me, account, questions.get(0), 2, graceEnd));
            batch.add(add(me, account, questions.get(1), 2, graceEnd.plusMillis(1)));
            batch.add(add(me, account, questions.get(1), 3, graceEnd.minusMillis(1)));
            assertEquals(3, autosaves.saves.waiting(), "one batch of three");
        } finally {
            autosaves.saves.release();
        }
        assertEquals(List.of(1, 0, 1), List.of(batch.get(0).get(10, TimeUnit.SECONDS), batch.get(1).get(10, TimeUnit.SECONDS),
                batch.get(2).get(10, TimeUnit.SECONDS)), "in the batch: at the grace's end, 1 ms after, 1 ms before");
        int lateAlone = add(me, account, questions.get(2), 2, graceEnd.plusMillis(1)).get(10, TimeUnit.SECONDS);
        assertEquals(0, lateAlone, "alone, 1 ms after the grace's end");
        int inTimeAlone = add(me, account, questions.get(2), 1, graceEnd).get(10, TimeUnit.SECONDS);
        assertTrue(inTimeAlone > 0, "alone, at the grace's end");

        long[] q0 = order(me.attemptId(), questions.get(0));
        long[] q1 = order(me.attemptId(), questions.get(1));
        long[] q2 = order(me.attemptId(), questions.get(2));
        assertEquals(List.of(q0[1], q1[2], q2[0]), stored(me.attemptId()));
    }

    /** Saves sent one after another, each queued before the next is sent, so the batch has them in this order. */
    private final class InOrder {
        private final ExecutorService callers;
        private int sent;

        InOrder(ExecutorService callers) {
            this.callers = callers;
        }

        Future<Api.Reply> save(Taker t, long questionId, int option) throws InterruptedException {
            Future<Api.Reply> reply = callers.submit(() -> api.put("/api/attempts/" + t.attemptId() + "/answers/" + questionId,
                    Map.of("optionId", option), t.who().token()));
            sent++;
            for (int i = 0; i < 500 && autosaves.saves.waiting() < sent; i++) {
                Thread.sleep(10);
            }
            assertEquals(sent, autosaves.saves.waiting(), "save " + sent + " queued");
            return reply;
        }
    }

    private static void assertError(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.code(), reply.body());
    }

    private CompletableFuture<Integer> add(Taker t, long accountId, long questionId, int option, Instant at) {
        return autosaves.saves.add(new Autosaves.Save(t.attemptId(), accountId, questionId, option, at));
    }

    /** The option ids stored for an attempt, in the order its questions were shown. */
    private List<Long> stored(long attemptId) {
        return sql.list("""
                SELECT a.option_id FROM answer a
                JOIN attempt_question q ON q.attempt_id = a.attempt_id AND q.question_version_id = a.question_version_id
                WHERE a.attempt_id = ? ORDER BY q.position""", rs -> rs.getLong("option_id"), attemptId);
    }

    private long optionAt(Taker t, int place) {
        return order(t.attemptId(), t.questionId())[place - 1];
    }

    private long[] order(long attemptId, long questionId) {
        return AttemptService.split(sql.one(
                "SELECT option_order FROM attempt_question WHERE attempt_id = ? AND question_version_id = ?",
                rs -> rs.getString("option_order"), attemptId, questionId).orElseThrow());
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
