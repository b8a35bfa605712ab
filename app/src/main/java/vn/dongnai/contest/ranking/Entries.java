package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Entries as MySQL sees them — the source of truth every board is rebuilt from. One SQL shape
 * picks each contestant's counting attempt for any rule (BEST, LAST, FIRST) and orders entries
 * by the chain of {@link RankingPolicy}.
 */
@Singleton
public class Entries {

    /** Per contestant and round, the attempt that counts: ROW_NUMBER() runs on MySQL 8 and MariaDB 10.2+. */
    private static final String PICKS = """
            SELECT a.id, a.round_id, a.account_id, a.score, a.correct_count, a.question_count, a.prediction,
                   a.duration_ms, a.submitted_at,
                   ROW_NUMBER() OVER (PARTITION BY a.round_id, a.account_id ORDER BY
                       CASE WHEN r.counting_rule = 'BEST' THEN a.score END DESC,
                       CASE WHEN r.counting_rule = 'BEST' THEN a.duration_ms END ASC,
                       CASE WHEN r.counting_rule = 'LAST' THEN a.submitted_at END DESC,
                       CASE WHEN r.counting_rule = 'LAST' THEN a.id END DESC,
                       a.submitted_at ASC, a.id ASC) AS pick
            FROM attempt a JOIN contest_round r ON r.id = a.round_id
            WHERE a.status IN ('SUBMITTED', 'EXPIRED') AND a.disqualified = FALSE""";

    private static final String ENTRY_COLUMNS = """
            e.round_id, e.account_id, e.id, e.score, e.correct_count, e.question_count, e.prediction, e.duration_ms,
            e.submitted_at, p.display_name, p.unit, p.commune""";

    /** The live chain, in SQL. */
    static final String LIVE_ORDER = "e.score DESC, e.duration_ms ASC, e.submitted_at ASC, e.id ASC";

    private final Sql sql;

    Entries(Sql sql) {
        this.sql = sql;
    }

    public Optional<Entry> entryOf(long roundId, long accountId) {
        return sql.one("SELECT " + ENTRY_COLUMNS + " FROM (" + PICKS + " AND a.round_id = ? AND a.account_id = ?) e "
                + "JOIN participant p ON p.account_id = e.account_id WHERE e.pick = 1", Entries::read, roundId, accountId);
    }

    /** Every entry of a round in live order. */
    public List<Entry> liveRanking(long roundId) {
        return sql.list("SELECT " + ENTRY_COLUMNS + " FROM (" + PICKS + " AND a.round_id = ?) e "
                + "JOIN participant p ON p.account_id = e.account_id WHERE e.pick = 1 ORDER BY " + LIVE_ORDER,
                Entries::read, roundId);
    }

    /** Every entry of a round in the final order, the prediction's actual value known. */
    public List<Entry> finalRanking(long roundId, @Nullable Long actual) {
        String order = actual == null ? LIVE_ORDER
                : "e.score DESC, (e.prediction IS NULL) ASC, ABS(e.prediction - " + actual + ") ASC, "
                + "e.duration_ms ASC, e.submitted_at ASC, e.id ASC";
        return sql.list("SELECT " + ENTRY_COLUMNS + " FROM (" + PICKS + " AND a.round_id = ?) e "
                + "JOIN participant p ON p.account_id = e.account_id WHERE e.pick = 1 ORDER BY " + order,
                Entries::read, roundId);
    }

    /** Contestants with an entry: the PARTICIPANTS answer to a prediction question. */
    public long participants(long roundId) {
        return sql.one("SELECT COUNT(DISTINCT account_id) FROM attempt WHERE round_id = ? "
                + "AND status IN ('SUBMITTED', 'EXPIRED') AND disqualified = FALSE", rs -> rs.getLong(1), roundId).orElse(0L);
    }

    /** Entries with every answer right: the ALL_CORRECT answer to a prediction question. */
    public long allCorrect(long roundId) {
        return sql.one("SELECT COUNT(*) FROM (" + PICKS + " AND a.round_id = ?) e WHERE e.pick = 1 "
                + "AND e.correct_count = e.question_count", rs -> rs.getLong(1), roundId).orElse(0L);
    }

    /** A contestant's standing over all rounds of a contest: sums of the round entries. */
    public record Overall(long accountId, int score, long durationMs, java.time.Instant lastSubmittedAt, int rounds,
                          String displayName, @Nullable String unit, String commune) {
    }

    private static final String OVERALL = """
            SELECT e.account_id, SUM(e.score), SUM(e.duration_ms), MAX(e.submitted_at), COUNT(*),
                   MAX(p.display_name), MAX(p.unit), MAX(p.commune)
            FROM (%s AND r.contest_id = ? %s) e JOIN participant p ON p.account_id = e.account_id
            WHERE e.pick = 1 GROUP BY e.account_id""";

    /** The contest-wide chain: total score ↓, total duration ↑, last counted submission ↑, contestant id ↑. */
    static final String OVERALL_ORDER = "SUM(e.score) DESC, SUM(e.duration_ms) ASC, MAX(e.submitted_at) ASC, e.account_id ASC";

    public Optional<Overall> overallOf(long contestId, long accountId) {
        return sql.one(OVERALL.formatted(PICKS, "AND a.account_id = ?"), Entries::readOverall, contestId, accountId);
    }

    public List<Overall> overallRanking(long contestId) {
        return sql.list(OVERALL.formatted(PICKS, "") + " ORDER BY " + OVERALL_ORDER, Entries::readOverall, contestId);
    }

    private static Entry read(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getObject(7, Long.class), rs.getLong(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }

    private static Overall readOverall(ResultSet rs) throws SQLException {
        return new Overall(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
