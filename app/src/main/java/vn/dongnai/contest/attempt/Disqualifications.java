package vn.dongnai.contest.attempt;

import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

/**
 * Takes a contestant's entry out of the rankings (loại) or puts it back, by marking their attempts
 * disqualified. The decision and its record are the caller's (the review queue, an identity
 * transfer); this runs inside the caller's transaction.
 */
@Singleton
public class Disqualifications {

    private final Sql sql;

    Disqualifications(Sql sql) {
        this.sql = sql;
    }

    /** Marks every attempt of {@code accountId} in {@code roundId} disqualified, or clears the mark. */
    public void mark(long roundId, long accountId, boolean disqualified) {
        sql.update("UPDATE attempt SET disqualified = ? WHERE round_id = ? AND account_id = ?",
                disqualified, roundId, accountId);
    }

    /** Disqualifies every attempt of {@code accountId} in every round. */
    public void disqualifyEverywhere(long accountId) {
        sql.update("UPDATE attempt SET disqualified = TRUE WHERE account_id = ?", accountId);
    }
}
