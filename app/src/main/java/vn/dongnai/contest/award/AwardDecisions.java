package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.award.AwardDecisionLifecycle.Step;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The committee's workflow for one scope (hội đồng xét giải): draft → review → sign-off (locks it,
 * records the ranking hash and the signer) → publish. A signed decision is never recomputed; only
 * an ADMIN unlock, with a reason and an audit entry, reopens it. Whether a step may be taken is
 * {@link AwardDecisionLifecycle}'s answer; this class reads the facts it asks for, writes the rows
 * and audits every step in its transaction.
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
    record Audited(String scope, String status, int version, String rankingHash, int winners, int units) {
    }

    @Transactional
    AwardViews.DecisionView draft(AwardScope scope, long actorId, String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow existing = scopes.decision(scope.key(), true).orElse(null);
        Optional<String> ranking = scopes.rankingHash(scope);
        AwardDecisionLifecycle.draft(existing == null ? null : existing.state(), ranking.isPresent(),
                () -> computation.hasPrizes(scope)).ifPresent(refusal -> {
            throw AwardErrors.of(refusal);
        });
        String rankingHash = ranking.orElseThrow();
        AwardComputation.Result result = computation.compute(scope);
        Instant now = clock.instant();
        int version = AwardDecisionLifecycle.nextVersion(existing == null ? null : existing.decision());
        if (existing == null) {
            sql.update("""
                    INSERT INTO award_decision (scope_key, contest_id, round_id, status, version, ranking_hash, drafted_at,
                                                drafted_by, drafted_by_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", scope.key(), scope.contestId(), scope.roundId(),
                    Step.DRAFT.leadsTo().name(), version, rankingHash, now, actorId, actorName);
        } else {
            sql.update("""
                    UPDATE award_decision SET status = ?, version = ?, ranking_hash = ?, drafted_at = ?, drafted_by = ?,
                                              drafted_by_name = ?, signed_at = NULL, signed_by = NULL, signed_by_name = NULL,
                                              signed_hash = NULL, published_at = NULL, published_by = NULL
                    WHERE scope_key = ?""", Step.DRAFT.leadsTo().name(), version, rankingHash, now, actorId, actorName,
                    scope.key());
        }
        store(scope.key(), result);
        audit.record(actorId, actorName, "AWARDS_DRAFTED", scope.entity(), scope.entityId(), existing == null ? null
                : step(scope.key(), existing), new Audited(scope.key(), Step.DRAFT.leadsTo().name(), version,
                rankingHash, result.outcome().awards().size(),
                (int) result.collective().stream().filter(s -> s.tier() != null).count()));
        return reviews.view(scope);
    }

    /**
     * Signing, when {@link AwardDecisionLifecycle#sign} allows it: the facts it asks for are read
     * in its order, so a stale version is refused before anything is computed again. An ADMIN's
     * {@code flagOverrideReason} signs over undecided review flags, audited.
     */
    @Transactional
    AwardViews.DecisionView sign(AwardScope scope, int version, @Nullable String flagOverrideReason, long actorId,
                                 String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow decision = scopes.decision(scope.key(), true).orElse(null);
        SignOffFacts facts = new SignOffFacts(scope);
        AwardDecisionLifecycle.sign(decision == null ? null : decision.decision(), version, !scope.isRound(),
                flagOverrideReason != null, facts).ifPresent(refusal -> {
            throw AwardErrors.of(refusal);
        });
        if (!facts.flaggedPlaces().isEmpty()) {
            flagGate.auditOverride(scope, facts.flaggedPlaces(), flagOverrideReason, actorId, actorName);
        }
        Instant now = clock.instant();
        sql.update("""
                UPDATE award_decision SET status = ?, signed_at = ?, signed_by = ?, signed_by_name = ?, signed_hash = ?
                WHERE scope_key = ?""", Step.SIGN.leadsTo().name(), now, actorId, actorName, decision.rankingHash(),
                scope.key());
        audit.record(actorId, actorName, "AWARDS_SIGNED", scope.entity(), scope.entityId(), step(scope.key(), decision),
                new Audited(scope.key(), Step.SIGN.leadsTo().name(), decision.version(), decision.rankingHash(),
                        count("award_winner", scope.key()), count("award_unit_standing", scope.key())));
        return reviews.view(scope);
    }

    @Transactional
    AwardViews.DecisionView publish(AwardScope scope, long actorId, String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow decision = scopes.decision(scope.key(), true).orElse(null);
        AwardDecisionLifecycle.publish(decision == null ? null : decision.state()).ifPresent(refusal -> {
            throw AwardErrors.of(refusal);
        });
        sql.update("UPDATE award_decision SET status = ?, published_at = ?, published_by = ? WHERE scope_key = ?",
                Step.PUBLISH.leadsTo().name(), clock.instant(), actorId, scope.key());
        audit.record(actorId, actorName, "AWARDS_PUBLISHED", scope.entity(), scope.entityId(), step(scope.key(), decision),
                new Audited(scope.key(), Step.PUBLISH.leadsTo().name(), decision.version(), decision.rankingHash(),
                        count("award_winner", scope.key()), count("award_unit_standing", scope.key())));
        return reviews.view(scope);
    }

    /** ADMIN only: back to a draft (and off the public list) so it can be computed again. */
    @Transactional
    AwardViews.DecisionView unlock(AwardScope scope, String reason, long actorId, String actorName) {
        scopes.lockContest(scope.contestId());
        AwardScopes.DecisionRow decision = scopes.decision(scope.key(), true).orElse(null);
        AwardDecisionLifecycle.unlock(decision == null ? null : decision.state()).ifPresent(refusal -> {
            throw AwardErrors.of(refusal);
        });
        sql.update("""
                UPDATE award_decision SET status = ?, version = ?, signed_at = NULL, signed_by = NULL,
                                          signed_by_name = NULL, signed_hash = NULL, published_at = NULL, published_by = NULL
                WHERE scope_key = ?""", Step.UNLOCK.leadsTo().name(), AwardDecisionLifecycle.nextVersion(decision.decision()),
                scope.key());
        audit.record(actorId, actorName, "AWARDS_UNLOCKED", scope.entity(), scope.entityId(), step(scope.key(), decision),
                Map.of("status", Step.UNLOCK.leadsTo().name(),
                        "version", AwardDecisionLifecycle.nextVersion(decision.decision()), "reason", reason));
        return reviews.view(scope);
    }

    private Audited step(String key, AwardScopes.DecisionRow row) {
        return new Audited(key, row.status(), row.version(), row.rankingHash(), count("award_winner", key),
                count("award_unit_standing", key));
    }

    private int count(String table, String key) {
        String where = table.equals("award_unit_standing") ? " AND tier_position IS NOT NULL" : "";
        return sql.one("SELECT COUNT(*) AS n FROM " + table + " WHERE scope_key = ?" + where, rs -> rs.getInt("n"), key)
                .orElse(0);
    }

    /** What signing looks at, each read once and only when the lifecycle asks for it. */
    private final class SignOffFacts implements AwardDecisionLifecycle.SignOffFacts {
        private final AwardScope scope;
        private List<PrizeFlagRule.Flagged> flagged;

        SignOffFacts(AwardScope scope) {
            this.scope = scope;
        }

        @Override
        public String currentRankingHash() {
            return scopes.rankingHash(scope).orElse("");
        }

        /** Rounds with prize rules and a frozen ranking whose decision is not signed. */
        @Override
        public List<String> unsignedRounds() {
            return sql.list("""
                    SELECT r.name FROM contest_round r
                    JOIN prize_tier t ON t.scope_key = CONCAT('R', r.id) AND t.kind = 'INDIVIDUAL' AND t.position = 1
                    LEFT JOIN award_decision d ON d.scope_key = CONCAT('R', r.id)
                    WHERE r.contest_id = ? AND r.status <> 'DRAFT'
                      AND (d.status IS NULL OR d.status NOT IN %s)
                    ORDER BY r.seq""".formatted(AwardScopes.LOCKED_STATUSES), rs -> rs.getString("name"),
                    scope.contestId());
        }

        @Override
        public boolean computesSameWinners() {
            return sameWinners(scope.key(), computation.compute(scope));
        }

        @Override
        public List<PrizeFlagRule.Flagged> flaggedPlaces() {
            if (flagged == null) {
                flagged = flagGate.flagged(scope);
            }
            return flagged;
        }

        @Override
        public List<Long> unverifiedWinners() {
            return sql.list("""
                    SELECT w.account_id FROM award_winner w LEFT JOIN identity_verification v ON v.account_id = w.account_id
                    WHERE w.scope_key = ? AND v.account_id IS NULL ORDER BY w.seq""", rs -> rs.getLong("account_id"),
                    scope.key());
        }
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
                rs -> rs.getInt("tier_position") + ":" + rs.getLong("account_id"), key);
        List<String> computed = again.outcome().awards().stream()
                .map(a -> a.tier().position() + ":" + a.winner().accountId()).toList();
        List<String> storedUnits = sql.list("""
                SELECT tier_position, unit_name FROM award_unit_standing WHERE scope_key = ? AND tier_position IS NOT NULL
                ORDER BY seq""", rs -> rs.getInt("tier_position") + ":" + rs.getString("unit_name"), key);
        List<String> computedUnits = again.collective().stream().filter(s -> s.tier() != null)
                .map(s -> s.tier().position() + ":" + s.unit().name()).toList();
        return stored.equals(computed) && storedUnits.equals(computedUnits);
    }
}
