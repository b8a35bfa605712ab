package vn.dongnai.contest.attempt;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptDeadlineTest {

    private static final Instant START = Instant.parse("2026-05-19T08:00:00Z");
    private static final Instant ROUND_CLOSES = Instant.parse("2026-05-19T12:00:00Z");
    private static final int FIFTEEN_MINUTES = 900;
    private static final int GRACE = 5;

    @Test
    void anAttemptStartedEarlyGetsItsWholeTimeLimit() {
        assertEquals(START.plusSeconds(FIFTEEN_MINUTES), AttemptDeadline.deadline(START, FIFTEEN_MINUTES, ROUND_CLOSES));
    }

    @Test
    void anAttemptStartedTenMinutesBeforeTheRoundClosesEndsWithTheRound() {
        Instant lateStart = ROUND_CLOSES.minusSeconds(600);
        assertEquals(ROUND_CLOSES, AttemptDeadline.deadline(lateStart, FIFTEEN_MINUTES, ROUND_CLOSES));
    }

    @Test
    void aSaveBeforeTheDeadlineIsInTime() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        assertTrue(AttemptDeadline.inTime(deadline.minusSeconds(1), deadline, GRACE));
        assertFalse(AttemptDeadline.pastGrace(deadline.minusSeconds(1), deadline, GRACE));
    }

    @Test
    void aSubmitTwoSecondsAfterTheDeadlineIsWithinGrace() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        assertTrue(AttemptDeadline.inTime(deadline.plusSeconds(2), deadline, GRACE));
    }

    @Test
    void theLastInstantOfTheGraceStillCounts() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        assertTrue(AttemptDeadline.inTime(deadline.plusSeconds(GRACE), deadline, GRACE));
        assertFalse(AttemptDeadline.inTime(deadline.plusSeconds(GRACE).plusMillis(1), deadline, GRACE));
    }

    @Test
    void aSubmitAfterTheGraceIsLateAndTheAttemptIsAbandoned() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        assertFalse(AttemptDeadline.inTime(deadline.plusSeconds(GRACE + 1), deadline, GRACE));
        assertTrue(AttemptDeadline.pastGrace(deadline.plusSeconds(GRACE + 1), deadline, GRACE));
    }

    @Test
    void withoutGraceTheDeadlineIsTheLastMoment() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        assertTrue(AttemptDeadline.inTime(deadline, deadline, 0));
        assertTrue(AttemptDeadline.pastGrace(deadline.plusMillis(1), deadline, 0));
    }

    @Test
    void aSubmitInsideTheGraceIsTimedAtTheDeadline() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        assertEquals(deadline, AttemptDeadline.submittedAt(deadline.plusSeconds(3), deadline));
    }

    @Test
    void aSubmitBeforeTheDeadlineIsTimedWhenItArrived() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        Instant arrived = START.plusSeconds(421);
        assertEquals(arrived, AttemptDeadline.submittedAt(arrived, deadline));
    }

    @Test
    void theCountdownStopsAtZeroAfterTheDeadline() {
        Instant deadline = START.plusSeconds(FIFTEEN_MINUTES);
        assertEquals(FIFTEEN_MINUTES, AttemptDeadline.secondsLeft(START, deadline));
        assertEquals(0, AttemptDeadline.secondsLeft(deadline.plusSeconds(30), deadline));
    }

    @Test
    void aRoundCannotBeClosedInsideItsGrace() {
        assertFalse(AttemptDeadline.roundClosable(ROUND_CLOSES.plusSeconds(GRACE - 1), ROUND_CLOSES, GRACE));
        assertEquals(ROUND_CLOSES.plusSeconds(GRACE), AttemptDeadline.roundClosableAt(ROUND_CLOSES, GRACE));
    }

    @Test
    void aRoundCanBeClosedOnceItsCloseAndGraceHavePassed() {
        assertTrue(AttemptDeadline.roundClosable(ROUND_CLOSES.plusSeconds(GRACE), ROUND_CLOSES, GRACE));
        assertTrue(AttemptDeadline.roundClosable(ROUND_CLOSES.plusSeconds(3600), ROUND_CLOSES, GRACE));
    }

    @Test
    void theSqlGraceEndAddsTheRoundsGraceToTheDeadlineColumn() {
        assertEquals("TIMESTAMPADD(SECOND, r.grace_seconds, a.deadline_at)",
                AttemptDeadline.graceEndSql("a.deadline_at", "r.grace_seconds"));
    }
}
