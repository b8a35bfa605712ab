package vn.dongnai.contest.ranking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingPolicyTest {

    private static final Instant T0 = Instant.parse("2025-11-20T01:00:00Z");

    private static Entry entry(long id, int score, Long prediction, long durationMs, long submittedOffsetMs) {
        return new Entry(1, id, id, score, score, 10, prediction, durationMs, T0.plusMillis(submittedOffsetMs),
                "N. V. A.", "Sở KH&CN", "Phường Trấn Biên");
    }

    @Test
    void sameScoreThePredictionCloserToTheActualValueRanksFirst() {
        Entry fastButFarOff = entry(1, 10, 900L, 60_000, 0);
        Entry slowButClose = entry(2, 10, 1010L, 300_000, 5_000);
        List<Entry> ranked = new ArrayList<>(List.of(fastButFarOff, slowButClose));
        ranked.sort(RankingChain.CLOSED.order(1000L));
        assertEquals(List.of(slowButClose, fastButFarOff), ranked);
        assertEquals(RankingPolicy.DecidedBy.PREDICTION, RankingChain.CLOSED.decidedBy(slowButClose, fastButFarOff, 1000L));
    }

    @Test
    void samePredictionErrorTheShorterDurationRanksFirst() {
        Entry over = entry(1, 10, 1010L, 200_000, 0);
        Entry under = entry(2, 10, 990L, 100_000, 9_000);
        List<Entry> ranked = new ArrayList<>(List.of(over, under));
        ranked.sort(RankingChain.CLOSED.order(1000L));
        assertEquals(List.of(under, over), ranked);
        assertEquals(RankingPolicy.DecidedBy.DURATION, RankingChain.CLOSED.decidedBy(under, over, 1000L));
    }

    @Test
    void aMissingPredictionRanksAfterAnyPredictionAtTheSameScore() {
        Entry none = entry(1, 10, null, 1_000, 0);
        Entry wild = entry(2, 10, 999_999L, 500_000, 0);
        assertTrue(RankingChain.CLOSED.order(1000L).compare(wild, none) < 0);
    }

    @Test
    void beforeCloseThePredictionPlaysNoPart() {
        Entry fast = entry(1, 10, 1L, 1_000, 0);
        Entry closeGuess = entry(2, 10, 1000L, 2_000, 0);
        assertTrue(RankingChain.LIVE.<Entry>order().compare(fast, closeGuess) < 0);
    }

    @Test
    void equalEverythingElseTheEarlierSubmissionThenTheLowerEntryIdWins() {
        assertEquals(RankingPolicy.DecidedBy.SUBMISSION_TIME,
                RankingChain.CLOSED.decidedBy(entry(5, 8, null, 10, 1), entry(4, 8, null, 10, 2), null));
        assertEquals(RankingPolicy.DecidedBy.ENTRY_ID,
                RankingChain.CLOSED.decidedBy(entry(4, 8, null, 10, 1), entry(5, 8, null, 10, 1), null));
    }

    /** The Redis encoding (score as an exact double, then member bytes) sorts exactly like the chain. */
    @Test
    void theRedisEncodingSortsExactlyLikeTheLiveChainIncludingItsExtremes() {
        Random random = new Random(11);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int score = random.nextInt(4) == 0 ? (int) RankingChain.SCORE_CAP - 1 : random.nextInt(12);
            long duration = random.nextInt(5) == 0 ? RankingChain.DURATION_CAP - 1 - random.nextInt(2) : random.nextInt(40);
            entries.add(entry(i + 1, score, null, duration, random.nextInt(30)));
        }
        Comparator<Entry> redis = Comparator.<Entry>comparingDouble(e -> RankingChain.boardScore(e.score(), e.durationMs()))
                .thenComparing(e -> RankingChain.member(e.submittedAt().toEpochMilli(), e.attemptId()));
        List<Entry> byChain = new ArrayList<>(entries);
        byChain.sort(RankingChain.LIVE.order());
        List<Entry> byRedis = new ArrayList<>(entries);
        byRedis.sort(redis);
        assertEquals(byChain, byRedis);
        assertNotEquals((double) RankingChain.boardScore(1, RankingChain.DURATION_CAP - 1),
                (double) RankingChain.boardScore(1, RankingChain.DURATION_CAP - 2), "adjacent durations stay distinct at the top of the range");
    }

    @Test
    void theContentHashChangesWithAnyRankedValue() {
        Entry a = entry(1, 10, 5L, 100, 0);
        String hash = RankingPolicy.contentHash(List.of(RankingPolicy.canonicalLine(1, a, 7L)));
        assertEquals(hash, RankingPolicy.contentHash(List.of(RankingPolicy.canonicalLine(1, a, 7L))));
        assertNotEquals(hash, RankingPolicy.contentHash(List.of(RankingPolicy.canonicalLine(1, entry(1, 10, 5L, 101, 0), 7L))));
        assertEquals(64, hash.length());
    }

    /** A signed ranking's hash is checked years later: the canonical rows must never change. */
    @Test
    void theFrozenHashOfTheSameRankingIsByteForByteWhatItAlwaysWas() {
        List<String> lines = List.of(RankingPolicy.canonicalLine(1, entry(1, 10, 5L, 100, 0), 7L),
                RankingPolicy.canonicalLine(2, entry(2, 10, null, 90, 3), 7L),
                RankingPolicy.canonicalLine(3, entry(3, 9, 8L, 50, 1), 7L));
        assertEquals("2|2|2|10|||90|1763600400003\n", lines.get(1));
        assertEquals("296659da19b6a3b7be56cbeeeaf9712bdd43e3521039613f923525b773b2d85a", RankingPolicy.contentHash(lines));
    }
}
