package vn.dongnai.contest.system;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.ranking.Leaderboards;
import vn.dongnai.contest.support.Attempts;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scheduled work with several app nodes: a second application context runs against the same
 * MySQL and Redis, and each job is started on both nodes at the same instant (twice on each), the
 * way schedulers on two machines would collide. Every job's effect happens once.
 */
@MicronautTest(transactional = false)
@Property(name = "contest.audit.retention-days", value = "400")
class ScheduledWorkOnTwoNodesTest extends IntegrationTest {

    ApplicationContext second;

    @BeforeAll
    void startSecondNode() {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("contest.audit.retention-days", "400");
        second = ApplicationContext.run(props, "test");
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    /** Runs the {@code @Scheduled} method on both nodes, two calls each, all released together. */
    private void onBothNodesAtOnce(String beanClass, String method) throws Exception {
        List<Runnable> calls = new ArrayList<>();
        for (ApplicationContext node : List.of(context, second)) {
            Class<?> type = Class.forName(beanClass);
            Object bean = node.getBean(type);
            @SuppressWarnings("unchecked")
            ExecutableMethod<Object, ?> job = (ExecutableMethod<Object, ?>) node.getBeanDefinition(type)
                    .findMethod(method).orElseThrow();
            calls.add(() -> job.invoke(bean));
            calls.add(() -> job.invoke(bean));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable call : calls) {
                running.add(pool.submit(() -> {
                    start.await();
                    call.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDeadlineSweeperGradesEachAbandonedAttemptOnce() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 6);
        Attempts attempts = new Attempts(api, sql);
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            started.add(attempts.start(round.id(), fixtures.contestant(), "sweeper-test"));
        }
        sql.update("UPDATE attempt SET deadline_at = ? WHERE round_id = ?", Instant.now().minus(Duration.ofHours(1)), round.id());

        onBothNodesAtOnce("vn.dongnai.contest.attempt.AttemptSweeper", "sweep");

        assertEquals(12, sql.one("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ? AND status = 'EXPIRED'",
                rs -> rs.getInt("n"), round.id()).orElseThrow());
        assertEquals(12, sql.one("SELECT COUNT(*) AS n FROM leaderboard_outbox WHERE round_id = ?",
                rs -> rs.getInt("n"), round.id()).orElseThrow(), "each attempt graded (and sent to the board) once");
    }

    @Test
    void anEndedRoundIsClosedOnceWithOneRankingAndOneAuditEntry() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 0, false), 6);
        Attempts attempts = new Attempts(api, sql);
        for (int i = 0; i < 5; i++) {
            Fixtures.Contestant who = fixtures.contestant();
            attempts.submit(attempts.start(round.id(), who, "close-test"), who);
        }
        sql.update("UPDATE contest_round SET closes_at = ?, auto_close = TRUE WHERE id = ?",
                Instant.now().minus(Duration.ofMinutes(1)), round.id());

        onBothNodesAtOnce("vn.dongnai.contest.ranking.RoundCloser", "closeEndedRounds");

        assertEquals("CLOSED", sql.one("SELECT status FROM contest_round WHERE id = ?", rs -> rs.getString("status"), round.id()).orElseThrow());
        assertEquals(1, sql.one("SELECT COUNT(*) AS n FROM ranking_snapshot WHERE round_id = ?", rs -> rs.getInt("n"), round.id()).orElseThrow());
        assertEquals(5, sql.one("SELECT COUNT(*) AS n FROM ranked_entry WHERE round_id = ?", rs -> rs.getInt("n"), round.id()).orElseThrow());
        assertEquals(1, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'ROUND_CLOSED' AND entity_id = ?",
                rs -> rs.getInt("n"), String.valueOf(round.id())).orElseThrow(), "one close, one audit entry");
    }

    @Test
    void theOutboxDrainerOnTwoNodesPutsEveryEntryOnTheBoardOnce() throws Exception {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 6);
        List<List<Fixtures.Graded>> graded = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            graded.add(List.of(new Fixtures.Graded(i % 4, null, 1_000 + i, Instant.now().minusSeconds(i), "Đơn vị " + (i % 5), "Xã " + (i % 3))));
        }
        List<Long> accounts = fixtures.gradedEntries(round, graded);
        List<Object[]> rows = new ArrayList<>();
        for (long account : accounts) {
            rows.add(new Object[]{round.id(), account, Instant.now()});
            rows.add(new Object[]{round.id(), account, Instant.now()});
        }
        sql.batch("INSERT INTO leaderboard_outbox (round_id, account_id, created_at) VALUES (?, ?, ?)", rows);

        onBothNodesAtOnce("vn.dongnai.contest.ranking.Leaderboards", "drain");

        var board = api.get("/api/rounds/" + round.id() + "/leaderboard?limit=100", null);
        assertEquals(200, board.status(), board.body());
        var units = api.get("/api/rounds/" + round.id() + "/units", null).list();
        assertEquals(300, units.stream().mapToInt(u -> ((Number) u.get("participants")).intValue()).sum(),
                "each contestant counted once in the collective board");
        assertEquals(0, sql.one("SELECT COUNT(*) AS n FROM leaderboard_outbox WHERE round_id = ? AND applied_at IS NULL",
                rs -> rs.getInt("n"), round.id()).orElseThrow());
        context.getBean(Leaderboards.class).rebuildRound(round.id());
        assertEquals(board.body(), api.get("/api/rounds/" + round.id() + "/leaderboard?limit=100", null).body(), "equal to a rebuild");
    }

    @Test
    void auditRetentionOnTwoNodesDeletesOnlyWhatIsPastRetention() throws Exception {
        Instant old = Instant.now().minus(Duration.ofDays(500));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(new Object[]{old.plusSeconds(i), "TEST_OLD"});
        }
        for (int i = 0; i < 10; i++) {
            rows.add(new Object[]{Instant.now().minus(Duration.ofDays(30)), "TEST_RECENT"});
        }
        sql.batch("INSERT INTO audit_log (at, action, entity) VALUES (?, ?, 'test')", rows);

        onBothNodesAtOnce("vn.dongnai.contest.audit.AuditRetention", "purge");

        assertEquals(0, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'TEST_OLD'", rs -> rs.getInt("n")).orElseThrow());
        assertEquals(10, sql.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'TEST_RECENT'", rs -> rs.getInt("n")).orElseThrow());
    }
}
