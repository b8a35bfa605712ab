package vn.dongnai.contest.award;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.award.CollectivePrizes.Formula;
import vn.dongnai.contest.award.CollectivePrizes.NotRanked;
import vn.dongnai.contest.award.CollectivePrizes.Standing;
import vn.dongnai.contest.award.CollectivePrizes.Unit;
import vn.dongnai.contest.award.PrizeAllocation.Tier;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CollectivePrizesTest {

    static final List<Tier> TIERS = List.of(new Tier(1, "Giải tập thể Nhất", 1, 5_000_000, 0),
            new Tier(2, "Giải tập thể Nhì", 1, 3_000_000, 0));

    private static String name(Standing s) {
        return s.unit().name();
    }

    @Test
    void theIndexWeighsParticipationRateAndPrizePoints() {
        // index = 1 × participation % + 2 × points
        List<Standing> standings = CollectivePrizes.rank(List.of(
                new Unit(1, "Sở Nội vụ", 100, 50, 5),            // 50 % + 10 = 60
                new Unit(2, "Sở Tư pháp", 40, 30, 0),            // 75 % + 0  = 75
                new Unit(3, "UBND xã Phú Lý", 10, 10, 1)),       // 100 % + 2 = 102
                new Formula(BigDecimal.ONE, BigDecimal.valueOf(2), 1), TIERS);

        assertEquals(List.of("UBND xã Phú Lý", "Sở Tư pháp", "Sở Nội vụ"), standings.stream().map(CollectivePrizesTest::name).toList());
        assertEquals(new BigDecimal("102.0000"), standings.get(0).index());
        assertEquals(new BigDecimal("75.0000"), standings.get(1).index());
        assertEquals(new BigDecimal("60.0000"), standings.get(2).index());
        assertEquals("Giải tập thể Nhất", standings.get(0).tier().name());
        assertEquals("Giải tập thể Nhì", standings.get(1).tier().name());
        assertNull(standings.get(2).tier(), "two prizes, three units");
    }

    @Test
    void participationAboveTheHeadcountCountsAsOneHundredPercent() {
        assertEquals(new BigDecimal("100.0000"), CollectivePrizes.participationPercent(130, 100));
        assertEquals(new BigDecimal("33.3333"), CollectivePrizes.participationPercent(1, 3));
    }

    @Test
    void withoutAHeadcountAUnitIsNotRankedWhenTheRateCounts() {
        List<Standing> standings = CollectivePrizes.rank(List.of(new Unit(1, "Đơn vị chưa khai báo", null, 80, 9),
                new Unit(2, "Sở Y tế", 100, 10, 0)), new Formula(BigDecimal.ONE, BigDecimal.ONE, 1), TIERS);

        assertEquals("Sở Y tế", name(standings.get(0)));
        assertEquals(NotRanked.NO_HEADCOUNT, standings.get(1).notRanked());
    }

    @Test
    void aPointsOnlyFormulaNeedsNoHeadcount() {
        List<Standing> standings = CollectivePrizes.rank(List.of(new Unit(1, "Đơn vị chưa khai báo", null, 3, 9),
                new Unit(2, "Sở Y tế", 100, 100, 4)), new Formula(BigDecimal.ZERO, BigDecimal.ONE, 1), TIERS);

        assertEquals(List.of("Đơn vị chưa khai báo", "Sở Y tế"), standings.stream().map(CollectivePrizesTest::name).toList());
        assertEquals(new BigDecimal("9.0000"), standings.get(0).index());
    }

    @Test
    void equalIndexesAreSeparatedByParticipationThenPoints() {
        // 1 × rate + 10 × points: A 40 % + 2 points = 60, B 60 % + 0 points = 60
        List<Standing> standings = CollectivePrizes.rank(List.of(new Unit(1, "A", 100, 40, 2), new Unit(2, "B", 100, 60, 0)),
                new Formula(BigDecimal.ONE, BigDecimal.TEN, 1), TIERS);

        assertEquals(List.of("B", "A"), standings.stream().map(CollectivePrizesTest::name).toList());
    }

    @Test
    void unitsBelowTheMinimumParticipantsOrWithNothingToCountAreLeftOut() {
        List<Standing> standings = CollectivePrizes.rank(List.of(new Unit(1, "Ít người", 2, 2, 0),
                new Unit(2, "Không ai dự thi", 50, 0, 0), new Unit(3, "Đủ người", 100, 20, 0)),
                new Formula(BigDecimal.ONE, BigDecimal.ZERO, 5), TIERS);

        assertEquals("Đủ người", name(standings.get(0)));
        assertEquals(NotRanked.TOO_FEW_PARTICIPANTS, standings.get(1).notRanked());
        assertEquals(NotRanked.TOO_FEW_PARTICIPANTS, standings.get(2).notRanked());
    }
}
