package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.ranking.RankingChain;
import vn.dongnai.contest.system.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes a scope's winners from MySQL: reads the rules, the frozen rankings, the excluded staff
 * and disqualifications as they are now, and runs {@link PrizeAllocation} and
 * {@link CollectivePrizes}. With one prize per person every scope of the contest that is ready and
 * not yet signed is decided together (signed ones are final), so drafting any of them gives the
 * same answer; a contest's collective prizes also need every round's winners for their points.
 */
@Singleton
class AwardComputation {

    private final Sql sql;
    private final AwardScopes scopes;
    private final PrizeRules rules;

    AwardComputation(Sql sql, AwardScopes scopes, PrizeRules rules) {
        this.sql = sql;
        this.scopes = scopes;
        this.rules = rules;
    }

    /** A winner's figures as the frozen ranking has them (for a contest: sums over its rounds). */
    record Figures(long accountId, int score, int correctCount, int questionCount, @Nullable Long prediction,
                   @Nullable Long predictionError, long durationMs, Instant submittedAt) {
    }

    record Result(AwardScope scope, PrizeAllocation.Outcome outcome, List<CollectivePrizes.Standing> collective,
                  Map<Long, Figures> figures) {
    }

    /** Whether the scope has any prize to decide. */
    boolean hasPrizes(AwardScope scope) {
        if (!rules.rules(scope.key()).tiers().isEmpty()) {
            return true;
        }
        return !scope.isRound() && !rules.policy(scope.contestId()).collectiveTiers().isEmpty();
    }

    Result compute(AwardScope target) {
        long contestId = target.contestId();
        PrizeRules.Policy policy = rules.policy(contestId);
        List<AwardScopes.RoundInfo> rounds = scopes.rounds(contestId);
        Map<String, String> statuses = new HashMap<>();
        sql.list("SELECT scope_key, status FROM award_decision WHERE contest_id = ?",
                rs -> statuses.put(rs.getString("scope_key"), rs.getString("status")), contestId);
        boolean together = policy.onePrizePerPerson() || !target.isRound();
        Set<Long> excluded = excludedAccounts(contestId);

        List<PrizeAllocation.Scope> toDecide = new ArrayList<>();
        Set<String> signedScopes = new HashSet<>();
        for (AwardScopes.RoundInfo round : rounds) {
            String key = AwardScope.roundKey(round.id());
            PrizeRules.ScopeRules scopeRules = rules.rules(key);
            if (!round.frozen() || scopeRules.tiers().isEmpty()) {
                continue;
            }
            if (locked(statuses.get(key))) {
                signedScopes.add(key);
            } else if (together || key.equals(target.key())) {
                toDecide.add(new PrizeAllocation.Scope(key, round.name(), scopeRules.tiers(), scopeRules.eligibility(),
                        roundCursor(round, excluded)));
            }
        }
        String contestKey = AwardScope.contestKey(contestId);
        PrizeRules.ScopeRules contestRules = rules.rules(contestKey);
        if (AwardScopes.contestHash(rounds).isPresent() && !contestRules.tiers().isEmpty()) {
            if (locked(statuses.get(contestKey))) {
                signedScopes.add(contestKey);
            } else if (together) {
                toDecide.add(new PrizeAllocation.Scope(contestKey, "Toàn cuộc thi", contestRules.tiers(),
                        contestRules.eligibility(), contestCursor(contestId, excluded)));
            }
        }
        List<PrizeAllocation.Held> held = held(contestId, signedScopes, rounds);
        Map<String, PrizeAllocation.Outcome> outcomes = PrizeAllocation.allocate(toDecide, held, policy.onePrizePerPerson());
        PrizeAllocation.Outcome outcome = outcomes.getOrDefault(target.key(),
                new PrizeAllocation.Outcome(target.key(), List.of(), Map.of()));
        List<CollectivePrizes.Standing> collective = target.isRound() || policy.collectiveTiers().isEmpty() ? List.of()
                : CollectivePrizes.rank(units(contestId, pointsByAccount(contestId, outcomes.values())), policy.formula(),
                policy.collectiveTiers());
        List<Long> winners = outcome.awards().stream().map(a -> a.winner().accountId()).toList();
        return new Result(target, outcome, collective, target.isRound() ? roundFigures(target.roundId(), winners)
                : contestFigures(contestId, winners));
    }

    private static boolean locked(@Nullable String status) {
        AwardDecisionLifecycle.Status state = AwardDecisionLifecycle.Status.of(status);
        return state != null && state.locked();
    }

    // Rankings as candidates

    private record RoundRow(int rank, long accountId, long attemptId, int score, int correctCount, int questionCount,
                            @Nullable Long prediction, long durationMs, Instant submittedAt, String group)
            implements RankingChain.Ranked {
        @Override
        public long tieBreakId() {
            return attemptId;
        }
    }

    private RankingCursor<RoundRow> roundCursor(AwardScopes.RoundInfo round, Set<Long> excluded) {
        Set<Long> disqualified = new HashSet<>(sql.list(
                "SELECT DISTINCT account_id FROM attempt WHERE round_id = ? AND disqualified = TRUE",
                rs -> rs.getLong("account_id"), round.id()));
        return new RankingCursor<>((loaded, last, size) -> sql.list("""
                SELECT r.rank_no, r.account_id, r.attempt_id, r.score, r.correct_count, r.question_count, r.prediction,
                       r.duration_ms, r.submitted_at, p.participant_group
                FROM ranked_entry r JOIN participant p ON p.account_id = r.account_id
                WHERE r.round_id = ? AND r.rank_no > ? ORDER BY r.rank_no LIMIT ?""",
                rs -> new RoundRow(rs.getInt("rank_no"), rs.getLong("account_id"), rs.getLong("attempt_id"),
                        rs.getInt("score"), rs.getInt("correct_count"), rs.getInt("question_count"),
                        Sql.nullableLong(rs, "prediction"), rs.getLong("duration_ms"), Sql.instant(rs, "submitted_at"),
                        rs.getString("participant_group")),
                round.id(), last == null ? 0 : last.rank(), size),
                (row, next) -> new PrizeAllocation.Candidate(row.accountId(), row.rank(), row.score(),
                        row.correctCount() == row.questionCount(), row.group(), disqualified.contains(row.accountId()),
                        excluded.contains(row.accountId()),
                        RankingChain.CLOSED.decidedBy(row, next, round.predictionActual())));
    }

    private record OverallRow(long accountId, int score, long durationMs, Instant lastSubmittedAt, int correctCount,
                              int questionCount, boolean allCorrect, String group) implements RankingChain.Ranked {
        @Override
        public @Nullable Long prediction() {
            return null;
        }

        @Override
        public Instant submittedAt() {
            return lastSubmittedAt;
        }

        @Override
        public long tieBreakId() {
            return accountId;
        }
    }

    /** Sums over a contestant's frozen round entries, ranked by {@link RankingChain#CONTEST_WIDE}. */
    private static final String OVERALL = """
            SELECT r.account_id, SUM(r.score) AS score, SUM(r.duration_ms) AS duration_ms,
                   MAX(r.submitted_at) AS last_submitted_at, SUM(r.correct_count) AS correct_count,
                   SUM(r.question_count) AS question_count,
                   SUM(CASE WHEN r.correct_count = r.question_count THEN 1 ELSE 0 END) = COUNT(*) AS all_correct,
                   MAX(p.participant_group) AS participant_group
            FROM ranked_entry r JOIN contest_round cr ON cr.id = r.round_id JOIN participant p ON p.account_id = r.account_id
            WHERE cr.contest_id = ? %s
            GROUP BY r.account_id""";

    private RankingCursor<OverallRow> contestCursor(long contestId, Set<Long> excluded) {
        Set<Long> disqualified = new HashSet<>(sql.list("""
                SELECT DISTINCT a.account_id FROM attempt a JOIN contest_round cr ON cr.id = a.round_id
                WHERE cr.contest_id = ? AND a.disqualified = TRUE""", rs -> rs.getLong("account_id"), contestId));
        Map<Long, Integer> ranks = new HashMap<>();
        return new RankingCursor<>((loaded, last, size) -> {
            List<OverallRow> page = sql.list(OVERALL.formatted("") + " ORDER BY "
                    + RankingChain.CONTEST_WIDE.sqlOrder(OVERALL_COLUMNS) + " LIMIT ? OFFSET ?",
                    AwardComputation::overall, contestId, size, loaded);
            for (int i = 0; i < page.size(); i++) {
                ranks.put(page.get(i).accountId(), loaded + i + 1);
            }
            return page;
        }, (row, next) -> new PrizeAllocation.Candidate(row.accountId(), ranks.remove(row.accountId()), row.score(),
                row.allCorrect(), row.group(), disqualified.contains(row.accountId()), excluded.contains(row.accountId()),
                RankingChain.CONTEST_WIDE.decidedBy(row, next, null)));
    }

    private static final RankingChain.Columns OVERALL_COLUMNS = new RankingChain.Columns("SUM(r.score)", null,
            "SUM(r.duration_ms)", "MAX(r.submitted_at)", "r.account_id");

    private static OverallRow overall(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OverallRow(rs.getLong("account_id"), rs.getInt("score"), rs.getLong("duration_ms"),
                Sql.instant(rs, "last_submitted_at"), rs.getInt("correct_count"), rs.getInt("question_count"),
                rs.getBoolean("all_correct"), rs.getString("participant_group"));
    }

    private Set<Long> excludedAccounts(long contestId) {
        return new HashSet<>(sql.list("""
                SELECT p.account_id FROM award_exclusion x JOIN participant p ON p.citizen_id_hash = x.citizen_id_hash
                WHERE x.contest_id = ?""", rs -> rs.getLong("account_id"), contestId));
    }

    private List<PrizeAllocation.Held> held(long contestId, Set<String> signedScopes, List<AwardScopes.RoundInfo> rounds) {
        if (signedScopes.isEmpty()) {
            return List.of();
        }
        Map<String, String> labels = rounds.stream().collect(Collectors.toMap(r -> AwardScope.roundKey(r.id()),
                AwardScopes.RoundInfo::name));
        return sql.list("""
                SELECT w.scope_key, w.account_id, w.tier_name, w.amount_vnd FROM award_winner w
                JOIN award_decision d ON d.scope_key = w.scope_key
                WHERE d.contest_id = ? AND d.status IN %s ORDER BY d.signed_at, w.seq""".formatted(AwardScopes.LOCKED_STATUSES),
                rs -> new PrizeAllocation.Held(rs.getString("scope_key"),
                        labels.getOrDefault(rs.getString("scope_key"), "Toàn cuộc thi"), rs.getLong("account_id"),
                        rs.getString("tier_name"), rs.getLong("amount_vnd")), contestId);
    }

    // Collective prizes

    /** Points each person earns for their unit: signed winners as stored, the rest as just computed. */
    private Map<Long, Integer> pointsByAccount(long contestId, Collection<PrizeAllocation.Outcome> computed) {
        Map<Long, Integer> points = new HashMap<>();
        sql.list("""
                SELECT w.account_id, w.collective_points FROM award_winner w JOIN award_decision d ON d.scope_key = w.scope_key
                WHERE d.contest_id = ? AND d.status IN %s""".formatted(AwardScopes.LOCKED_STATUSES),
                rs -> points.merge(rs.getLong("account_id"), rs.getInt("collective_points"), Integer::sum), contestId);
        for (PrizeAllocation.Outcome outcome : computed) {
            for (PrizeAllocation.Award award : outcome.awards()) {
                points.merge(award.winner().accountId(), award.tier().collectivePoints(), Integer::sum);
            }
        }
        return points;
    }

    /**
     * The unit catalog with each active unit's participants (members with an entry in a frozen
     * round of the contest, not disqualified) and points. Names are matched by the database's
     * collation, as everywhere else units are compared.
     */
    private List<CollectivePrizes.Unit> units(long contestId, Map<Long, Integer> pointsByAccount) {
        Map<Long, Integer> participants = new HashMap<>();
        sql.list("""
                SELECT u.id AS unit_id, COUNT(DISTINCT r.account_id) AS participants
                FROM ranked_entry r JOIN contest_round cr ON cr.id = r.round_id
                JOIN participant p ON p.account_id = r.account_id JOIN unit u ON u.name = p.unit
                WHERE cr.contest_id = ? AND u.active = TRUE
                  AND NOT EXISTS (SELECT 1 FROM attempt d WHERE d.round_id = r.round_id AND d.account_id = r.account_id
                                  AND d.disqualified = TRUE)
                GROUP BY u.id""", rs -> participants.put(rs.getLong("unit_id"), rs.getInt("participants")), contestId);
        Map<Long, Integer> points = new HashMap<>();
        List<Long> scorers = pointsByAccount.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        for (List<Long> chunk : chunks(scorers)) {
            sql.list("SELECT p.account_id, u.id AS unit_id FROM participant p JOIN unit u ON u.name = p.unit"
                            + " WHERE p.account_id IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> points.merge(rs.getLong("unit_id"), pointsByAccount.get(rs.getLong("account_id")), Integer::sum),
                    chunk.toArray());
        }
        return sql.list("SELECT id, name, headcount FROM unit WHERE active = TRUE ORDER BY id",
                rs -> new CollectivePrizes.Unit(rs.getLong("id"), rs.getString("name"), Sql.nullableInt(rs, "headcount"),
                        participants.getOrDefault(rs.getLong("id"), 0), points.getOrDefault(rs.getLong("id"), 0)));
    }

    // Winners' figures

    private Map<Long, Figures> roundFigures(long roundId, List<Long> accounts) {
        Map<Long, Figures> figures = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(accounts)) {
            List<Object> args = new ArrayList<>();
            args.add(roundId);
            args.addAll(chunk);
            sql.list("""
                    SELECT account_id, score, correct_count, question_count, prediction, prediction_error, duration_ms,
                           submitted_at
                    FROM ranked_entry WHERE round_id = ? AND account_id IN (%s)""".formatted(Sql.marks(chunk.size())),
                    rs -> figures.put(rs.getLong("account_id"), new Figures(rs.getLong("account_id"), rs.getInt("score"),
                            rs.getInt("correct_count"), rs.getInt("question_count"), Sql.nullableLong(rs, "prediction"),
                            Sql.nullableLong(rs, "prediction_error"), rs.getLong("duration_ms"),
                            Sql.instant(rs, "submitted_at"))), args.toArray());
        }
        return figures;
    }

    private Map<Long, Figures> contestFigures(long contestId, List<Long> accounts) {
        Map<Long, Figures> figures = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(accounts)) {
            List<Object> args = new ArrayList<>();
            args.add(contestId);
            args.addAll(chunk);
            sql.list(OVERALL.formatted("AND r.account_id IN (" + Sql.marks(chunk.size()) + ")"), rs -> {
                OverallRow row = overall(rs);
                return figures.put(row.accountId(), new Figures(row.accountId(), row.score(), row.correctCount(),
                        row.questionCount(), null, null, row.durationMs(), row.lastSubmittedAt()));
            }, args.toArray());
        }
        return figures;
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }
}
