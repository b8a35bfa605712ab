package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a closed round's frozen ranking (ranked_entry): the committee's pages and the board it is shown on. */
@Singleton
class FrozenRankings {

    private final Sql sql;

    FrozenRankings(Sql sql) {
        this.sql = sql;
    }

    /** A frozen entry with its rank and the link of the chain that put it above the next one. */
    @Serdeable
    record RankedEntry(int rank, long accountId, String displayName, @Nullable String unit, String commune, int score,
                       int correctCount, int questionCount, @Nullable Long prediction, @Nullable Long predictionError,
                       long durationMs, Instant submittedAt, long attemptId, RankingPolicy.DecidedBy decidedBy) {
    }

    private record Ranked(int rank, Entry entry) {
    }

    private static final String RANKED = """
            SELECT r.rank_no, r.round_id, r.account_id, r.attempt_id, r.score, r.correct_count, r.question_count,
                   r.prediction, r.duration_ms, r.submitted_at, p.display_name, p.unit, p.commune
            FROM ranked_entry r JOIN participant p ON p.account_id = r.account_id
            WHERE r.round_id = ?""";

    /** The entries ranked after {@code offset}, at most {@code limit}; decided by the closed chain. */
    List<RankedEntry> page(long roundId, @Nullable Long actual, int offset, int limit) {
        List<Ranked> rows = sql.list(RANKED + " AND r.rank_no > ? ORDER BY r.rank_no LIMIT ?", FrozenRankings::read,
                roundId, offset, limit + 1);
        List<RankedEntry> page = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            Entry e = rows.get(i).entry();
            Entry below = i + 1 < rows.size() ? rows.get(i + 1).entry() : null;
            page.add(new RankedEntry(offset + i + 1, e.accountId(), e.displayName(), e.unit(), e.commune(), e.score(),
                    e.correctCount(), e.questionCount(), e.prediction(),
                    RankingChain.predictionError(e.prediction(), actual), e.durationMs(), e.submittedAt(),
                    e.attemptId(), RankingChain.CLOSED.decidedBy(e, below, actual)));
        }
        return page;
    }

    /** The whole frozen ranking placed on a board by rank. */
    List<LeaderboardStore.Placed> placed(long roundId) {
        return sql.list(RANKED + " ORDER BY r.rank_no", FrozenRankings::read, roundId).stream()
                .map(r -> new LeaderboardStore.Placed(
                        RankingChain.frozen(r.rank(), r.entry().submittedAt(), r.entry().attemptId()),
                        Leaderboards.line(r.entry())))
                .toList();
    }

    private static Ranked read(ResultSet rs) throws SQLException {
        return new Ranked(rs.getInt("rank_no"), new Entry(rs.getLong("round_id"), rs.getLong("account_id"),
                rs.getLong("attempt_id"), rs.getInt("score"), rs.getInt("correct_count"), rs.getInt("question_count"),
                Sql.nullableLong(rs, "prediction"), rs.getLong("duration_ms"), Sql.instant(rs, "submitted_at"),
                rs.getString("display_name"), rs.getString("unit"), rs.getString("commune")));
    }
}
