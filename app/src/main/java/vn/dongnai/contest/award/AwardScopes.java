package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.ranking.RankingPolicy;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finding scopes, their frozen rankings and decisions, and serialising a contest's award work:
 * every change to a contest's rules or decisions first locks its {@code award_policy} row, because
 * with one prize per person a decision in one round depends on every other.
 */
@Singleton
class AwardScopes {

    /** "('SIGNED', 'PUBLISHED')": the statuses of a locked decision, for the queries that ask. */
    static final String LOCKED_STATUSES = AwardDecisionLifecycle.lockedStatusesSql();

    private final Sql sql;
    private final Clock clock;

    AwardScopes(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** A round of the contest, with what its frozen ranking says (null hash while it is not closed). */
    record RoundInfo(long id, long contestId, int seq, String name, String status, @Nullable String rankingHash,
                     @Nullable Long predictionActual) {
        boolean frozen() {
            return "CLOSED".equals(status) && rankingHash != null;
        }
    }

    record DecisionRow(String scopeKey, String status, int version, String rankingHash) {
        AwardDecisionLifecycle.Status state() {
            return AwardDecisionLifecycle.Status.of(status);
        }

        AwardDecisionLifecycle.Decision decision() {
            return new AwardDecisionLifecycle.Decision(state(), version, rankingHash);
        }

        boolean locked() {
            return state() != null && state().locked();
        }
    }

    AwardScope round(long roundId) {
        return sql.one("SELECT r.contest_id, r.name FROM contest_round r WHERE r.id = ?",
                        rs -> new AwardScope(AwardScope.roundKey(roundId), rs.getLong("contest_id"), roundId,
                                rs.getString("name")), roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
    }

    AwardScope contest(long contestId) {
        return sql.one("SELECT id FROM contest WHERE id = ?",
                        rs -> new AwardScope(AwardScope.contestKey(contestId), contestId, null, "Toàn cuộc thi"), contestId)
                .orElseThrow(() -> ApiException.notFound("cuộc thi"));
    }

    /** Takes the contest's award lock for the rest of the transaction (creating its policy row if needed). */
    void lockContest(long contestId) {
        sql.update("""
                INSERT INTO award_policy (contest_id, updated_at) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE contest_id = contest_id""", contestId, clock.instant());
        sql.one("SELECT contest_id FROM award_policy WHERE contest_id = ? FOR UPDATE", rs -> rs.getLong("contest_id"),
                contestId);
    }

    private static final String ROUND_INFO = """
            SELECT r.id, r.contest_id, r.seq, r.name, r.status, s.content_hash, s.prediction_actual
            FROM contest_round r LEFT JOIN ranking_snapshot s ON s.round_id = r.id""";

    List<RoundInfo> rounds(long contestId) {
        return sql.list(ROUND_INFO + " WHERE r.contest_id = ? ORDER BY r.seq", AwardScopes::roundInfo, contestId);
    }

    Optional<RoundInfo> roundInfo(long roundId) {
        return sql.one(ROUND_INFO + " WHERE r.id = ?", AwardScopes::roundInfo, roundId);
    }

    private static RoundInfo roundInfo(ResultSet rs) throws SQLException {
        return new RoundInfo(rs.getLong("id"), rs.getLong("contest_id"), rs.getInt("seq"), rs.getString("name"),
                rs.getString("status"), rs.getString("content_hash"), Sql.nullableLong(rs, "prediction_actual"));
    }

    /**
     * The frozen ranking a scope is decided on: a round's snapshot hash, or for a contest a SHA-256
     * over its rounds' hashes — empty while any round that was published is still open.
     */
    Optional<String> rankingHash(AwardScope scope) {
        if (scope.isRound()) {
            return roundInfo(scope.roundId()).filter(RoundInfo::frozen).map(RoundInfo::rankingHash);
        }
        return contestHash(rounds(scope.contestId()));
    }

    static Optional<String> contestHash(List<RoundInfo> rounds) {
        List<String> lines = new ArrayList<>();
        for (RoundInfo round : rounds) {
            if ("DRAFT".equals(round.status())) {
                continue;
            }
            if (!round.frozen()) {
                return Optional.empty();
            }
            lines.add(round.id() + "|" + round.rankingHash() + "\n");
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(RankingPolicy.contentHash(lines));
    }

    Optional<DecisionRow> decision(String scopeKey, boolean forUpdate) {
        return sql.one("SELECT scope_key, status, version, ranking_hash FROM award_decision WHERE scope_key = ?"
                        + (forUpdate ? " FOR UPDATE" : ""),
                rs -> new DecisionRow(rs.getString("scope_key"), rs.getString("status"), rs.getInt("version"),
                        rs.getString("ranking_hash")), scopeKey);
    }

    boolean locked(String scopeKey) {
        return decision(scopeKey, false).map(DecisionRow::locked).orElse(false);
    }

    boolean anyLocked(long contestId) {
        return sql.one("SELECT COUNT(*) AS locked FROM award_decision WHERE contest_id = ? AND status IN " + LOCKED_STATUSES,
                rs -> rs.getLong("locked"), contestId).orElse(0L) > 0;
    }
}
