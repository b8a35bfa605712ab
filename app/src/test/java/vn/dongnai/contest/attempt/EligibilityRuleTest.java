package vn.dongnai.contest.attempt;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dongnai.contest.attempt.EligibilityRule.Verdict.ADMITTED;
import static vn.dongnai.contest.attempt.EligibilityRule.Verdict.GROUP_NOT_ADMITTED;
import static vn.dongnai.contest.attempt.EligibilityRule.Verdict.TOO_YOUNG;

class EligibilityRuleTest {

    private static final LocalDate CONTEST_DAY = LocalDate.of(2026, 5, 19);
    private static final EligibilityRule.Conditions NONE = new EligibilityRule.Conditions(null, null);

    @Test
    void aContestWithoutConditionsAdmitsEveryoneWithoutReadingTheContestant() {
        assertFalse(NONE.any());
        assertFalse(new EligibilityRule.Conditions(null, "  ").any());
        assertEquals(ADMITTED, EligibilityRule.decide(NONE, LocalDate.of(2015, 1, 1), "STUDENT", CONTEST_DAY));
    }

    @Test
    void someoneTurningEighteenOnTheContestDayIsOldEnough() {
        var adults = new EligibilityRule.Conditions(18, null);
        assertTrue(adults.any());
        assertEquals(ADMITTED, EligibilityRule.decide(adults, LocalDate.of(2008, 5, 19), "STUDENT", CONTEST_DAY));
    }

    @Test
    void someoneTurningEighteenTheDayAfterIsTooYoung() {
        var adults = new EligibilityRule.Conditions(18, null);
        assertEquals(TOO_YOUNG, EligibilityRule.decide(adults, LocalDate.of(2008, 5, 20), "STUDENT", CONTEST_DAY));
    }

    @Test
    void onlyTheAdmittedGroupsMayTakePart() {
        var studentsAndUnion = new EligibilityRule.Conditions(null, "STUDENT, UNION_MEMBER");
        assertEquals(ADMITTED, EligibilityRule.decide(studentsAndUnion, LocalDate.of(1990, 1, 1), "UNION_MEMBER", CONTEST_DAY));
        assertEquals(GROUP_NOT_ADMITTED,
                EligibilityRule.decide(studentsAndUnion, LocalDate.of(1990, 1, 1), "OFFICIAL", CONTEST_DAY));
    }

    @Test
    void aContestantFailingBothConditionsIsToldTheirAge() {
        var adultOfficials = new EligibilityRule.Conditions(18, "OFFICIAL");
        assertEquals(TOO_YOUNG, EligibilityRule.decide(adultOfficials, LocalDate.of(2012, 1, 1), "STUDENT", CONTEST_DAY));
    }
}
