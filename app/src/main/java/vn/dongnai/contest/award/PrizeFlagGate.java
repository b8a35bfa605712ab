package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.review.PendingFlags;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pending review flags among a decision's prize places: shown with the review, and checked at
 * sign-off by {@link PrizeFlagRule}. An ADMIN may sign over them with a reason, which is audited
 * with the list of places signed over.
 */
@Singleton
class PrizeFlagGate {

    private final Sql sql;
    private final PendingFlags pendingFlags;
    private final AuditLog audit;

    PrizeFlagGate(Sql sql, PendingFlags pendingFlags, AuditLog audit) {
        this.sql = sql;
        this.pendingFlags = pendingFlags;
        this.audit = audit;
    }

    /** Account → its undecided flags, over the rounds the scope covers. */
    Map<Long, List<PrizeFlagRule.Pending>> pending(AwardScope scope) {
        Map<Long, List<PendingFlags.Pending>> found = scope.isRound()
                ? pendingFlags.ofRound(scope.roundId()) : pendingFlags.ofContest(scope.contestId());
        Map<Long, List<PrizeFlagRule.Pending>> pending = new LinkedHashMap<>();
        found.forEach((account, list) -> pending.put(account,
                list.stream().map(p -> new PrizeFlagRule.Pending(p.roundName(), p.kinds())).toList()));
        return pending;
    }

    /** The stored prize places of the scope's decision that still carry an undecided flag. */
    List<PrizeFlagRule.Flagged> flagged(AwardScope scope) {
        List<PrizeFlagRule.Place> places = sql.list("""
                SELECT w.tier_name, w.rank_no, w.account_id, p.display_name
                FROM award_winner w JOIN participant p ON p.account_id = w.account_id
                WHERE w.scope_key = ? ORDER BY w.seq""",
                rs -> new PrizeFlagRule.Place(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)), scope.key());
        return places.isEmpty() ? List.of() : PrizeFlagRule.flagged(places, pending(scope));
    }

    /** One flagged place as the refusal's details carry it. */
    static Map<String, Object> detail(PrizeFlagRule.Flagged f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("tier", f.tier());
        d.put("rank", f.rank());
        d.put("accountId", f.accountId());
        d.put("displayName", f.displayName());
        d.put("rounds", f.rounds());
        d.put("flags", f.flags());
        d.put("flagLabels", f.flagLabels());
        return d;
    }

    /**
     * Refuses the sign-off (409 PRIZE_FLAGS_PENDING, with the places) while a prize place has an
     * undecided flag, unless an ADMIN gave {@code overrideReason}; then the override is audited.
     */
    void check(AwardScope scope, @Nullable String overrideReason, long actorId, String actorName) {
        List<PrizeFlagRule.Flagged> flagged = flagged(scope);
        if (flagged.isEmpty()) {
            return;
        }
        if (overrideReason == null) {
            throw new ApiException(HttpStatus.CONFLICT, "PRIZE_FLAGS_PENDING",
                    "Chưa thể ký duyệt: " + flagged.size() + " người đoạt giải còn cảnh báo chưa được hội đồng rà soát — "
                            + PrizeFlagRule.describe(flagged)
                            + ". Hãy loại hoặc xác nhận không vi phạm trong mục Rà soát bài thi rồi ký duyệt lại"
                            + " (loại một người đoạt giải thì cần lập lại dự kiến).",
                    "Cannot sign: " + flagged.size() + " prize winner(s) still have undecided review flags; "
                            + "decide them in the review queue, then sign again (draft again if a winner is disqualified).",
                    List.of(), Map.of("winners", flagged.stream().map(PrizeFlagGate::detail).toList()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", overrideReason);
        after.put("winners", flagged.stream()
                .map(f -> f.rank() + ":" + f.accountId() + ":" + String.join("+", f.flags()))
                .collect(Collectors.toList()));
        audit.record(actorId, actorName, "AWARDS_FLAGS_OVERRIDDEN", scope.entity(), scope.entityId(), null, after);
    }
}
