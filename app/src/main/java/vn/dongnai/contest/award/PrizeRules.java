package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.account.CitizenId;
import vn.dongnai.contest.account.ParticipantGroup;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prize rules (cơ cấu giải thưởng và điều kiện xét giải) of rounds and contests, the contest-wide
 * policy, and the staff excluded from prizes. Rules of a signed-off scope cannot change.
 */
@Singleton
class PrizeRules {

    static final String INDIVIDUAL = "INDIVIDUAL";
    static final String COLLECTIVE = "COLLECTIVE";
    static final String FORMULA = "index = rateWeight × min(100, 100 × participants ÷ headcount) + pointsWeight × points";

    private static final int MAX_TIERS = 20;
    private static final long MAX_AMOUNT = 1_000_000_000_000L;
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

    private final Sql sql;
    private final AwardScopes scopes;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Clock clock;

    PrizeRules(Sql sql, AwardScopes scopes, PersonalData personalData, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.scopes = scopes;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    /** A scope's individual prizes and who may win them. */
    record ScopeRules(List<PrizeAllocation.Tier> tiers, PrizeAllocation.Eligibility eligibility) {
    }

    /** The contest-wide settings. */
    record Policy(boolean onePrizePerPerson, CollectivePrizes.Formula formula, List<PrizeAllocation.Tier> collectiveTiers) {
    }

    // Reading

    ScopeRules rules(String scopeKey) {
        PrizeAllocation.Eligibility eligibility = sql.one(
                        "SELECT min_score, all_correct_only, eligible_groups FROM award_rule WHERE scope_key = ?",
                        rs -> new PrizeAllocation.Eligibility(Sql.nullableInt(rs, "min_score"),
                                rs.getBoolean("all_correct_only"), groups(rs.getString("eligible_groups"))), scopeKey)
                .orElse(PrizeAllocation.Eligibility.ANYONE);
        return new ScopeRules(tiers(scopeKey, INDIVIDUAL), eligibility);
    }

    Policy policy(long contestId) {
        return sql.one("""
                        SELECT one_prize_per_person, rate_weight, points_weight, collective_min_participants
                        FROM award_policy WHERE contest_id = ?""",
                        rs -> new Policy(rs.getBoolean("one_prize_per_person"), new CollectivePrizes.Formula(
                                rs.getBigDecimal("rate_weight"), rs.getBigDecimal("points_weight"),
                                rs.getInt("collective_min_participants")), tiers(AwardScope.contestKey(contestId), COLLECTIVE)),
                        contestId)
                .orElse(new Policy(false, new CollectivePrizes.Formula(BigDecimal.ZERO, BigDecimal.ZERO, 1), List.of()));
    }

    List<PrizeAllocation.Tier> tiers(String scopeKey, String kind) {
        return sql.list("""
                SELECT position, name, prize_count, amount_vnd, collective_points FROM prize_tier
                WHERE scope_key = ? AND kind = ? ORDER BY position""",
                rs -> new PrizeAllocation.Tier(rs.getInt("position"), rs.getString("name"), rs.getInt("prize_count"),
                        rs.getLong("amount_vnd"), rs.getInt("collective_points")),
                scopeKey, kind);
    }

    AwardViews.RoundRulesView roundView(long roundId) {
        AwardScope scope = scopes.round(roundId);
        ScopeRules rules = rules(scope.key());
        return new AwardViews.RoundRulesView(roundId, tierViews(rules.tiers()), eligibilityView(rules.eligibility()),
                scopes.locked(scope.key()));
    }

    AwardViews.ContestRulesView contestView(long contestId) {
        AwardScope scope = scopes.contest(contestId);
        ScopeRules rules = rules(scope.key());
        Policy policy = policy(contestId);
        int excluded = sql.one("SELECT COUNT(*) AS excluded FROM award_exclusion WHERE contest_id = ?",
                rs -> rs.getInt("excluded"), contestId).orElse(0);
        return new AwardViews.ContestRulesView(contestId, policy.onePrizePerPerson(), tierViews(rules.tiers()),
                eligibilityView(rules.eligibility()),
                new AwardViews.CollectiveView(policy.formula().rateWeight(), policy.formula().pointsWeight(),
                        policy.formula().minParticipants(), tierViews(policy.collectiveTiers()), FORMULA),
                excluded, scopes.locked(scope.key()));
    }

    // Writing

    @Transactional
    AwardViews.RoundRulesView setRoundRules(long roundId, AwardViews.RoundRulesBody body, long actorId, String actorName) {
        AwardScope scope = scopes.round(roundId);
        FieldErrors errors = new FieldErrors();
        List<PrizeAllocation.Tier> tiers = checkTiers(body.tiers(), "tiers", errors, true);
        PrizeAllocation.Eligibility eligibility = checkEligibility(body.eligibility(), errors);
        errors.throwIfAny();
        scopes.lockContest(scope.contestId());
        refuseIfLocked(scope.key());
        AwardViews.RoundRulesView before = roundView(roundId);
        storeRules(scope, tiers, eligibility, actorId);
        AwardViews.RoundRulesView after = roundView(roundId);
        audit.record(actorId, actorName, "AWARD_RULES_SET", "round", roundId, before, after);
        return after;
    }

    @Transactional
    AwardViews.ContestRulesView setContestRules(long contestId, AwardViews.ContestRulesBody body, long actorId,
                                                String actorName) {
        AwardScope scope = scopes.contest(contestId);
        FieldErrors errors = new FieldErrors();
        List<PrizeAllocation.Tier> tiers = checkTiers(body.tiers(), "tiers", errors, true);
        PrizeAllocation.Eligibility eligibility = checkEligibility(body.eligibility(), errors);
        AwardViews.CollectiveBody collective = body.collective() == null
                ? new AwardViews.CollectiveBody(null, null, null, null) : body.collective();
        List<PrizeAllocation.Tier> collectiveTiers = checkTiers(collective.tiers(), "collective.tiers", errors, false);
        BigDecimal rateWeight = checkWeight(collective.rateWeight(), "collective.rateWeight", errors);
        BigDecimal pointsWeight = checkWeight(collective.pointsWeight(), "collective.pointsWeight", errors);
        int minParticipants = collective.minParticipants() == null ? 1 : collective.minParticipants();
        if (minParticipants < 1 || minParticipants > 1_000_000) {
            errors.add("collective.minParticipants", "OUT_OF_RANGE", "Số người dự thi tối thiểu phải từ 1 đến 1.000.000.",
                    "minParticipants must be 1–1,000,000.");
        }
        if (!collectiveTiers.isEmpty() && rateWeight.signum() == 0 && pointsWeight.signum() == 0) {
            errors.add("collective", "NO_FORMULA", "Giải tập thể cần ít nhất một trọng số lớn hơn 0.",
                    "Collective prizes need a positive rate or points weight.");
        }
        errors.throwIfAny();
        scopes.lockContest(contestId);
        refuseIfLocked(scope.key());
        AwardViews.ContestRulesView before = contestView(contestId);
        boolean onePrize = body.onePrizePerPerson() != null ? body.onePrizePerPerson() : before.onePrizePerPerson();
        if (onePrize != before.onePrizePerPerson()
                && !AwardDecisionLifecycle.onePrizeRuleMayChange(scopes.anyLocked(contestId))) {
            throw new ApiException(HttpStatus.CONFLICT, "AWARDS_LOCKED",
                    "Đã có kết quả được ký duyệt nên không thể đổi quy định mỗi người một giải.",
                    "A decision of this contest is signed off; the one-prize rule can no longer change.");
        }
        storeRules(scope, tiers, eligibility, actorId);
        sql.update("""
                UPDATE award_policy SET one_prize_per_person = ?, rate_weight = ?, points_weight = ?,
                                        collective_min_participants = ?, updated_at = ?, updated_by = ?
                WHERE contest_id = ?""", onePrize, rateWeight, pointsWeight, minParticipants, clock.instant(), actorId,
                contestId);
        replaceTiers(scope.key(), COLLECTIVE, collectiveTiers);
        AwardViews.ContestRulesView after = contestView(contestId);
        audit.record(actorId, actorName, "AWARD_RULES_SET", "contest", contestId, before, after);
        return after;
    }

    // Excluded staff

    List<AwardViews.ExclusionView> exclusions(long contestId) {
        scopes.contest(contestId);
        return sql.list("SELECT id, note, created_at FROM award_exclusion WHERE contest_id = ? ORDER BY id",
                PrizeRules::exclusion, contestId);
    }

    /** Citizen IDs are hashed at once and never stored, logged or echoed back. */
    @Transactional
    AwardViews.ExclusionsAdded addExclusions(long contestId, AwardViews.ExclusionBody body, long actorId, String actorName) {
        scopes.contest(contestId);
        FieldErrors errors = new FieldErrors();
        List<String> ids = body.citizenIds() == null ? List.of() : body.citizenIds();
        if (ids.isEmpty() || ids.size() > 1000) {
            errors.add("citizenIds", "REQUIRED", "Cần từ 1 đến 1.000 số định danh.", "Give 1–1,000 citizen IDs.");
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = CitizenId.normalize(ids.get(i));
            if (!id.matches("\\d{12}")) {
                errors.add("citizenIds[" + i + "]", "INVALID", "Số định danh cá nhân phải gồm đúng 12 chữ số.",
                        "A citizen ID is exactly 12 digits.");
            }
            normalized.add(id);
        }
        String note = body.note() == null ? null : FreeText.normalize(body.note());
        if (note != null && note.length() > 200) {
            errors.add("note", "TOO_LONG", "Ghi chú tối đa 200 ký tự.", "The note is at most 200 characters.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        int added = 0;
        for (String id : normalized) {
            // IGNORE: a person already listed stays listed (the unique key on the hash decides)
            added += sql.update("""
                    INSERT IGNORE INTO award_exclusion (contest_id, citizen_id_hash, note, created_at, created_by)
                    VALUES (?, ?, ?, ?, ?)""",
                    contestId, personalData.hash("cid", id), note == null || note.isEmpty() ? null : note, now, actorId);
        }
        AwardViews.ExclusionsAdded result = new AwardViews.ExclusionsAdded(added, normalized.size() - added);
        audit.record(actorId, actorName, "AWARD_EXCLUSIONS_ADDED", "contest", contestId, null,
                Map.of("added", result.added(), "alreadyListed", result.alreadyListed(), "note", note == null ? "" : note));
        return result;
    }

    @Transactional
    void removeExclusion(long contestId, long exclusionId, long actorId, String actorName) {
        scopes.contest(contestId);
        AwardViews.ExclusionView before = sql.one(
                        "SELECT id, note, created_at FROM award_exclusion WHERE id = ? AND contest_id = ?",
                        PrizeRules::exclusion, exclusionId, contestId)
                .orElseThrow(() -> ApiException.notFound("người thuộc diện không xét giải"));
        sql.update("DELETE FROM award_exclusion WHERE id = ?", exclusionId);
        audit.record(actorId, actorName, "AWARD_EXCLUSION_REMOVED", "contest", contestId, before, null);
    }

    // Checks and storage

    private void refuseIfLocked(String scopeKey) {
        if (!AwardDecisionLifecycle.rulesMayChange(scopes.decision(scopeKey, false).map(AwardScopes.DecisionRow::state)
                .orElse(null))) {
            throw AwardErrors.locked();
        }
    }

    private void storeRules(AwardScope scope, List<PrizeAllocation.Tier> tiers, PrizeAllocation.Eligibility eligibility,
                            long actorId) {
        String groups = eligibility.groups().isEmpty() ? null : String.join(",", eligibility.groups().stream().sorted().toList());
        sql.update("""
                INSERT INTO award_rule (scope_key, contest_id, round_id, min_score, all_correct_only, eligible_groups,
                                        updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE min_score = VALUES(min_score), all_correct_only = VALUES(all_correct_only),
                                        eligible_groups = VALUES(eligible_groups), updated_at = VALUES(updated_at),
                                        updated_by = VALUES(updated_by)""",
                scope.key(), scope.contestId(), scope.roundId(), eligibility.minScore(), eligibility.allCorrectOnly(),
                groups, clock.instant(), actorId);
        replaceTiers(scope.key(), INDIVIDUAL, tiers);
    }

    private void replaceTiers(String scopeKey, String kind, List<PrizeAllocation.Tier> tiers) {
        sql.update("DELETE FROM prize_tier WHERE scope_key = ? AND kind = ?", scopeKey, kind);
        List<Object[]> rows = new ArrayList<>();
        for (PrizeAllocation.Tier t : tiers) {
            rows.add(new Object[]{scopeKey, kind, t.position(), t.name(), t.count(), t.amountVnd(), t.collectivePoints()});
        }
        sql.batch("""
                INSERT INTO prize_tier (scope_key, kind, position, name, prize_count, amount_vnd, collective_points)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static List<PrizeAllocation.Tier> checkTiers(@Nullable List<AwardViews.TierBody> bodies, String field,
                                                         FieldErrors errors, boolean points) {
        if (bodies == null) {
            return List.of();
        }
        if (bodies.size() > MAX_TIERS) {
            errors.add(field, "TOO_MANY", "Tối đa " + MAX_TIERS + " hạng giải.", "At most " + MAX_TIERS + " tiers.");
            return List.of();
        }
        List<PrizeAllocation.Tier> tiers = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        long lastAmount = Long.MAX_VALUE;
        for (int i = 0; i < bodies.size(); i++) {
            AwardViews.TierBody b = bodies.get(i);
            String at = field + "[" + i + "]";
            String name = b == null || b.name() == null ? "" : FreeText.normalize(b.name());
            boolean ok = true;
            if (name.isEmpty() || name.length() > 100) {
                errors.add(at + ".name", "REQUIRED", "Tên hạng giải gồm 1–100 ký tự.", "A tier name has 1–100 characters.");
                ok = false;
            } else if (!names.add(name)) {
                errors.add(at + ".name", "DUPLICATE", "Tên hạng giải bị trùng.", "Tier names must differ.");
                ok = false;
            }
            Integer count = b == null ? null : b.count();
            if (count == null || count < 1 || count > 1000) {
                errors.add(at + ".count", "OUT_OF_RANGE", "Số giải phải từ 1 đến 1.000.", "count must be 1–1,000.");
                ok = false;
            }
            Long amount = b == null ? null : b.amountVnd();
            if (amount == null || amount < 0 || amount > MAX_AMOUNT) {
                errors.add(at + ".amountVnd", "OUT_OF_RANGE", "Giá trị giải (đồng) không hợp lệ.",
                        "amountVnd must be 0–1,000,000,000,000.");
                ok = false;
            }
            Integer collectivePoints = b == null || b.collectivePoints() == null ? 0 : b.collectivePoints();
            if (collectivePoints < 0 || collectivePoints > 1000 || (!points && collectivePoints != 0)) {
                errors.add(at + ".collectivePoints", "OUT_OF_RANGE", "Điểm cho tập thể phải từ 0 đến 1.000 (chỉ với giải cá nhân).",
                        "collectivePoints must be 0–1,000, and only on individual tiers.");
                ok = false;
            }
            if (amount != null && amount >= 0 && amount <= MAX_AMOUNT) {
                if (amount > lastAmount) {
                    errors.add(at + ".amountVnd", "NOT_DESCENDING", "Hạng giải xếp từ cao xuống thấp: giá trị không được tăng.",
                            "Tiers go from highest to lowest; an amount may not exceed the one above.");
                    ok = false;
                }
                lastAmount = amount;
            }
            if (ok) {
                tiers.add(new PrizeAllocation.Tier(i + 1, name, count, amount, collectivePoints));
            }
        }
        return tiers;
    }

    private static PrizeAllocation.Eligibility checkEligibility(@Nullable AwardViews.EligibilityBody body, FieldErrors errors) {
        if (body == null) {
            return PrizeAllocation.Eligibility.ANYONE;
        }
        if (body.minScore() != null && (body.minScore() < 0 || body.minScore() > 1_000_000)) {
            errors.add("eligibility.minScore", "OUT_OF_RANGE", "Điểm tối thiểu không hợp lệ.", "minScore must be 0–1,000,000.");
        }
        Set<String> groups = new LinkedHashSet<>();
        List<String> valid = Arrays.stream(ParticipantGroup.values()).map(Enum::name).toList();
        List<String> given = body.groups() == null ? List.of() : body.groups();
        for (int i = 0; i < given.size(); i++) {
            if (!valid.contains(given.get(i))) {
                errors.add("eligibility.groups[" + i + "]", "UNKNOWN_GROUP", "Đối tượng dự thi không hợp lệ.",
                        "Unknown participant group; one of " + valid + ".");
            } else {
                groups.add(given.get(i));
            }
        }
        return new PrizeAllocation.Eligibility(body.minScore(), Boolean.TRUE.equals(body.allCorrectOnly()), groups);
    }

    private static BigDecimal checkWeight(@Nullable BigDecimal weight, String field, FieldErrors errors) {
        if (weight == null) {
            return BigDecimal.ZERO;
        }
        if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 3) {
            errors.add(field, "OUT_OF_RANGE", "Trọng số từ 0 đến 1.000, tối đa 3 chữ số thập phân.",
                    "A weight is 0–1,000 with at most 3 decimals.");
            return BigDecimal.ZERO;
        }
        return weight;
    }

    private static AwardViews.ExclusionView exclusion(ResultSet rs) throws SQLException {
        return new AwardViews.ExclusionView(rs.getLong("id"), rs.getString("note"), Sql.instant(rs, "created_at"));
    }

    private static Set<String> groups(@Nullable String stored) {
        return stored == null || stored.isBlank() ? Set.of() : Set.of(stored.split(","));
    }

    private static List<AwardViews.TierView> tierViews(List<PrizeAllocation.Tier> tiers) {
        return tiers.stream().map(t -> new AwardViews.TierView(t.position(), t.name(), t.count(), t.amountVnd(),
                t.collectivePoints())).toList();
    }

    private static AwardViews.EligibilityView eligibilityView(PrizeAllocation.Eligibility e) {
        return new AwardViews.EligibilityView(e.minScore(), e.allCorrectOnly(), e.groups().stream().sorted().toList());
    }
}
