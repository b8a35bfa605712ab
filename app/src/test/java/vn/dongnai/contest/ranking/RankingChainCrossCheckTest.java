package vn.dongnai.contest.ranking;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.ranking.RankingPolicy.DecidedBy;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For each of the three chains, on many entries tied at every link: the order MySQL returns, the
 * order of the Java comparator and the order of the Redis board are the same, and "decided by" names
 * the link that really separates each pair of neighbours (checked here link by link, by hand).
 */
@MicronautTest(transactional = false)
class RankingChainCrossCheckTest extends IntegrationTest {

    @Inject
    Leaderboards leaderboards;
    @Inject
    Entries entries;
    @Inject
    RoundCloser closer;
    @Inject
    FrozenRankings frozen;
    @Inject
    StatefulRedisConnection<String, String> redis;

    static final Instant T0 = Instant.parse("2025-11-20T01:00:00Z");

    /** Few scores, few guesses (some missing), few durations, few submission instants: ties at every link. */
    private static List<List<Fixtures.Graded>> tied(int n, long seed) {
        Random random = new Random(seed);
        List<List<Fixtures.Graded>> graded = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Long guess = random.nextInt(5) == 0 ? null : (long) (n - 3 + random.nextInt(7));
            graded.add(List.of(new Fixtures.Graded(random.nextInt(4), guess, 1_000 + random.nextInt(4),
                    T0.plusMillis(random.nextInt(3)), "Đơn vị " + random.nextInt(7), "Xã " + random.nextInt(5))));
        }
        return graded;
    }

    /** The tie-break id at the end of each member of a board, in Redis order. */
    private List<Long> redisOrder(BoardKeys board) {
        return redis.sync().zrange(board.order(), 0, -1).stream()
                .map(member -> Long.parseLong(member.substring(member.indexOf(':') + 1))).toList();
    }

    private static <T extends RankingChain.Ranked> List<Long> ids(List<T> ranked) {
        return ranked.stream().map(RankingChain.Ranked::tieBreakId).toList();
    }

    /** The link that separates two neighbours, worked out by hand for the chain. */
    private static DecidedBy expected(RankingChain chain, RankingChain.Ranked above, RankingChain.Ranked below, Long actual) {
        if (above.score() != below.score()) {
            return DecidedBy.SCORE;
        }
        if (chain == RankingChain.CLOSED && actual != null) {
            Long a = above.prediction() == null ? null : Math.abs(above.prediction() - actual);
            Long b = below.prediction() == null ? null : Math.abs(below.prediction() - actual);
            if (!Objects.equals(a, b)) {
                return DecidedBy.PREDICTION;
            }
        }
        if (above.durationMs() != below.durationMs()) {
            return DecidedBy.DURATION;
        }
        if (!above.submittedAt().equals(below.submittedAt())) {
            return DecidedBy.SUBMISSION_TIME;
        }
        return DecidedBy.ENTRY_ID;
    }

    /** Checks "decided by" of every neighbour pair in {@code order}; every link must decide at least once. */
    private static <T extends RankingChain.Ranked> void assertDecidedBy(RankingChain chain, List<T> order, Long actual) {
        Set<DecidedBy> seen = EnumSet.noneOf(DecidedBy.class);
        for (int i = 0; i < order.size(); i++) {
            T below = i + 1 < order.size() ? order.get(i + 1) : null;
            DecidedBy decided = chain.decidedBy(order.get(i), below, actual);
            assertEquals(below == null ? DecidedBy.LAST : expected(chain, order.get(i), below, actual), decided,
                    chain + " at rank " + (i + 1));
            seen.add(decided);
        }
        List<DecidedBy> links = actual == null ? chain.links().stream().filter(l -> l != DecidedBy.PREDICTION).toList()
                : chain.links();
        assertEquals(EnumSet.copyOf(links), EnumSet.copyOf(seen.stream().filter(d -> d != DecidedBy.LAST).toList()),
                "the data ties at every link, so every link decides somewhere");
    }

    @Test
    void theLiveChainOrdersSqlJavaAndRedisAlikeOnManyTies() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        fixtures.gradedEntries(round, tied(3_000, 21));

        leaderboards.rebuildRound(round.id());

        List<Entry> sqlOrder = entries.liveRanking(round.id());
        List<Entry> javaOrder = new ArrayList<>(sqlOrder);
        java.util.Collections.shuffle(javaOrder, new Random(1));
        javaOrder.sort(RankingChain.LIVE.order());
        assertEquals(3_000, sqlOrder.size());
        assertEquals(ids(sqlOrder), ids(javaOrder), "SQL = Java");
        assertEquals(ids(sqlOrder), redisOrder(BoardKeys.round(round.id())), "SQL = Redis");
        assertDecidedBy(RankingChain.LIVE, sqlOrder, null);
    }

    @Test
    void theClosedChainOrdersSqlJavaAndTheFrozenBoardAlikeAndItsHashFollowsTheJavaOrder() {
        ContestRound round = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, true), 3);
        fixtures.gradedEntries(round, tied(2_000, 22));
        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofMinutes(5)), round.id());

        RoundCloser.Snapshot snapshot = closer.close(round.id(), null, "system");
        leaderboards.rebuildRound(round.id());

        Long actual = snapshot.predictionActual();
        assertEquals(2_000L, actual, "the PARTICIPANTS answer");
        List<Entry> sqlOrder = entries.finalRanking(round.id(), actual);
        List<Entry> javaOrder = new ArrayList<>(sqlOrder);
        java.util.Collections.shuffle(javaOrder, new Random(2));
        javaOrder.sort(RankingChain.CLOSED.order(actual));
        assertEquals(ids(sqlOrder), ids(javaOrder), "SQL = Java");
        assertEquals(ids(sqlOrder), redisOrder(BoardKeys.round(round.id())), "SQL = the frozen board in Redis");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < javaOrder.size(); i++) {
            lines.add(RankingPolicy.canonicalLine(i + 1, javaOrder.get(i), actual));
        }
        assertEquals(snapshot.contentHash(), RankingPolicy.contentHash(lines), "the frozen hash is the Java order's");
        assertDecidedBy(RankingChain.CLOSED, sqlOrder, actual);
        List<FrozenRankings.RankedEntry> page = frozen.page(round.id(), actual, 0, 2_000);
        for (int i = 0; i < page.size(); i++) {
            Entry below = i + 1 < sqlOrder.size() ? sqlOrder.get(i + 1) : null;
            assertEquals(below == null ? DecidedBy.LAST : expected(RankingChain.CLOSED, sqlOrder.get(i), below, actual),
                    page.get(i).decidedBy(), "the committee's page at rank " + (i + 1));
        }
    }

    @Test
    void theContestWideChainOrdersSqlJavaAndRedisAlikeOnManyTies() {
        ContestRound first = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        ContestRound second = fixtures.openRound(new Fixtures.RoundSpec(3, 600, 1, 5, false), 3);
        sql.update("UPDATE contest_round SET contest_id = ?, seq = 2 WHERE id = ?", first.contestId(), second.id());
        sql.update("UPDATE contest SET overall_board = TRUE WHERE id = ?", first.contestId());
        List<Long> accounts = fixtures.gradedEntries(first, tied(1_500, 23));
        // two contestants in three also enter the second round, with as few distinct values again
        Random random = new Random(24);
        List<Object[]> attempts = new ArrayList<>();
        for (long account : accounts) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            int score = random.nextInt(3);
            long duration = 1_000 + random.nextInt(3);
            Instant submitted = T0.plusSeconds(60).plusMillis(random.nextInt(2));
            attempts.add(new Object[]{second.id(), account, 1, submitted.minusMillis(duration), submitted, submitted,
                    duration, 3, score, score, null});
        }
        sql.batch("INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at, "
                + "duration_ms, question_count, correct_count, score, prediction) "
                + "VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?)", attempts);

        leaderboards.rebuildContest(first.contestId());

        List<Entries.ContestStanding> sqlOrder = entries.contestRanking(first.contestId());
        List<Entries.ContestStanding> javaOrder = new ArrayList<>(sqlOrder);
        java.util.Collections.shuffle(javaOrder, new Random(3));
        javaOrder.sort(RankingChain.CONTEST_WIDE.order());
        assertEquals(1_500, sqlOrder.size());
        assertEquals(ids(sqlOrder), ids(javaOrder), "SQL = Java");
        assertEquals(ids(sqlOrder), redisOrder(BoardKeys.contest(first.contestId())), "SQL = Redis");
        assertDecidedBy(RankingChain.CONTEST_WIDE, sqlOrder, null);
        Entries.ContestStanding one = entries.standingOf(first.contestId(), sqlOrder.getFirst().accountId()).orElseThrow();
        assertEquals(sqlOrder.getFirst(), one, "one contestant's standing is read like the whole ranking");
    }
}
