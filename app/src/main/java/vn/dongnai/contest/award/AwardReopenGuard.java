package vn.dongnai.contest.award;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.ranking.RoundReopenGuard;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

/**
 * A round whose awards (or whose contest's awards) are signed keeps its frozen ranking: reopening
 * it would change what was signed, so an ADMIN unlocks the awards first.
 */
@Singleton
class AwardReopenGuard implements RoundReopenGuard {

    private final Sql sql;

    AwardReopenGuard(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void checkReopen(long roundId) {
        long signed = sql.one("""
                SELECT COUNT(*) AS signed FROM award_decision d JOIN contest_round r ON r.contest_id = d.contest_id
                WHERE r.id = ? AND d.status IN %s AND (d.round_id = r.id OR d.round_id IS NULL)"""
                .formatted(AwardScopes.LOCKED_STATUSES), rs -> rs.getLong("signed"), roundId).orElse(0L);
        if (!AwardDecisionLifecycle.roundMayReopen(signed)) {
            throw new ApiException(HttpStatus.CONFLICT, "AWARDS_SIGNED",
                    "Kết quả xét giải dựa trên đợt thi này đã được ký duyệt; cần mở khóa kết quả trước khi mở lại đợt thi.",
                    "Awards based on this round are signed off; unlock them before reopening the round.");
        }
    }
}
