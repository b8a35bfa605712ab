package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.ranking.RankingPolicy;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

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

    static final String DRAFT = "DRAFT";
    static final String SIGNED = "SIGNED";
    static final String PUBLISHED = "PUBLISHED";

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
        boolean locked() {
            return SIGNED.equals(status) || PUBLISHED.equals(status);
        }
    }

    AwardScope round(long roundId) {
        return sql.one("SELECT r.contest_id, r.name FROM contest_round r WHERE r.id = ?",
                        rs -> new AwardScope(AwardScope.roundKey(roundId), rs.getLong(1), roundId, rs.getString(2)), roundId)
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
        sql.one("SELECT contest_id FROM award_policy WHERE contest_id = ? FOR UPDATE", rs -> rs.getLong(1), contestId);
    }

    List<RoundInfo> rounds(long contestId) {
        return sql.list("""
                SELECT r.id, r.contest_id, r.seq, r.name, r.status, s.content_hash, s.prediction_actual
                FROM contest_round r LEFT JOIN ranking_snapshot s ON s.round_id = r.id
                WHERE r.contest_id = ? ORDER BY r.seq""",
                rs -> new RoundInfo(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, Long.class)), contestId);
    }

    Optional<RoundInfo> roundInfo(long roundId) {
        return sql.one("""
                SELECT r.id, r.contest_id, r.seq, r.name, r.status, s.content_hash, s.prediction_actual
                FROM contest_round r LEFT JOIN ranking_snapshot s ON s.round_id = r.id WHERE r.id = ?""",
                rs -> new RoundInfo(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, Long.class)), roundId);
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
                rs -> new DecisionRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)), scopeKey);
    }

    boolean locked(String scopeKey) {
        return decision(scopeKey, false).map(DecisionRow::locked).orElse(false);
    }

    boolean anyLocked(long contestId) {
        return sql.one("SELECT COUNT(*) FROM award_decision WHERE contest_id = ? AND status IN ('SIGNED', 'PUBLISHED')",
                rs -> rs.getLong(1), contestId).orElse(0L) > 0;
    }
}
