package vn.dongnai.contest.attempt;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Group commit of submissions: several submits graded in one transaction, each answered after it commits. */
@MicronautTest(transactional = false)
class SubmitCommitterTest extends IntegrationTest {

    @Inject
    SubmitCommitter committer;
    @Inject
    GradedEvents graded;

    @Singleton
    @Requires(env = Environment.TEST)
    static class GradedEvents {
        final Map<Long, AtomicInteger> perAttempt = new ConcurrentHashMap<>();

        @EventListener
        void on(AttemptGraded event) {
            perAttempt.computeIfAbsent(event.attemptId(), k -> new AtomicInteger()).incrementAndGet();
        }

        @EventListener
        void on(AttemptsGraded group) {
            group.graded().forEach(this::on);
        }
    }

    private record Taker(Fixtures.Contestant who, long attemptId, List<Map<String, Object>> answers) {
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void restore() {
        committer.beforeCommit = () -> {
        };
    }

    @Test
    void submitsArrivingTogetherAreAllGradedAndEachAnsweredWithItsOwnResult() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, true), 10);
        List<Taker> takers = List.of(taker(round), taker(round), taker(round));

        List<Api.Reply> replies = inOneGroup(takers.stream().map(t -> submitting(t, Map.of("prediction", 42, "answers", t.answers()))).toList());

        for (int i = 0; i < takers.size(); i++) {
            Taker t = takers.get(i);
            assertEquals(200, replies.get(i).status(), replies.get(i).body());
            Map<String, Object> row = sql.one("SELECT status, score, prediction FROM attempt WHERE id = ?",
                    rs -> Map.<String, Object>of("status", rs.getString("status"), "score", rs.getInt("score"), "prediction", rs.getLong("prediction")),
                    t.attemptId()).orElseThrow();
            assertEquals("SUBMITTED", row.get("status"));
            assertEquals(((Number) replies.get(i).map().get("score")).intValue(), row.get("score"), "each reply carries its own grade");
            assertEquals(42L, row.get("prediction"));
            assertEquals(1, graded.perAttempt.get(t.attemptId()).get(), "graded once");
            assertEquals(1L, outboxRows(round, t), "one board update queued per attempt");
        }
    }

    @Test
    void oneBadSubmitInAGroupIsRefusedAloneAndTheOthersAreSaved() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, true), 10);
        Taker good1 = taker(round);
        Taker bad = taker(round);
        Taker good2 = taker(round);

        List<Api.Reply> replies = inOneGroup(List.of(
                submitting(good1, Map.of("answers", good1.answers())),
                submitting(bad, Map.of("prediction", -5, "answers", bad.answers())),
                submitting(good2, Map.of("answers", good2.answers()))));

        assertEquals(200, replies.get(0).status(), replies.get(0).body());
        assertEquals(422, replies.get(1).status(), replies.get(1).body());
        assertEquals("INVALID_PREDICTION", replies.get(1).code());
        assertEquals(200, replies.get(2).status(), replies.get(2).body());
        assertEquals("SUBMITTED", status(good1));
        assertEquals("OPEN", status(bad), "the refused submit wrote nothing");
        assertEquals("SUBMITTED", status(good2));
    }

    @Test
    void aGroupWhoseTransactionFailsIsMadeAgainOneByOne() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 10);
        List<Taker> takers = List.of(taker(round), taker(round), taker(round));
        AtomicInteger failures = new AtomicInteger();
        committer.beforeCommit = () -> {
            if (failures.getAndIncrement() == 0) {
                throw new IllegalStateException("the group's statement failed");
            }
        };

        List<Api.Reply> replies = inOneGroup(takers.stream().map(t -> submitting(t, Map.of("answers", t.answers()))).toList());

        assertEquals(1, failures.get(), "only the group's transaction went through the failing hook");
        for (int i = 0; i < takers.size(); i++) {
            assertEquals(200, replies.get(i).status(), replies.get(i).body());
            assertEquals("SUBMITTED", status(takers.get(i)));
            // the rolled-back group had announced it too; what counts is what committed
            assertEquals(1L, outboxRows(round, takers.get(i)), "graded once, on its own");
        }
    }

    @Test
    void aGroupThatNeverCommitsAcknowledgesNothingAndTheSameKeySubmitsLater() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 10);
        List<Taker> takers = List.of(taker(round), taker(round));
        committer.beforeCommit = () -> {
            throw new OutOfMemoryError("the node is going down before the commit");
        };

        List<Api.Reply> replies = inOneGroup(takers.stream().map(t -> submitting(t, Map.of("answers", t.answers()))).toList());

        for (int i = 0; i < takers.size(); i++) {
            Taker t = takers.get(i);
            assertEquals(503, replies.get(i).status(), replies.get(i).body());
            assertEquals("SUBMIT_NOT_SAVED", replies.get(i).code());
            assertEquals("OPEN", status(t), "nothing acknowledged, nothing written");
            assertEquals(0L, sql.one("SELECT COUNT(*) AS n FROM answer WHERE attempt_id = ?",
                    rs -> rs.getLong("n"), t.attemptId()).orElseThrow());
            assertEquals(0L, outboxRows(round, t));
        }
        committer.beforeCommit = () -> {
        };
        Taker first = takers.getFirst();
        Api.Reply again = api.submit(first.attemptId(), Map.of("answers", first.answers()), "key-" + first.attemptId(),
                first.who().token());
        assertEquals(200, again.status(), again.body());
        assertEquals("SUBMITTED", status(first));
    }

    @Test
    void aSubmitsTimeIsWhenItArrivedNotWhenItsGroupCommitted() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 10);
        Taker earlier = taker(round);
        Taker later = taker(round);
        committer.hold();
        Instant released;
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            replies.add(pool.submit(() -> submitting(earlier, Map.of()).call()));
            awaitWaiting(1);
            Thread.sleep(30);
            replies.add(pool.submit(() -> submitting(later, Map.of()).call()));
            awaitWaiting(2);
            Thread.sleep(30);
            released = Instant.now();
        } finally {
            committer.release();
        }
        for (Future<Api.Reply> reply : replies) {
            assertEquals(200, reply.get().status(), reply.get().body());
        }

        Instant first = submittedAt(earlier);
        Instant second = submittedAt(later);
        assertTrue(first.isBefore(second), "the earlier submit keeps the earlier time: " + first + " / " + second);
        assertTrue(second.isBefore(released.minusMillis(10)), "its time is its arrival, not its group's commit");
        assertEquals(first.toEpochMilli(), Instant.parse((String) replies.getFirst().get().map().get("submittedAt")).toEpochMilli());
    }

    @Test
    void submitsWaitingForTheirGroupHoldNoThreadAndAreOnTheBoardWhenAnswered() throws Exception {
        // more waiting submits than the blocking pool has threads (32): none of them may hold one
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 10);
        List<Taker> takers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            takers.add(taker(round));
        }
        Taker reading = taker(round);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            committer.hold();
            try {
                for (Taker t : takers) {
                    replies.add(callers.submit(submitting(t, Map.of("answers", t.answers()))));
                }
                awaitWaiting(takers.size());
                Api.Reply view = callers.submit(() -> api.get("/api/attempts/" + reading.attemptId(), reading.who().token()))
                        .get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, view.status(), "a request on the blocking pool is served while 40 submits wait: " + view.body());
            } finally {
                committer.release();
            }
            for (Future<Api.Reply> reply : replies) {
                assertEquals(200, reply.get().status(), reply.get().body());
            }
        }
        var board = api.get("/api/rounds/" + round.id() + "/leaderboard?limit=100", null);
        assertEquals(200, board.status(), board.body());
        assertEquals(40, board.list().size(), "every answered submit is on the board already");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Taker taker(ContestRound round) {
        Fixtures.Contestant who = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), who.token()).map();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> q : AttemptFlowTest.questions(attempt)) {
            answers.add(Map.of("questionId", AttemptFlowTest.id(q), "optionId", 1));
        }
        return new Taker(who, ((Number) attempt.get("attemptId")).longValue(), answers);
    }

    private java.util.concurrent.Callable<Api.Reply> submitting(Taker t, Map<String, Object> body) {
        return () -> api.submit(t.attemptId(), body, "key-" + t.attemptId(), t.who().token());
    }

    /** Holds the committer while every submit queues, then lets it take them as one group. */
    private List<Api.Reply> inOneGroup(List<java.util.concurrent.Callable<Api.Reply>> submits) throws Exception {
        List<Future<Api.Reply>> futures = new ArrayList<>();
        committer.hold();
        try {
            for (var submit : submits) {
                futures.add(pool.submit(submit));
            }
            awaitWaiting(submits.size());
        } finally {
            committer.release();
        }
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> f : futures) {
            replies.add(f.get());
        }
        return replies;
    }

    private void awaitWaiting(int count) throws InterruptedException {
        for (int i = 0; i < 500 && committer.waiting() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, committer.waiting(), "submits queued for one group");
    }

    private String status(Taker t) {
        return sql.one("SELECT status FROM attempt WHERE id = ?", rs -> rs.getString("status"), t.attemptId()).orElseThrow();
    }

    private Instant submittedAt(Taker t) {
        return sql.one("SELECT submitted_at FROM attempt WHERE id = ?", rs -> rs.getTimestamp("submitted_at"), t.attemptId())
                .map(Timestamp::toInstant).orElseThrow();
    }

    private long outboxRows(ContestRound round, Taker t) {
        return sql.one("SELECT COUNT(*) AS n FROM leaderboard_outbox WHERE round_id = ? AND account_id = ?",
                rs -> rs.getLong("n"), round.id(), t.who().id()).orElseThrow();
    }
}
