package vn.dongnai.contest.award;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which prize places still carry a review flag nobody has decided on, and how the refusal names them. */
class PrizeFlagRuleTest {

    private static final PrizeFlagRule.Place FIRST = new PrizeFlagRule.Place("Giải Nhất", 1, 7L, "Nguyễn V. N.");
    private static final PrizeFlagRule.Place SECOND = new PrizeFlagRule.Place("Giải Nhì", 2, 9L, "Trần T. V.");

    @Test
    void aWinnerWithoutUndecidedFlagsIsNotListed() {
        assertTrue(PrizeFlagRule.flagged(List.of(FIRST, SECOND), Map.of()).isEmpty());
    }

    @Test
    void aWinnerFlaggedInTwoRoundsIsListedOnceWithEveryRoundAndKind() {
        List<PrizeFlagRule.Flagged> flagged = PrizeFlagRule.flagged(List.of(FIRST, SECOND), Map.of(7L, List.of(
                new PrizeFlagRule.Pending("Đợt 1", List.of("FAST_FINISH")),
                new PrizeFlagRule.Pending("Đợt 2", List.of("FAST_FINISH", "SHARED_DEVICE")))));
        assertEquals(1, flagged.size());
        assertEquals(List.of("Đợt 1", "Đợt 2"), flagged.getFirst().rounds());
        assertEquals(List.of("FAST_FINISH", "SHARED_DEVICE"), flagged.getFirst().flags());
        assertEquals("hạng 1 Nguyễn V. N. (Giải Nhất): làm bài nhanh bất thường, nhiều tài khoản chung một thiết bị",
                PrizeFlagRule.describe(flagged));
    }

    @Test
    void aFlagIsNamedAsTheReviewScreenNamesItInsideTheSentence() {
        assertEquals("làm bài nhanh bất thường", PrizeFlagRule.label("FAST_FINISH"));
        assertEquals("bài làm giống hệt nhau", PrizeFlagRule.label("IDENTICAL_ANSWERS"));
    }

    @Test
    void aFlagKindWithoutALabelReadsAsAGenericWarningNeverAsItsCode() {
        assertEquals("cảnh báo cần rà soát", PrizeFlagRule.label("SOMETHING_NEW"));
    }
}
