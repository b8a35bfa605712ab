package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code contest_round} table's one mapping: {@link #COLUMNS} read by {@link #read} into a
 * {@link ContestRound}. Other features read rounds here.
 */
@Singleton
public class Rounds {

    /** The columns {@link #read} takes, of a {@code contest_round} aliased {@code r}. */
    static final String COLUMNS = """
            r.id, r.contest_id, r.seq, r.name, r.opens_at, r.closes_at, r.question_count, r.time_limit_seconds,
            r.attempts_allowed, r.counting_rule, r.grace_seconds, r.points_per_question, r.prediction_kind,
            r.prediction_prompt, r.status, r.created_at, r.updated_at, r.audience, r.leaderboard_visible""";

    private final Sql sql;

    Rounds(Sql sql) {
        this.sql = sql;
    }

    /**
     * The round (the attempt engine caches it for a second: the table is quoted as the start's
     * statement count, StartStatementsTest, recognises such cached reads).
     */
    public Optional<ContestRound> byId(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM `contest_round` r WHERE r.id = ?", Rounds::read, id);
    }

    /** The rounds, of every contest, in any of these statuses (e.g. those the public can see). */
    public List<ContestRound> withStatus(Collection<String> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT " + COLUMNS + " FROM contest_round r WHERE r.status IN (" + Sql.marks(statuses.size())
                + ") ORDER BY r.id", Rounds::read, statuses.toArray());
    }

    /** Stores a new round as given (the demo's, a test's); the organizer console creates them through its checks. */
    public ContestRound add(ContestRound round) {
        long id = sql.insert("""
                        INSERT INTO contest_round (contest_id, seq, name, opens_at, closes_at, question_count,
                               time_limit_seconds, attempts_allowed, counting_rule, grace_seconds, points_per_question,
                               prediction_kind, prediction_prompt, status, created_at, updated_at, audience,
                               leaderboard_visible)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                round.contestId(), round.seq(), round.name(), round.opensAt(), round.closesAt(), round.questionCount(),
                round.timeLimitSeconds(), round.attemptsAllowed(), round.countingRule(), round.graceSeconds(),
                round.pointsPerQuestion(), round.predictionKind(), round.predictionPrompt(), round.status(),
                round.createdAt(), round.updatedAt(), round.audience(), round.leaderboardVisible());
        return round.withId(id);
    }

    /** The round is closed: its ranking frozen at {@code closedAt}, with the prediction question's actual answer. */
    public void close(long roundId, Instant closedAt, @Nullable Long predictionActual) {
        sql.update("UPDATE contest_round SET status = 'CLOSED', closed_at = ?, prediction_actual = ?, updated_at = ? WHERE id = ?",
                closedAt, predictionActual, closedAt, roundId);
    }

    /** The round is live again until closed by hand: no closing time, no actual answer, no closing on its own. */
    public void reopen(long roundId, Instant reopenedAt) {
        sql.update("""
                UPDATE contest_round SET status = 'PUBLISHED', closed_at = NULL, prediction_actual = NULL, auto_close = FALSE,
                                         updated_at = ? WHERE id = ?""", reopenedAt, roundId);
    }

    /** The rounds of these contests in these statuses, by contest and then in order, from the primary or the replica. */
    static List<ContestRound> ofContests(Sql from, Collection<Long> contestIds, Collection<String> statuses) {
        if (contestIds.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        Object[] values = java.util.stream.Stream.concat(contestIds.stream(), statuses.stream()).toArray();
        return from.list("SELECT " + COLUMNS + " FROM contest_round r WHERE r.contest_id IN (" + Sql.marks(contestIds.size())
                + ") AND r.status IN (" + Sql.marks(statuses.size()) + ") ORDER BY r.seq", Rounds::read, values);
    }

    static ContestRound read(ResultSet rs) throws SQLException {
        return new ContestRound(rs.getLong("id"), rs.getLong("contest_id"), rs.getInt("seq"), rs.getString("name"),
                Sql.instant(rs, "opens_at"), Sql.instant(rs, "closes_at"), rs.getInt("question_count"),
                rs.getInt("time_limit_seconds"), rs.getInt("attempts_allowed"), rs.getString("counting_rule"),
                rs.getInt("grace_seconds"), rs.getInt("points_per_question"), rs.getString("prediction_kind"),
                rs.getString("prediction_prompt"), rs.getString("status"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getString("audience"), rs.getBoolean("leaderboard_visible"));
    }
}
