package vn.dongnai.contest.award;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.award.PrizeAllocation.Award;
import vn.dongnai.contest.award.PrizeAllocation.Candidate;
import vn.dongnai.contest.award.PrizeAllocation.Eligibility;
import vn.dongnai.contest.award.PrizeAllocation.Held;
import vn.dongnai.contest.award.PrizeAllocation.Outcome;
import vn.dongnai.contest.award.PrizeAllocation.Reason;
import vn.dongnai.contest.award.PrizeAllocation.Scope;
import vn.dongnai.contest.award.PrizeAllocation.Tier;
import vn.dongnai.contest.ranking.RankingPolicy.DecidedBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrizeAllocationTest {

    static final Tier FIRST = new Tier(1, "Giải Nhất", 1, 3_000_000, 5);
    static final Tier SECOND = new Tier(2, "Giải Nhì", 2, 2_000_000, 3);
    static final Tier THIRD = new Tier(3, "Giải Ba", 1, 1_000_000, 1);

    /** A ranking built top to bottom; each entry says what separated it from the next. */
    static final class Ranking {
        final List<Candidate> entries = new ArrayList<>();

        Ranking add(long account, int score, DecidedBy toNext) {
            return add(account, score, toNext, "OFFICIAL", false, false, true);
        }

        Ranking add(long account, int score, DecidedBy toNext, String group, boolean disqualified, boolean excluded,
                    boolean allCorrect) {
            entries.add(new Candidate(account, entries.size() + 1, score, allCorrect, group, disqualified, excluded, toNext));
            return this;
        }

        Scope scope(String key, Eligibility eligibility, Tier... tiers) {
            return new Scope(key, "Đợt " + key.substring(1), List.of(tiers), eligibility, entries.iterator());
        }
    }

    private static List<Long> winners(Outcome outcome) {
        return outcome.awards().stream().map(a -> a.winner().accountId()).toList();
    }

    private static Outcome one(Scope scope) {
        return PrizeAllocation.allocate(List.of(scope), List.of(), false).get(scope.key());
    }

    @Test
    void tiesAcrossATierBoundaryAreDecidedByTheChainAndTheLinkIsRecorded() {
        Outcome outcome = one(new Ranking()
                .add(1, 10, DecidedBy.PREDICTION)
                .add(2, 10, DecidedBy.DURATION)
                .add(3, 10, DecidedBy.SCORE)
                .add(4, 9, DecidedBy.LAST)
                .scope("R1", Eligibility.ANYONE, FIRST, SECOND));

        assertEquals(List.of(1L, 2L, 3L), winners(outcome));
        assertEquals(List.of("Giải Nhất", "Giải Nhì", "Giải Nhì"), outcome.awards().stream().map(a -> a.tier().name()).toList());
        assertEquals(List.of(DecidedBy.PREDICTION, DecidedBy.DURATION, DecidedBy.SCORE),
                outcome.awards().stream().map(Award::decidedBy).toList(),
                "Nhất over Nhì by the prediction, the second Nhì over the first non-winner by score");
    }

    @Test
    void theLinkToTheNextCompetitorSpansPassedOverEntries() {
        Outcome outcome = one(new Ranking()
                .add(1, 10, DecidedBy.DURATION)
                .add(2, 10, DecidedBy.PREDICTION, "OFFICIAL", true, false, true)
                .add(3, 10, DecidedBy.LAST)
                .scope("R1", Eligibility.ANYONE, FIRST, THIRD));

        assertEquals(List.of(1L, 3L), winners(outcome));
        assertEquals(DecidedBy.PREDICTION, outcome.awards().getFirst().decidedBy(),
                "1 and 3 first differ at the prediction, whatever 2 in between was");
    }

    @Test
    void aPersonRankedInTwoRoundsKeepsTheHigherPrizeAndTheNextEligibleEntryMovesUp() {
        long x = 7;
        Scope round1 = new Ranking().add(1, 10, DecidedBy.SCORE).add(x, 9, DecidedBy.SCORE).add(3, 8, DecidedBy.SCORE)
                .add(4, 7, DecidedBy.LAST).scope("R1", Eligibility.ANYONE, FIRST, THIRD);
        Scope round2 = new Ranking().add(x, 10, DecidedBy.SCORE).add(5, 9, DecidedBy.LAST)
                .scope("R2", Eligibility.ANYONE, FIRST);

        Map<String, Outcome> outcomes = PrizeAllocation.allocate(List.of(round1, round2), List.of(), true);

        assertEquals(List.of(x), winners(outcomes.get("R2")), "Nhất of round 2 outranks Ba of round 1");
        assertEquals(List.of(1L, 3L), winners(outcomes.get("R1")));
        Award moved = outcomes.get("R1").awards().get(1);
        assertEquals(1, moved.movedUp());
        assertEquals(1, moved.passedOver().size());
        PrizeAllocation.PassedOver why = moved.passedOver().getFirst();
        assertEquals(x, why.accountId());
        assertEquals(2, why.rank());
        assertEquals(Reason.KEEPS_OTHER_PRIZE, why.reason());
        assertEquals("R2", why.heldScopeKey());
        assertEquals("Giải Nhất", why.heldTier());
    }

    @Test
    void betweenEqualPrizesThePersonKeepsTheEarlierScopes() {
        long x = 7;
        Scope round1 = new Ranking().add(x, 10, DecidedBy.SCORE).add(2, 9, DecidedBy.LAST).scope("R1", Eligibility.ANYONE, FIRST);
        Scope round2 = new Ranking().add(x, 10, DecidedBy.SCORE).add(3, 9, DecidedBy.LAST).scope("R2", Eligibility.ANYONE, FIRST);

        Map<String, Outcome> outcomes = PrizeAllocation.allocate(List.of(round1, round2), List.of(), true);

        assertEquals(List.of(x), winners(outcomes.get("R1")));
        assertEquals(List.of(3L), winners(outcomes.get("R2")));
    }

    @Test
    void aSignedPrizeIsFinalEvenWhenALaterScopeWouldGiveMore() {
        long x = 7;
        Scope round2 = new Ranking().add(x, 10, DecidedBy.SCORE).add(5, 9, DecidedBy.LAST).scope("R2", Eligibility.ANYONE, FIRST);

        Outcome outcome = PrizeAllocation.allocate(List.of(round2),
                List.of(new Held("R1", "Đợt 1", x, "Giải Khuyến khích", 200_000)), true).get("R2");

        assertEquals(List.of(5L), winners(outcome));
        assertEquals(Reason.KEEPS_SIGNED_PRIZE, outcome.awards().getFirst().passedOver().getFirst().reason());
    }

    @Test
    void withoutTheOnePrizeRuleAPersonMayWinInEveryRound() {
        long x = 7;
        Scope round1 = new Ranking().add(x, 10, DecidedBy.LAST).scope("R1", Eligibility.ANYONE, FIRST);
        Scope round2 = new Ranking().add(x, 10, DecidedBy.LAST).scope("R2", Eligibility.ANYONE, FIRST);

        Map<String, Outcome> outcomes = PrizeAllocation.allocate(List.of(round1, round2),
                List.of(new Held("R0", "Đợt 0", x, "Giải Nhất", 3_000_000)), false);

        assertEquals(List.of(x), winners(outcomes.get("R1")));
        assertEquals(List.of(x), winners(outcomes.get("R2")));
    }

    @Test
    void disqualifiedExcludedAndIneligibleEntriesArePassedOverWithTheirReasons() {
        Outcome outcome = one(new Ranking()
                .add(1, 10, DecidedBy.DURATION, "OFFICIAL", true, false, true)
                .add(2, 10, DecidedBy.DURATION, "OFFICIAL", false, true, true)
                .add(3, 10, DecidedBy.DURATION, "STUDENT", false, false, true)
                .add(4, 10, DecidedBy.SCORE, "RESIDENT", false, false, true)
                .add(5, 9, DecidedBy.LAST)
                .scope("R1", new Eligibility(null, false, Set.of("OFFICIAL", "RESIDENT")), FIRST));

        assertEquals(List.of(4L), winners(outcome));
        assertEquals(List.of(Reason.DISQUALIFIED, Reason.EXCLUDED, Reason.GROUP_NOT_ELIGIBLE),
                outcome.awards().getFirst().passedOver().stream().map(PrizeAllocation.PassedOver::reason).toList());
        assertEquals(0, outcome.awards().getFirst().movedUp(), "only people keeping another prize count as moving others up");
    }

    @Test
    void belowTheMinimumScoreNobodyWinsAndThePrizeStaysUnfilled() {
        Outcome outcome = one(new Ranking()
                .add(1, 10, DecidedBy.SCORE)
                .add(2, 8, DecidedBy.SCORE)
                .add(3, 6, DecidedBy.LAST)
                .scope("R1", new Eligibility(7, false, Set.of()), FIRST, SECOND));

        assertEquals(List.of(1L, 2L), winners(outcome));
        assertEquals(Map.of(2, 1), outcome.unfilledByTier());
        assertEquals(DecidedBy.LAST, outcome.awards().get(1).decidedBy(), "nobody below could have won");
    }

    @Test
    void allCorrectOnlySkipsEntriesWithAWrongAnswer() {
        Outcome outcome = one(new Ranking()
                .add(1, 10, DecidedBy.SCORE, "OFFICIAL", false, false, false)
                .add(2, 9, DecidedBy.LAST, "OFFICIAL", false, false, true)
                .scope("R1", new Eligibility(null, true, Set.of()), FIRST));

        assertEquals(List.of(2L), winners(outcome));
        assertEquals(Reason.NOT_ALL_CORRECT, outcome.awards().getFirst().passedOver().getFirst().reason());
    }

    @Test
    void theReviewKeepsTheFirstHundredPassedOverAndCountsTheRest() {
        Ranking ranking = new Ranking();
        for (long i = 1; i <= 150; i++) {
            ranking.add(i, 10, DecidedBy.DURATION, "OFFICIAL", true, false, true);
        }
        Outcome outcome = one(ranking.add(999, 10, DecidedBy.LAST).scope("R1", Eligibility.ANYONE, FIRST));

        assertEquals(List.of(999L), winners(outcome));
        assertEquals(PrizeAllocation.PASSED_OVER_KEPT, outcome.awards().getFirst().passedOver().size());
        assertEquals(150, outcome.awards().getFirst().passedOverCount());
    }

    @Test
    void tiersMustNotIncreaseInAmount() {
        assertThrows(IllegalArgumentException.class, () -> new Ranking().scope("R1", Eligibility.ANYONE, THIRD, FIRST));
    }

    @Test
    void aRankingShorterThanThePrizesLeavesTheRestUnfilled() {
        Outcome outcome = one(new Ranking().add(1, 5, DecidedBy.LAST).scope("R1", Eligibility.ANYONE, FIRST, SECOND));
        assertEquals(List.of(1L), winners(outcome));
        assertEquals(Map.of(2, 2), outcome.unfilledByTier());
        assertTrue(outcome.awards().getFirst().passedOver().isEmpty());
    }
}
