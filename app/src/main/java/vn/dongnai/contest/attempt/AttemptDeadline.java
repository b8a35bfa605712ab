package vn.dongnai.contest.attempt;

import vn.dongnai.contest.system.BusinessRule;

import java.time.Duration;
import java.time.Instant;

/**
 * Deadline and grace (hạn nộp và thời gian gia hạn). An attempt's deadline is its start plus the
 * round's time limit, never later than the round's close. Saves and submits count until the
 * deadline plus the round's grace (the grace absorbs the network, not extra thinking time: a late
 * submit is timed at the deadline). Past that the attempt is abandoned and the sweeper closes it
 * with what was saved; a round may be closed once its close plus grace has passed.
 *
 * <p>SQL that filters by the same rule (the one-statement autosave, the sweeper's query, the
 * auto-close) takes the expression from {@link #graceEndSql}, so the arithmetic is written once.
 */
@BusinessRule
public final class AttemptDeadline {

    private AttemptDeadline() {
    }

    /** The deadline of an attempt started at {@code startedAt}: the time limit, capped by the round's close. */
    public static Instant deadline(Instant startedAt, int timeLimitSeconds, Instant roundClosesAt) {
        Instant deadline = startedAt.plusSeconds(timeLimitSeconds);
        return deadline.isAfter(roundClosesAt) ? roundClosesAt : deadline;
    }

    /** The last moment a save or submit counts: the deadline plus the grace. */
    public static Instant graceEnd(Instant deadline, int graceSeconds) {
        return deadline.plusSeconds(graceSeconds);
    }

    /** Whether a save or submit arriving {@code at} still counts (the grace's last instant included). */
    public static boolean inTime(Instant at, Instant deadline, int graceSeconds) {
        return !at.isAfter(graceEnd(deadline, graceSeconds));
    }

    /** Whether an open attempt is abandoned at {@code now}: its deadline and grace are over, nobody submitted. */
    public static boolean pastGrace(Instant now, Instant deadline, int graceSeconds) {
        return !inTime(now, deadline, graceSeconds);
    }

    /** When a submit arriving {@code at} is timed: a submit inside the grace counts as made at the deadline. */
    public static Instant submittedAt(Instant at, Instant deadline) {
        return at.isAfter(deadline) ? deadline : at;
    }

    /** Whole seconds left until the deadline, never negative (the contestant's countdown). */
    public static long secondsLeft(Instant now, Instant deadline) {
        return Math.max(0, Duration.between(now, deadline).toSeconds());
    }

    /** When a round may be closed: its close plus its grace, so the last attempts can still be submitted. */
    public static Instant roundClosableAt(Instant roundClosesAt, int graceSeconds) {
        return graceEnd(roundClosesAt, graceSeconds);
    }

    /** Whether a round may be closed at {@code now}. */
    public static boolean roundClosable(Instant now, Instant roundClosesAt, int graceSeconds) {
        return !now.isBefore(roundClosableAt(roundClosesAt, graceSeconds));
    }

    /**
     * {@link #graceEnd} as a MySQL/MariaDB expression over the given columns, for statements that
     * compare it with a bound instant: {@code ? <= graceEnd} is {@link #inTime}, {@code graceEnd < ?}
     * is {@link #pastGrace}.
     */
    public static String graceEndSql(String deadlineColumn, String graceSecondsColumn) {
        return "TIMESTAMPADD(SECOND, " + graceSecondsColumn + ", " + deadlineColumn + ")";
    }
}
