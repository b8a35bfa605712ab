package vn.dongnai.contest.attempt;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AutosaveRuleTest {

    private static final long ME = 7;
    private static final Instant DEADLINE = Instant.parse("2026-05-19T08:15:00.250Z");
    private static final int GRACE = 5;
    private static final Instant GRACE_END = DEADLINE.plusSeconds(GRACE);
    private static final AutosaveRule.Target MY_QUESTION = new AutosaveRule.Target(ME, true, DEADLINE, GRACE, "41,43,42,44");

    @Test
    void aSaveStoresTheOptionShownAtItsPlace() {
        Instant before = DEADLINE.minusSeconds(60);
        assertEquals(OptionalLong.of(41), AutosaveRule.option(MY_QUESTION, ME, 1, before));
        assertEquals(OptionalLong.of(42), AutosaveRule.option(MY_QUESTION, ME, 3, before));
        assertEquals(OptionalLong.of(44), AutosaveRule.option(MY_QUESTION, ME, 4, before));
    }

    @Test
    void aSaveAtTheLastInstantOfTheGraceIsStored() {
        assertEquals(OptionalLong.of(43), AutosaveRule.option(MY_QUESTION, ME, 2, GRACE_END));
    }

    @Test
    void aSaveOneMillisecondAfterTheGraceIsRefused() {
        assertEquals(OptionalLong.empty(), AutosaveRule.option(MY_QUESTION, ME, 2, GRACE_END.plusMillis(1)));
    }

    @Test
    void aSaveWithinTheGracesLastMillisecondCountsAsTheDatabaseSeesIt() {
        // the one-statement save compares the instant as sent, to the millisecond
        assertEquals(OptionalLong.of(43), AutosaveRule.option(MY_QUESTION, ME, 2, GRACE_END.plusNanos(999_999)));
    }

    @Test
    void aSaveIntoSomeoneElsesAttemptIsRefused() {
        assertEquals(OptionalLong.empty(), AutosaveRule.option(MY_QUESTION, ME + 1, 2, DEADLINE));
    }

    @Test
    void aSaveIntoAClosedAttemptIsRefused() {
        AutosaveRule.Target submitted = new AutosaveRule.Target(ME, false, DEADLINE, GRACE, "41,43,42,44");
        assertEquals(OptionalLong.empty(), AutosaveRule.option(submitted, ME, 2, DEADLINE.minusSeconds(60)));
    }

    @Test
    void aSaveOfAQuestionTheAttemptDidNotShowIsRefused() {
        assertEquals(OptionalLong.empty(), AutosaveRule.option(null, ME, 2, DEADLINE));
    }

    @Test
    void aSaveOfAPlaceTheQuestionDoesNotHaveIsRefused() {
        assertEquals(OptionalLong.empty(), AutosaveRule.option(MY_QUESTION, ME, 0, DEADLINE));
        assertEquals(OptionalLong.empty(), AutosaveRule.option(MY_QUESTION, ME, 5, DEADLINE));
        assertEquals(OptionalLong.empty(), AutosaveRule.option(MY_QUESTION, ME, -1, DEADLINE));
    }
}
