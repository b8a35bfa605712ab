package vn.dongnai.contest.attempt;

/** Published once per attempt, when it is graded: leaderboards listen for it. */
public record AttemptGraded(long attemptId, long roundId, long accountId) {
}
