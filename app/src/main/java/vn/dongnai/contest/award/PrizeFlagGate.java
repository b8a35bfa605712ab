package vn.dongnai.contest.award;

import jakarta.inject.Singleton;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.review.PendingFlags;
import vn.dongnai.contest.system.Sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pending review flags among a decision's prize places: shown with the review, and read at
 * sign-off, where {@link AwardDecisionLifecycle} refuses while any is undecided. An ADMIN may sign
 * over them with a reason, which is audited with the list of places signed over.
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
                rs -> new PrizeFlagRule.Place(rs.getString("tier_name"), rs.getInt("rank_no"), rs.getLong("account_id"),
                        rs.getString("display_name")), scope.key());
        return places.isEmpty() ? List.of() : PrizeFlagRule.flagged(places, pending(scope));
    }

    /** An ADMIN signed over undecided flags: the reason and the places signed over go to the audit log. */
    void auditOverride(AwardScope scope, List<PrizeFlagRule.Flagged> flagged, String reason, long actorId,
                       String actorName) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reason", reason);
        after.put("winners", flagged.stream()
                .map(f -> f.rank() + ":" + f.accountId() + ":" + String.join("+", f.flags()))
                .collect(Collectors.toList()));
        audit.record(actorId, actorName, "AWARDS_FLAGS_OVERRIDDEN", scope.entity(), scope.entityId(), null, after);
    }
}
