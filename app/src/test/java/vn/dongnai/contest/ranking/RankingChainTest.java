package vn.dongnai.contest.ranking;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.ranking.RankingPolicy.DecidedBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingChainTest {

    private static final Instant T0 = Instant.parse("2025-11-20T01:00:00Z");

    private record Ranked(int score, Long prediction, long durationMs, Instant submittedAt, long tieBreakId)
            implements RankingChain.Ranked {
    }

    private static Ranked ranked(long id, int score, Long prediction, long durationMs, long submittedOffsetMs) {
        return new Ranked(score, prediction, durationMs, T0.plusMillis(submittedOffsetMs), id);
    }

    private static final RankingChain.Columns ENTRY = new RankingChain.Columns("e.score", "e.prediction", "e.duration_ms",
            "e.submitted_at", "e.id");

    @Test
    void aHigherScoreRanksFirstOnEveryChainHoweverSlowItWas() {
        Ranked slowButBetter = ranked(2, 9, 1L, 900_000, 9_000);
        Ranked fastButWorse = ranked(1, 8, 5L, 1_000, 0);
        for (RankingChain chain : RankingChain.values()) {
            assertTrue(chain.<Ranked>order(5L).compare(slowButBetter, fastButWorse) < 0, chain.name());
            assertEquals(DecidedBy.SCORE, chain.decidedBy(slowButBetter, fastButWorse, 5L), chain.name());
        }
    }

    @Test
    void onceTheRoundIsClosedTheCloserGuessBeatsTheShorterDuration() {
        Ranked fastButFarOff = ranked(1, 10, 900L, 60_000, 0);
        Ranked slowButClose = ranked(2, 10, 1_010L, 300_000, 5_000);
        assertTrue(RankingChain.CLOSED.<Ranked>order(1_000L).compare(slowButClose, fastButFarOff) < 0);
        assertEquals(DecidedBy.PREDICTION, RankingChain.CLOSED.decidedBy(slowButClose, fastButFarOff, 1_000L));
        assertTrue(RankingChain.LIVE.<Ranked>order().compare(fastButFarOff, slowButClose) < 0, "while open, the guess plays no part");
        assertEquals(DecidedBy.DURATION, RankingChain.LIVE.decidedBy(fastButFarOff, slowButClose, 1_000L));
    }

    @Test
    void aContestantWithoutAGuessRanksBelowAnyGuessAtTheSameScore() {
        Ranked none = ranked(1, 10, null, 1_000, 0);
        Ranked wild = ranked(2, 10, 999_999L, 500_000, 0);
        assertTrue(RankingChain.CLOSED.<Ranked>order(1_000L).compare(wild, none) < 0);
        assertEquals(DecidedBy.PREDICTION, RankingChain.CLOSED.decidedBy(wild, none, 1_000L));
    }

    @Test
    void aClosedRoundWithoutAPredictionQuestionRanksLikeTheLiveBoard() {
        assertEquals(RankingChain.LIVE.sqlOrder(ENTRY), RankingChain.CLOSED.sqlOrder(ENTRY, null));
        Ranked a = ranked(1, 10, 3L, 2_000, 0);
        Ranked b = ranked(2, 10, 1_000L, 1_000, 0);
        assertEquals(DecidedBy.DURATION, RankingChain.CLOSED.decidedBy(b, a, null));
        assertTrue(RankingChain.CLOSED.<Ranked>order(null).compare(b, a) < 0);
    }

    @Test
    void equalOnEverythingElseTheEarlierSubmissionThenTheLowerIdRanksFirst() {
        assertEquals(DecidedBy.SUBMISSION_TIME,
                RankingChain.LIVE.decidedBy(ranked(5, 8, null, 10, 1), ranked(4, 8, null, 10, 2), null));
        assertEquals(DecidedBy.ENTRY_ID,
                RankingChain.LIVE.decidedBy(ranked(4, 8, null, 10, 1), ranked(5, 8, null, 10, 1), null));
        assertTrue(RankingChain.CONTEST_WIDE.<Ranked>order().compare(ranked(4, 8, null, 10, 1), ranked(5, 8, null, 10, 1)) < 0);
    }

    @Test
    void theLastOfARankingIsDecidedByNothing() {
        for (RankingChain chain : RankingChain.values()) {
            assertEquals(DecidedBy.LAST, chain.decidedBy(ranked(1, 1, null, 1, 1), null, 7L));
        }
    }

    @Test
    void eachChainWritesItsOrderAsSqlLinkByLink() {
        assertEquals("e.score DESC, e.duration_ms ASC, e.submitted_at ASC, e.id ASC", RankingChain.LIVE.sqlOrder(ENTRY));
        assertEquals("e.score DESC, (e.prediction IS NULL) ASC, ABS(e.prediction - 37) ASC, e.duration_ms ASC, "
                + "e.submitted_at ASC, e.id ASC", RankingChain.CLOSED.sqlOrder(ENTRY, 37L));
        assertEquals("SUM(r.score) DESC, SUM(r.duration_ms) ASC, MAX(r.submitted_at) ASC, r.account_id ASC",
                RankingChain.CONTEST_WIDE.sqlOrder(new RankingChain.Columns("SUM(r.score)", null, "SUM(r.duration_ms)",
                        "MAX(r.submitted_at)", "r.account_id")));
    }

    @Test
    void aClosedRankingIsPlacedOnItsBoardByItsFrozenRank() {
        assertThrows(IllegalStateException.class, () -> RankingChain.CLOSED.boardPosition(ranked(1, 1, null, 1, 1)));
        RankingChain.BoardPosition third = RankingChain.frozen(3, T0, 42);
        assertEquals(3, third.score());
        assertEquals(RankingChain.member(T0.toEpochMilli(), 42), third.member());
    }

    /** Redis orders by score, then member bytes: that must be each chain's own order, extremes included. */
    @Test
    void theBoardEncodingSortsLikeTheLiveAndTheContestWideChains() {
        Random random = new Random(7);
        List<Ranked> all = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int score = random.nextInt(4) == 0 ? (int) RankingChain.SCORE_CAP - 1 : random.nextInt(12);
            long duration = random.nextInt(5) == 0 ? RankingChain.DURATION_CAP - 1 - random.nextInt(2) : random.nextInt(40);
            all.add(ranked(i + 1, score, null, duration, random.nextInt(30)));
        }
        for (RankingChain chain : List.of(RankingChain.LIVE, RankingChain.CONTEST_WIDE)) {
            Comparator<Ranked> redis = Comparator.<Ranked>comparingDouble(r -> chain.boardPosition(r).score())
                    .thenComparing(r -> chain.boardPosition(r).member());
            List<Ranked> byChain = new ArrayList<>(all);
            byChain.sort(chain.order());
            List<Ranked> byRedis = new ArrayList<>(all);
            byRedis.sort(redis);
            assertEquals(byChain, byRedis, chain.name());
        }
    }
}
