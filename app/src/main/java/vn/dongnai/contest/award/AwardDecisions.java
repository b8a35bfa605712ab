package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The committee's workflow for one scope (hội đồng xét giải): draft → review → sign-off (locks it,
 * records the ranking hash and the signer) → publish. A signed decision is never recomputed; only
 * an ADMIN unlock, with a reason and an audit entry, reopens it. Every step is audited in its
 * transaction.
 */
@Singleton
class AwardDecisions {

    private final Sql sql;
    private final AwardScopes scopes;
    private final AwardComputation computation;
    private final PrizeRules rules;
    private final AwardReviews reviews;
    private final PrizeFlagGate flagGate;
    private final AuditLog audit;
    private final Clock clock;

    AwardDecisions(Sql sql, AwardScopes scopes, AwardComputation computation, PrizeRules rules, AwardReviews reviews,
                   PrizeFlagGate flagGate, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.scopes = scopes;
        this.computation = computation;
        this.rules = rules;
        this.reviews = reviews;
        this.flagGate = flagGate;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit log keeps of a step: the decision's identity, never a person's data. */
    @Serdeable
    record Step(String scope, String status, int version, String rankingHash, int winners, int units) {
    }

    @Transactional
    AwardViews.DecisionView draft(AwardScope scope, long actorId, String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow existing = scopes.decision(scope.key(), true).orElse(null);
        if (existing != null && existing.locked()) {
            throw AwardErrors.locked();
        }
        String rankingHash = scopes.rankingHash(scope).orElseThrow(AwardErrors::notFrozen);
        if (!computation.hasPrizes(scope)) {
            throw AwardErrors.noRules();
        }
        AwardComputation.Result result = computation.compute(scope);
        Instant now = clock.instant();
        int version = existing == null ? 1 : existing.version() + 1;
        if (existing == null) {
            sql.update("""
                    INSERT INTO award_decision (scope_key, contest_id, round_id, status, version, ranking_hash, drafted_at,
                                                drafted_by, drafted_by_name)
                    VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)""", scope.key(), scope.contestId(), scope.roundId(), version,
                    rankingHash, now, actorId, actorName);
        } else {
            sql.update("""
                    UPDATE award_decision SET status = 'DRAFT', version = ?, ranking_hash = ?, drafted_at = ?, drafted_by = ?,
                                              drafted_by_name = ?, signed_at = NULL, signed_by = NULL, signed_by_name = NULL,
                                              signed_hash = NULL, published_at = NULL, published_by = NULL
                    WHERE scope_key = ?""", version, rankingHash, now, actorId, actorName, scope.key());
        }
        store(scope.key(), result);
        audit.record(actorId, actorName, "AWARDS_DRAFTED", scope.entity(), scope.entityId(), existing == null ? null
                : step(scope.key(), existing), new Step(scope.key(), AwardScopes.DRAFT, version, rankingHash,
                result.outcome().awards().size(), (int) result.collective().stream().filter(s -> s.tier() != null).count()));
        return reviews.view(scope);
    }

    /**
     * Signing checks, in order: the version the signer reviewed is the current draft; the frozen
     * ranking is the one the draft was computed from; for a contest, every round's decision is
     * signed (collective points must be final); and computing again gives the same winners (the
     * rules, exclusions, disqualifications and other scopes have not moved under the draft); and no
     * prize place has an undecided review flag ({@link PrizeFlagGate}; an ADMIN's
     * {@code flagOverrideReason} signs over them, audited).
     * rules, exclusions, disqualifications and other scopes have not moved under the draft); and
     * the committee has verified every winner's identity against their papers.
     */
    @Transactional
    AwardViews.DecisionView sign(AwardScope scope, int version, @Nullable String flagOverrideReason, long actorId,
                                 String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow decision = scopes.decision(scope.key(), true).orElseThrow(AwardErrors::noDecision);
        if (!AwardScopes.DRAFT.equals(decision.status())) {
            throw decision.locked() ? AwardErrors.locked() : AwardErrors.wrongStatus(decision.status(), AwardScopes.DRAFT);
        }
        if (version != decision.version()) {
            throw new ApiException(HttpStatus.CONFLICT, "DRAFT_CHANGED",
                    "Dự kiến đã được lập lại sau khi bạn xem; hãy xem lại trước khi ký.",
                    "The draft changed since the version you reviewed; review it again.", List.of(),
                    Map.of("currentVersion", decision.version()));
        }
        String current = scopes.rankingHash(scope).orElse("");
        if (!current.equals(decision.rankingHash())) {
            throw AwardErrors.rankingChanged(decision.rankingHash(), current);
        }
        if (!scope.isRound()) {
            List<String> unsigned = unsignedRounds(scope.contestId());
            if (!unsigned.isEmpty()) {
                throw new ApiException(HttpStatus.CONFLICT, "ROUND_AWARDS_NOT_SIGNED",
                        "Cần ký duyệt kết quả của mọi đợt thi trước kết quả toàn cuộc thi.",
                        "Every round's decision must be signed before the contest's.", List.of(),
                        Map.of("rounds", unsigned));
            }
        }
        if (!sameWinners(scope.key(), computation.compute(scope))) {
            throw new ApiException(HttpStatus.CONFLICT, "DRAFT_OUTDATED",
                    "Kết quả tính lại không còn khớp dự kiến (quy định, danh sách loại trừ hoặc đợt khác đã thay đổi); cần lập lại dự kiến.",
                    "Computing again gives different winners (rules, exclusions or other scopes changed); draft again.");
        }
        flagGate.check(scope, flagOverrideReason, actorId, actorName);
        List<Long> unverified = sql.list("""
                SELECT w.account_id FROM award_winner w LEFT JOIN identity_verification v ON v.account_id = w.account_id
                WHERE w.scope_key = ? AND v.account_id IS NULL ORDER BY w.seq""", rs -> rs.getLong(1), scope.key());
        if (!unverified.isEmpty()) {
            // a squatter who registered someone else's citizen ID must not collect the prize
            throw new ApiException(HttpStatus.CONFLICT, "IDENTITY_NOT_VERIFIED",
                    "Còn " + unverified.size() + " người đoạt giải chưa được hội đồng xác minh danh tính (đối chiếu giấy tờ); "
                            + "cần xác minh trước khi ký.",
                    unverified.size() + " winner(s) have no verified identity yet; verify them before signing.", List.of(),
                    Map.of("accountIds", unverified));
        }
        Instant now = clock.instant();
        sql.update("""
                UPDATE award_decision SET status = 'SIGNED', signed_at = ?, signed_by = ?, signed_by_name = ?, signed_hash = ?
                WHERE scope_key = ?""", now, actorId, actorName, decision.rankingHash(), scope.key());
        audit.record(actorId, actorName, "AWARDS_SIGNED", scope.entity(), scope.entityId(), step(scope.key(), decision),
                new Step(scope.key(), AwardScopes.SIGNED, decision.version(), decision.rankingHash(),
                        count("award_winner", scope.key()), count("award_unit_standing", scope.key())));
        return reviews.view(scope);
    }

    @Transactional
    AwardViews.DecisionView publish(AwardScope scope, long actorId, String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow decision = scopes.decision(scope.key(), true).orElseThrow(AwardErrors::noDecision);
        if (!AwardScopes.SIGNED.equals(decision.status())) {
            throw AwardErrors.wrongStatus(decision.status(), AwardScopes.SIGNED);
        }
        sql.update("UPDATE award_decision SET status = 'PUBLISHED', published_at = ?, published_by = ? WHERE scope_key = ?",
                clock.instant(), actorId, scope.key());
        audit.record(actorId, actorName, "AWARDS_PUBLISHED", scope.entity(), scope.entityId(), step(scope.key(), decision),
                new Step(scope.key(), AwardScopes.PUBLISHED, decision.version(), decision.rankingHash(),
                        count("award_winner", scope.key()), count("award_unit_standing", scope.key())));
        return reviews.view(scope);
    }

    /** ADMIN only: back to a draft (and off the public list) so it can be computed again. */
    @Transactional
    AwardViews.DecisionView unlock(AwardScope scope, String reason, long actorId, String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow decision = scopes.decision(scope.key(), true).orElseThrow(AwardErrors::noDecision);
        if (!decision.locked()) {
            throw AwardErrors.wrongStatus(decision.status(), AwardScopes.SIGNED + "/" + AwardScopes.PUBLISHED);
        }
        sql.update("""
                UPDATE award_decision SET status = 'DRAFT', version = version + 1, signed_at = NULL, signed_by = NULL,
                                          signed_by_name = NULL, signed_hash = NULL, published_at = NULL, published_by = NULL
                WHERE scope_key = ?""", scope.key());
        audit.record(actorId, actorName, "AWARDS_UNLOCKED", scope.entity(), scope.entityId(), step(scope.key(), decision),
                Map.of("status", AwardScopes.DRAFT, "version", decision.version() + 1, "reason", reason));
        return reviews.view(scope);
    }

    private Step step(String key, AwardScopes.DecisionRow row) {
        return new Step(key, row.status(), row.version(), row.rankingHash(), count("award_winner", key),
                count("award_unit_standing", key));
    }

    private int count(String table, String key) {
        String where = table.equals("award_unit_standing") ? " AND tier_position IS NOT NULL" : "";
        return sql.one("SELECT COUNT(*) FROM " + table + " WHERE scope_key = ?" + where, rs -> rs.getInt(1), key).orElse(0);
    }

    /** Rounds with prize rules and a frozen ranking whose decision is not signed. */
    private List<String> unsignedRounds(long contestId) {
        return sql.list("""
                SELECT r.name FROM contest_round r
                JOIN prize_tier t ON t.scope_key = CONCAT('R', r.id) AND t.kind = 'INDIVIDUAL' AND t.position = 1
                LEFT JOIN award_decision d ON d.scope_key = CONCAT('R', r.id)
                WHERE r.contest_id = ? AND r.status <> 'DRAFT'
                  AND (d.status IS NULL OR d.status NOT IN ('SIGNED', 'PUBLISHED'))
                ORDER BY r.seq""", rs -> rs.getString(1), contestId);
    }

    private void store(String key, AwardComputation.Result result) {
        for (String table : List.of("award_winner", "award_passover", "award_unfilled", "award_unit_standing")) {
            sql.update("DELETE FROM " + table + " WHERE scope_key = ?", key);
        }
        List<Object[]> winners = new ArrayList<>();
        List<Object[]> passovers = new ArrayList<>();
        int seq = 0;
        for (PrizeAllocation.Award award : result.outcome().awards()) {
            seq++;
            AwardComputation.Figures f = Objects.requireNonNull(result.figures().get(award.winner().accountId()),
                    "figures of a winner");
            PrizeAllocation.Tier t = award.tier();
            winners.add(new Object[]{key, seq, t.position(), t.name(), t.amountVnd(), t.collectivePoints(),
                    f.accountId(), award.winner().rank(), f.score(), f.correctCount(), f.questionCount(), f.prediction(),
                    f.predictionError(), f.durationMs(), f.submittedAt(), award.decidedBy().name(), award.movedUp(),
                    award.passedOverCount()});
            int p = 0;
            for (PrizeAllocation.PassedOver skipped : award.passedOver()) {
                passovers.add(new Object[]{key, seq, ++p, skipped.accountId(), skipped.rank(), skipped.reason().name(),
                        skipped.heldScopeKey(), skipped.heldTier()});
            }
        }
        sql.batch("""
                INSERT INTO award_winner (scope_key, seq, tier_position, tier_name, amount_vnd, collective_points, account_id,
                                          rank_no, score, correct_count, question_count, prediction, prediction_error,
                                          duration_ms, submitted_at, decided_by, moved_up, passed_over_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", winners);
        sql.batch("""
                INSERT INTO award_passover (scope_key, winner_seq, seq, account_id, rank_no, reason, held_scope, held_tier)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", passovers);
        List<Object[]> unfilled = new ArrayList<>();
        Map<Integer, Integer> byTier = result.outcome().unfilledByTier();
        List<PrizeAllocation.Tier> tiers = rules.tiers(key, PrizeRules.INDIVIDUAL);
        for (PrizeAllocation.Tier tier : tiers) {
            Integer n = byTier.get(tier.position());
            if (n != null && n > 0) {
                unfilled.add(new Object[]{key, tier.position(), tier.name(), n});
            }
        }
        sql.batch("INSERT INTO award_unfilled (scope_key, tier_position, tier_name, unfilled) VALUES (?, ?, ?, ?)", unfilled);
        List<Object[]> units = new ArrayList<>();
        int u = 0;
        for (CollectivePrizes.Standing s : result.collective()) {
            units.add(new Object[]{key, ++u, s.unit().name(), s.unit().participants(), s.unit().headcount(),
                    s.participationPercent(), s.unit().points(), s.index(), s.tier() == null ? null : s.tier().position(),
                    s.tier() == null ? null : s.tier().name(), s.tier() == null ? null : s.tier().amountVnd(),
                    s.notRanked() == null ? null : s.notRanked().name()});
        }
        sql.batch("""
                INSERT INTO award_unit_standing (scope_key, seq, unit_name, participants, headcount, participation_rate, points,
                                                 collective_index, tier_position, tier_name, amount_vnd, not_ranked_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", units);
    }

    /** Same winners in the same tiers and order, and the same units in the same collective tiers. */
    private boolean sameWinners(String key, AwardComputation.Result again) {
        List<String> stored = sql.list("SELECT tier_position, account_id FROM award_winner WHERE scope_key = ? ORDER BY seq",
                rs -> rs.getInt(1) + ":" + rs.getLong(2), key);
        List<String> computed = again.outcome().awards().stream()
                .map(a -> a.tier().position() + ":" + a.winner().accountId()).toList();
        List<String> storedUnits = sql.list("""
                SELECT tier_position, unit_name FROM award_unit_standing WHERE scope_key = ? AND tier_position IS NOT NULL
                ORDER BY seq""", rs -> rs.getInt(1) + ":" + rs.getString(2), key);
        List<String> computedUnits = again.collective().stream().filter(s -> s.tier() != null)
                .map(s -> s.tier().position() + ":" + s.unit().name()).toList();
        return stored.equals(computed) && storedUnits.equals(computedUnits);
    }
}
