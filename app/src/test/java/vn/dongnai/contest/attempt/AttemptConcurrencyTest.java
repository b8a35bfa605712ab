package vn.dongnai.contest.attempt;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class AttemptConcurrencyTest extends IntegrationTest {

    @Inject
    GradedCounter graded;

    /** Counts grading events per attempt: "graded once" is exactly one event. */
    @Singleton
    @Requires(env = Environment.TEST)
    static class GradedCounter {
        final Map<Long, AtomicInteger> perAttempt = new ConcurrentHashMap<>();

        @EventListener
        void on(AttemptGraded event) {
            perAttempt.computeIfAbsent(event.attemptId(), k -> new AtomicInteger()).incrementAndGet();
        }

        /** Submits graded in one group are announced together. */
        @EventListener
        void on(AttemptsGraded group) {
            group.graded().forEach(this::on);
        }
    }

    @Test
    void twentyParallelStartsNeverExceedTheAttemptLimitNorOpenTwoAttempts() throws Exception {
        int allowed = 3;
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, allowed, 5, false), 10);
        Fixtures.Contestant me = fixtures.contestant();

        for (int wave = 1; wave <= allowed + 1; wave++) {
            List<Api.Reply> replies = inParallel(20, () -> api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()));
            List<Api.Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
            int expected = wave <= allowed ? 1 : 0;
            assertEquals(expected, created.size(), "wave " + wave + ": exactly one new attempt while any are left");
            replies.stream().filter(r -> r.status() != 201).forEach(r -> assertEquals(409, r.status(), r.body()));
            if (!created.isEmpty()) {
                long attemptId = ((Number) created.getFirst().map().get("attemptId")).longValue();
                assertEquals(200, api.submit(attemptId, Map.of(), "wave-" + wave, me.token()).status());
            } else {
                replies.forEach(r -> assertEquals("ATTEMPTS_USED_UP", r.code()));
            }
        }
        assertEquals((long) allowed, sql.one("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ? AND account_id = ?",
                rs -> rs.getLong("n"), round.id(), me.id()).orElseThrow());
    }

    @Test
    void tenParallelSubmitsGradeTheAttemptOnceAndAllGetTheSameBody() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(5, 600, 2, 5, false), 10);
        Fixtures.Contestant me = fixtures.contestant();
        Map<String, Object> attempt = api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token()).map();
        long attemptId = ((Number) attempt.get("attemptId")).longValue();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> q : AttemptFlowTest.questions(attempt)) {
            answers.add(Map.of("questionId", AttemptFlowTest.id(q), "optionId", 1));
        }

        List<Api.Reply> replies = inParallel(10, () -> api.submit(attemptId, Map.of("answers", answers), "same-key", me.token()));

        replies.forEach(r -> assertEquals(200, r.status(), r.body()));
        assertEquals(1, replies.stream().map(Api.Reply::map).distinct().count(), "every retry sees the same result");
        assertEquals(1, graded.perAttempt.get(attemptId).get(), "graded exactly once");
    }

    @Test
    void parallelSubmitsWithDifferentKeysGradeOnceAndTellTheOthersItIsDone() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 2, 5, false), 10);
        Fixtures.Contestant me = fixtures.contestant();
        long attemptId = ((Number) api.post("/api/rounds/" + round.id() + "/attempts", Map.of(), me.token())
                .map().get("attemptId")).longValue();
        AtomicInteger n = new AtomicInteger();

        List<Api.Reply> replies = inParallel(10, () -> api.submit(attemptId, Map.of(), "key-" + n.incrementAndGet(), me.token()));

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count());
        replies.stream().filter(r -> r.status() != 200).forEach(r -> assertEquals("ALREADY_SUBMITTED", r.code()));
        assertEquals(1, graded.perAttempt.get(attemptId).get());
    }

    private static <T> List<T> inParallel(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
