package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entries as MySQL sees them — the source of truth every board is rebuilt from. One SQL shape
 * picks each contestant's counting attempt for any rule (BEST, LAST, FIRST) and orders entries
 * by the chains of {@link RankingChain}.
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
            e.round_id, e.account_id, e.id AS attempt_id, e.score, e.correct_count, e.question_count, e.prediction,
            e.duration_ms, e.submitted_at, p.display_name, p.unit, p.commune""";

    /** A round's entries in the pick subquery {@code e}. */
    static final RankingChain.Columns ENTRY = new RankingChain.Columns("e.score", "e.prediction", "e.duration_ms",
            "e.submitted_at", "e.id");

    /** Contestants' sums over a contest's entries, grouped by contestant. */
    static final RankingChain.Columns STANDING = new RankingChain.Columns("SUM(e.score)", null, "SUM(e.duration_ms)",
            "MAX(e.submitted_at)", "e.account_id");

    private final Sql sql;

    Entries(Sql sql) {
        this.sql = sql;
    }

    public Optional<Entry> entryOf(long roundId, long accountId) {
        return sql.one("SELECT " + ENTRY_COLUMNS + " FROM (" + PICKS + " AND a.round_id = ? AND a.account_id = ?) e "
                + "JOIN participant p ON p.account_id = e.account_id WHERE e.pick = 1", Entries::read, roundId, accountId);
    }

    /** The entries of some contestants of a round, by contestant: one query for a batch of board writes. */
    Map<Long, Entry> entriesOf(long roundId, Collection<Long> accountIds) {
        Map<Long, Entry> found = new HashMap<>();
        sql.list("SELECT " + ENTRY_COLUMNS + " FROM (" + PICKS + " AND a.round_id = ? AND a.account_id IN ("
                        + Sql.marks(accountIds.size()) + ")) e JOIN participant p ON p.account_id = e.account_id WHERE e.pick = 1",
                Entries::read, args(roundId, accountIds)).forEach(e -> found.put(e.accountId(), e));
        return found;
    }

    /** Every entry of a round in live order. */
    public List<Entry> liveRanking(long roundId) {
        return ranking(roundId, RankingChain.LIVE.sqlOrder(ENTRY));
    }

    /** Every entry of a round in the final order, the prediction's actual value known. */
    public List<Entry> finalRanking(long roundId, @Nullable Long actual) {
        return ranking(roundId, RankingChain.CLOSED.sqlOrder(ENTRY, actual));
    }

    private List<Entry> ranking(long roundId, String order) {
        return sql.list("SELECT " + ENTRY_COLUMNS + " FROM (" + PICKS + " AND a.round_id = ?) e "
                + "JOIN participant p ON p.account_id = e.account_id WHERE e.pick = 1 ORDER BY " + order,
                Entries::read, roundId);
    }

    /** Contestants with an entry: the PARTICIPANTS answer to a prediction question. */
    public long participants(long roundId) {
        return sql.one("SELECT COUNT(DISTINCT account_id) AS participants FROM attempt WHERE round_id = ? "
                + "AND status IN ('SUBMITTED', 'EXPIRED') AND disqualified = FALSE", rs -> rs.getLong("participants"),
                roundId).orElse(0L);
    }

    /** Entries with every answer right: the ALL_CORRECT answer to a prediction question. */
    public long allCorrect(long roundId) {
        return sql.one("SELECT COUNT(*) AS all_correct FROM (" + PICKS + " AND a.round_id = ?) e WHERE e.pick = 1 "
                + "AND e.correct_count = e.question_count", rs -> rs.getLong("all_correct"), roundId).orElse(0L);
    }

    /** A contestant's standing over all rounds of a contest: sums of the round entries. */
    public record ContestStanding(long accountId, int score, long durationMs, Instant lastSubmittedAt, int rounds,
                                  String displayName, @Nullable String unit, String commune)
            implements RankingChain.Ranked {

        @Override
        public @Nullable Long prediction() {
            return null; // a prediction belongs to one round
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

    private static final String STANDINGS = """
            SELECT e.account_id, SUM(e.score) AS score, SUM(e.duration_ms) AS duration_ms,
                   MAX(e.submitted_at) AS last_submitted_at, COUNT(*) AS rounds,
                   MAX(p.display_name) AS display_name, MAX(p.unit) AS unit, MAX(p.commune) AS commune
            FROM (%s AND r.contest_id = ? %s) e JOIN participant p ON p.account_id = e.account_id
            WHERE e.pick = 1 GROUP BY e.account_id""";

    public Optional<ContestStanding> standingOf(long contestId, long accountId) {
        return sql.one(STANDINGS.formatted(PICKS, "AND a.account_id = ?"), Entries::readStanding, contestId, accountId);
    }

    /** The contest-wide standings of some contestants, by contestant. */
    Map<Long, ContestStanding> standingsOf(long contestId, Collection<Long> accountIds) {
        Map<Long, ContestStanding> found = new HashMap<>();
        sql.list(STANDINGS.formatted(PICKS, "AND a.account_id IN (" + Sql.marks(accountIds.size()) + ")"),
                Entries::readStanding, args(contestId, accountIds)).forEach(s -> found.put(s.accountId(), s));
        return found;
    }

    private static Object[] args(long first, Collection<Long> rest) {
        Object[] args = new Object[1 + rest.size()];
        args[0] = first;
        int i = 1;
        for (Long value : rest) {
            args[i++] = value;
        }
        return args;
    }

    /** Every contestant of a contest in the contest-wide order. */
    public List<ContestStanding> contestRanking(long contestId) {
        return sql.list(STANDINGS.formatted(PICKS, "") + " ORDER BY " + RankingChain.CONTEST_WIDE.sqlOrder(STANDING),
                Entries::readStanding, contestId);
    }

    private static Entry read(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("round_id"), rs.getLong("account_id"), rs.getLong("attempt_id"), rs.getInt("score"),
                rs.getInt("correct_count"), rs.getInt("question_count"), Sql.nullableLong(rs, "prediction"),
                rs.getLong("duration_ms"), Sql.instant(rs, "submitted_at"), rs.getString("display_name"),
                rs.getString("unit"), rs.getString("commune"));
    }

    private static ContestStanding readStanding(ResultSet rs) throws SQLException {
        return new ContestStanding(rs.getLong("account_id"), rs.getInt("score"), rs.getLong("duration_ms"),
                Sql.instant(rs, "last_submitted_at"), rs.getInt("rounds"), rs.getString("display_name"),
                rs.getString("unit"), rs.getString("commune"));
    }
}
