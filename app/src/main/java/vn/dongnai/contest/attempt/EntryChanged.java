package vn.dongnai.contest.attempt;

/**
 * A contestant's standing in a round may have changed without a new grade: a regrade, a
 * disqualification or its reversal. Leaderboards recompute that one entry from MySQL.
 */
public record EntryChanged(long roundId, long accountId) {
}
