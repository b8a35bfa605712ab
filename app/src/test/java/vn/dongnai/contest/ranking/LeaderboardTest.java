package vn.dongnai.contest.ranking;

import io.lettuce.core.api.StatefulRedisConnection;
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
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LeaderboardTest extends IntegrationTest {

    @Inject
    Leaderboards leaderboards;
    @Inject
    Entries entries;
    @Inject
    StatefulRedisConnection<String, String> redis;

    static final Instant T0 = Instant.parse("2025-11-20T01:00:00Z");

    /** Many ties at every link: few scores, few durations, few submission instants. */
    private static List<List<Fixtures.Graded>> tiedEntries(int n, long seed) {
        Random random = new Random(seed);
        List<List<Fixtures.Graded>> graded = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            graded.add(List.of(new Fixtures.Graded(random.nextInt(4), (long) random.nextInt(50), 1_000 + random.nextInt(6),
                    T0.plusMillis(random.nextInt(4)), "Đơn vị " + random.nextInt(7), "Xã " + random.nextInt(5))));
        }
        return graded;
    }

    private List<Long> redisOrder(long roundId) {
        return redis.sync().zrange(BoardKeys.round(roundId).order(), 0, -1).stream()
                .map(member -> Long.parseLong(member.substring(member.indexOf(':') + 1))).toList();
    }

    private List<Long> sqlOrder(long roundId) {
        return entries.liveRanking(roundId).stream().map(Entry::attemptId).toList();
    }

    /** Outbox rows for these contestants' entries, as their submits' commits leave them. */
    private void pending(ContestRound round, List<Long> accounts) {
        Instant now = Instant.now();
        accounts.forEach(a -> sql.insert("INSERT INTO leaderboard_outbox (round_id, account_id, created_at) VALUES (?, ?, ?)",
                round.id(), a, now));
    }

    @Test
    void tenThousandEntriesWithManyTiesAreInTheSameOrderInRedisAsInSql() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        fixtures.gradedEntries(round, tiedEntries(10_000, 1));

        leaderboards.rebuildRound(round.id());

        List<Long> sqlOrder = sqlOrder(round.id());
        assertEquals(10_000, sqlOrder.size());
        assertEquals(sqlOrder, redisOrder(round.id()));
        List<Entry> javaOrder = new ArrayList<>(entries.liveRanking(round.id()));
        javaOrder.sort(RankingChain.LIVE.order());
        assertEquals(sqlOrder, javaOrder.stream().map(Entry::attemptId).toList(), "SQL and the Java chain agree");
    }

    @Test
    void rebuildsOfOneBoardAtTheSameTimeEachSwapInAWholeBoard() throws Exception {
        // the drainer after a failover, a round closing and the rebuild command may meet on one board
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        fixtures.gradedEntries(round, tiedEntries(2_000, 3));
        BoardKeys board = BoardKeys.round(round.id());
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(3)) {
            for (int pass = 0; pass < 2; pass++) {
                var rebuilds = java.util.stream.IntStream.range(0, 3)
                        .mapToObj(i -> pool.submit(() -> leaderboards.rebuildRound(round.id()))).toList();
                for (var rebuild : rebuilds) {
                    rebuild.get();
                }
                var sync = redis.sync();
                assertEquals(2_000, sync.zcard(board.order()), "pass " + pass);
                assertEquals(2_000, sync.hlen(board.entries()), "every member on the board has its line, pass " + pass);
                assertEquals(2_000, sync.hlen(board.members()), "pass " + pass);
            }
        }
        assertEquals(sqlOrder(round.id()), redisOrder(round.id()));
        var page = api.get("/api/rounds/" + round.id() + "/leaderboard?limit=100", null);
        assertEquals(200, page.status(), page.body());
        assertEquals(List.of(), redis.sync().keys("lb:{r:" + round.id() + "}:staging*"), "no staging keys left behind");
    }

    @Test
    void entriesAppliedOneByOneThroughTheOutboxEndInTheSameOrderAsARebuild() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        pending(round, fixtures.gradedEntries(round, tiedEntries(600, 2)));

        leaderboards.drain();

        List<Long> incremental = redisOrder(round.id());
        Map<String, String> unitsIncremental = redis.sync().hgetall(BoardKeys.round(round.id()).units());
        assertEquals(sqlOrder(round.id()), incremental);
        leaderboards.rebuildRound(round.id());
        assertEquals(incremental, redisOrder(round.id()));
        assertEquals(unitsIncremental, redis.sync().hgetall(BoardKeys.round(round.id()).units()));
    }

    @Test
    void aRedisThatLostItsScriptsStillTakesBoardWritesAndAnswersBoardReads() {
        // a restarted Redis, a promoted replica or another Cluster master has not seen the board scripts
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        pending(round, fixtures.gradedEntries(round, tiedEntries(50, 4)));
        redis.sync().scriptFlush();

        leaderboards.drain();
        assertEquals(sqlOrder(round.id()), redisOrder(round.id()));

        redis.sync().scriptFlush();
        var page = api.get("/api/rounds/" + round.id() + "/leaderboard?limit=10", null);
        assertEquals(200, page.status(), page.body());
        assertEquals(10, page.list().size(), page.body());
    }

    @Test
    void anEntryAlreadyAppliedByTheOtherPathIsNotAFailureAndLeavesTheBoardFresh() {
        // the after-commit write and the drainer race for the same outbox rows under load
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        long account = fixtures.gradedEntries(round, tiedEntries(1, 1)).getFirst();
        sql.insert("INSERT INTO leaderboard_outbox (round_id, account_id, created_at) VALUES (?, ?, ?)",
                round.id(), account, Instant.now());
        assertTrue(leaderboards.applyPending(round.id(), account));

        assertTrue(leaderboards.applyPending(round.id(), account), "nothing pending is nothing to do");
        assertFalse(leaderboards.stale(round.id()));
        assertEquals(List.of(sqlOrder(round.id()).getFirst()), redisOrder(round.id()));
    }

    @Test
    void theBestAttemptCountsAndReplacesTheEarlierOneOnTheBoard() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(4, 600, 3, 5, false), 8);
        Fixtures.Contestant me = fixtures.contestant();
        submitWithCorrect(round.id(), me, 1);
        Map<String, Object> first = api.get("/api/rounds/" + round.id() + "/leaderboard/me", me.token()).map();
        assertEquals(1, first.get("score"));

        submitWithCorrect(round.id(), me, 3);
        submitWithCorrect(round.id(), me, 2);

        Map<String, Object> best = api.get("/api/rounds/" + round.id() + "/leaderboard/me", me.token()).map();
        assertEquals(3, best.get("score"), "the best of three attempts counts");
        assertEquals(1L, ((Number) best.get("rank")).longValue());
        List<Map<String, Object>> board = api.get("/api/rounds/" + round.id() + "/leaderboard", null).list();
        assertEquals(1, board.size(), "one entry per contestant");
        assertEquals(Map.of("rank", 1, "displayName", "Nguyễn V. A.", "unit", "Sở Khoa học và Công nghệ",
                "commune", "Phường Trấn Biên", "score", 3), withoutDuration(board.getFirst()));
        List<Map<String, Object>> units = api.get("/api/rounds/" + round.id() + "/units", null).list();
        assertEquals("Sở Khoa học và Công nghệ", units.getFirst().get("name"));
        assertEquals(1, units.getFirst().get("participants"));
    }

    @Test
    void underTheLastRuleTheLatestAttemptCountsEvenIfWorse() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(4, 600, 3, 5, false), 8);
        sql.update("UPDATE contest_round SET counting_rule = 'LAST' WHERE id = ?", round.id());
        Fixtures.Contestant me = fixtures.contestant();
        submitWithCorrect(round.id(), me, 4);
        submitWithCorrect(round.id(), me, 1);

        assertEquals(1, api.get("/api/rounds/" + round.id() + "/leaderboard/me", me.token()).map().get("score"));
    }

    @Test
    void aDisqualifiedEntryLeavesTheBoardAndItsUnitCount() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        List<Long> accounts = fixtures.gradedEntries(round, tiedEntries(5, 3));
        leaderboards.rebuildRound(round.id());
        long before = redis.sync().zcard(BoardKeys.round(round.id()).order());

        sql.update("UPDATE attempt SET disqualified = TRUE WHERE round_id = ? AND account_id = ?", round.id(), accounts.getFirst());
        context.getEventPublisher(vn.dongnai.contest.attempt.EntryChanged.class)
                .publishEvent(new vn.dongnai.contest.attempt.EntryChanged(round.id(), accounts.getFirst()));

        assertEquals(before - 1, redis.sync().zcard(BoardKeys.round(round.id()).order()));
        long counted = redis.sync().hgetall(BoardKeys.round(round.id()).units()).values().stream().mapToLong(Long::parseLong).sum();
        assertEquals(before - 1, counted);
        assertEquals(sqlOrder(round.id()), redisOrder(round.id()));
    }

    @Test
    void pagingIsValidatedAndNothingPersonalIsShown() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        fixtures.gradedEntries(round, tiedEntries(30, 4));
        leaderboards.rebuildRound(round.id());

        var page = api.get("/api/rounds/" + round.id() + "/leaderboard?offset=10&limit=5", null);
        assertEquals(200, page.status());
        assertEquals(11L, ((Number) page.list().getFirst().get("rank")).longValue());
        assertEquals(5, page.list().size());
        assertFalse(page.body().contains("accountId") || page.body().contains("citizen") || page.body().contains("phone"));
        assertEquals(400, api.get("/api/rounds/" + round.id() + "/leaderboard?limit=1000", null).status());
        assertEquals(400, api.get("/api/rounds/" + round.id() + "/leaderboard?offset=-1", null).status());
        assertEquals(400, api.get("/api/rounds/" + round.id() + "/leaderboard?limit=abc", null).status());
        assertEquals(404, api.get("/api/rounds/999999/leaderboard", null).status());
        assertEquals(401, api.get("/api/rounds/" + round.id() + "/leaderboard/me", null).status());
    }

    @Test
    void aContestWithAnOverallBoardRanksTheSumOfItsRounds() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(4, 600, 2, 5, false), 8);
        sql.update("UPDATE contest SET overall_board = TRUE WHERE id = ?", round.contestId());
        Fixtures.Contestant me = fixtures.contestant();
        submitWithCorrect(round.id(), me, 2);

        Map<String, Object> overall = api.get("/api/contests/" + round.contestId() + "/leaderboard/me", me.token()).map();
        assertEquals(2, overall.get("score"));
        assertEquals(1, api.get("/api/contests/" + round.contestId() + "/leaderboard", null).list().size());
    }

    @Test
    void theRebuildCommandRestoresABoardDeletedFromRedis() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        fixtures.gradedEntries(round, tiedEntries(50, 5));
        leaderboards.rebuildRound(round.id());
        List<Long> before = redisOrder(round.id());
        redis.sync().del(BoardKeys.round(round.id()).all());

        String admin = fixtures.login("admin", "Admin-test-1234");
        var rebuilt = api.post("/api/admin/leaderboards/rebuild", Map.of(), admin);

        assertEquals(200, rebuilt.status(), rebuilt.body());
        assertEquals(before, redisOrder(round.id()));
        assertTrue(before.size() == 50);
    }

    /** Starts an attempt and submits it with exactly {@code correct} right answers. */
    private void submitWithCorrect(long roundId, Fixtures.Contestant me, int correct) {
        Map<String, Object> attempt = api.post("/api/rounds/" + roundId + "/attempts", Map.of(), me.token()).map();
        long attemptId = ((Number) attempt.get("attemptId")).longValue();
        List<Map<String, Object>> answers = new ArrayList<>();
        int right = 0;
        for (Object q : (List<?>) attempt.get("questions")) {
            long versionId = ((Number) ((Map<?, ?>) q).get("id")).longValue();
            int correctPlace = sql.one("""
                    SELECT FIND_IN_SET(o.id, aq.option_order) AS v FROM attempt_question aq
                    JOIN question_option o ON o.version_id = aq.question_version_id AND o.correct = TRUE
                    WHERE aq.attempt_id = ? AND aq.question_version_id = ?""", rs -> rs.getInt("v"), attemptId, versionId).orElseThrow();
            int place = right < correct ? correctPlace : correctPlace % 4 + 1;
            right++;
            answers.add(Map.of("questionId", versionId, "optionId", place));
        }
        var result = api.submit(attemptId, Map.of("answers", answers), "k-" + attemptId, me.token());
        assertEquals(correct, result.map().get("correctCount"), result.body());
    }

    private static Map<String, Object> withoutDuration(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.HashMap<>(row);
        copy.remove("durationMs");
        copy.put("rank", ((Number) copy.get("rank")).intValue());
        return copy;
    }
}
