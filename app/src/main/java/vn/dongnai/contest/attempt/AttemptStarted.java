package vn.dongnai.contest.attempt;

import java.time.Instant;

/**
 * Published once per attempt, inside the start's transaction: the seat budget of admission listens
 * for it (and counts the attempt once the transaction has committed).
 */
public record AttemptStarted(long attemptId, long roundId, long accountId, Instant deadlineAt) {
}
