package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.attempt.AttemptDeadline;
import vn.dongnai.contest.attempt.AttemptService;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.AfterCommit;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing a round (khóa đợt thi): the prediction's actual value is counted, the final ranking is
 * computed in MySQL with the whole chain, frozen with a SHA-256 over its rows, and the board is
 * rebuilt from it. Closing again changes nothing; only an ADMIN can reopen, and it is audited.
 */
@Singleton
public class RoundCloser {

    private static final Logger LOG = LoggerFactory.getLogger(RoundCloser.class);

    private final Sql sql;
    private final Entries entries;
    private final AttemptService attempts;
    private final Leaderboards leaderboards;
    private final AuditLog audit;
    private final AfterCommit afterCommit;
    private final Clock clock;
    private final List<RoundReopenGuard> reopenGuards;
    private final Rounds rounds;

    RoundCloser(Sql sql, Entries entries, AttemptService attempts, Leaderboards leaderboards, AuditLog audit,
                AfterCommit afterCommit, Clock clock, List<RoundReopenGuard> reopenGuards, Rounds rounds) {
        this.sql = sql;
        this.rounds = rounds;
        this.entries = entries;
        this.attempts = attempts;
        this.leaderboards = leaderboards;
        this.audit = audit;
        this.afterCommit = afterCommit;
        this.clock = clock;
        this.reopenGuards = reopenGuards;
    }

    /** The frozen ranking's identity: what the committee signs and what any export can be checked against. */
    @Serdeable
    public record Snapshot(long roundId, Instant computedAt, @Nullable Long predictionActual, int entryCount,
                           String contentHash) {
    }

    private record RoundState(long id, String status, Instant closesAt, int graceSeconds, String predictionKind) {

        static final String SELECT_LOCKED =
                "SELECT id, status, closes_at, grace_seconds, prediction_kind FROM contest_round WHERE id = ? FOR UPDATE";

        static RoundState read(ResultSet rs) throws SQLException {
            return new RoundState(rs.getLong("id"), rs.getString("status"), Sql.instant(rs, "closes_at"),
                    rs.getInt("grace_seconds"), rs.getString("prediction_kind"));
        }

        Instant closableAt() {
            return AttemptDeadline.roundClosableAt(closesAt, graceSeconds);
        }
    }

    @Transactional
    public Snapshot close(long roundId, @Nullable Long actorId, String actorName) {
        RoundState round = sql.one(RoundState.SELECT_LOCKED, RoundState::read, roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        Optional<Snapshot> existing = snapshot(roundId);
        if (ContestRound.closed(round.status()) && existing.isPresent()) {
            return existing.get();
        }
        if (!"PUBLISHED".equals(round.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "ROUND_NOT_PUBLISHED",
                    "Đợt thi chưa được công bố nên không thể khóa.", "Only a published round can be closed.");
        }
        Instant now = clock.instant();
        if (!AttemptDeadline.roundClosable(now, round.closesAt(), round.graceSeconds())) {
            throw new ApiException(HttpStatus.CONFLICT, "ROUND_STILL_OPEN",
                    "Đợt thi chưa kết thúc; chỉ khóa được sau giờ đóng và thời gian gia hạn.",
                    "The round has not ended yet (closing time plus grace).", List.of(),
                    // closableAt: the moment closing becomes possible, which the console shows
                    Map.of("closesAt", round.closesAt().toString(),
                            "closableAt", round.closableAt().toString()));
        }
        attempts.closeOpenAttempts(roundId);
        Long actual = switch (round.predictionKind()) {
            case "PARTICIPANTS" -> entries.participants(roundId);
            case "ALL_CORRECT" -> entries.allCorrect(roundId);
            default -> null;
        };
        List<Entry> ranking = entries.finalRanking(roundId, actual);
        List<Object[]> rows = new ArrayList<>(ranking.size());
        List<String> lines = new ArrayList<>(ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
            Entry e = ranking.get(i);
            rows.add(new Object[]{roundId, i + 1, e.accountId(), e.attemptId(), e.score(), e.correctCount(),
                    e.questionCount(), e.prediction(), RankingPolicy.predictionError(e.prediction(), actual),
                    e.durationMs(), e.submittedAt()});
            lines.add(RankingPolicy.canonicalLine(i + 1, e, actual));
        }
        sql.batch("""
                INSERT INTO ranked_entry (round_id, rank_no, account_id, attempt_id, score, correct_count, question_count,
                                          prediction, prediction_error, duration_ms, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        Snapshot snapshot = new Snapshot(roundId, now, actual, ranking.size(), RankingPolicy.contentHash(lines));
        sql.update("""
                INSERT INTO ranking_snapshot (round_id, computed_at, prediction_actual, entry_count, content_hash, closed_by)
                VALUES (?, ?, ?, ?, ?, ?)""", roundId, now, actual, ranking.size(), snapshot.contentHash(), actorId);
        rounds.close(roundId, now, actual);
        audit.record(actorId, actorName, "ROUND_CLOSED", "round", roundId, Map.of("status", round.status()), snapshot);
        rebuildAfterCommit(roundId);
        return snapshot;
    }

    /** ADMIN only: the frozen ranking is dropped and the round is live again until closed by hand. */
    @Transactional
    public void reopen(long roundId, long actorId, String actorName, String reason) {
        RoundState round = sql.one(RoundState.SELECT_LOCKED, RoundState::read, roundId)
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
        if (!ContestRound.closed(round.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "ROUND_NOT_CLOSED", "Đợt thi chưa bị khóa.", "The round is not closed.");
        }
        reopenGuards.forEach(guard -> guard.checkReopen(roundId));
        Snapshot before = snapshot(roundId).orElse(null);
        sql.update("DELETE FROM ranked_entry WHERE round_id = ?", roundId);
        sql.update("DELETE FROM ranking_snapshot WHERE round_id = ?", roundId);
        rounds.reopen(roundId, clock.instant());
        audit.record(actorId, actorName, "ROUND_REOPENED", "round", roundId, before, Map.of("reason", reason));
        rebuildAfterCommit(roundId);
    }

    public Optional<Snapshot> snapshot(long roundId) {
        return sql.one("SELECT round_id, computed_at, prediction_actual, entry_count, content_hash FROM ranking_snapshot "
                        + "WHERE round_id = ?", rs -> new Snapshot(rs.getLong("round_id"), Sql.instant(rs, "computed_at"),
                        Sql.nullableLong(rs, "prediction_actual"), rs.getInt("entry_count"), rs.getString("content_hash")),
                roundId);
    }

    /** Rounds close on their own once their window and grace are over ({@link AttemptDeadline#roundClosable}). */
    @Scheduled(fixedDelay = "${contest.rounds.auto-close-interval:30s}", initialDelay = "20s")
    void closeEndedRounds() {
        List<Long> ended = sql.list("""
                SELECT id FROM contest_round
                WHERE status = 'PUBLISHED' AND auto_close = TRUE AND %s <= ?""".formatted(
                        AttemptDeadline.graceEndSql("closes_at", "grace_seconds")),
                rs -> rs.getLong("id"), clock.instant());
        for (long roundId : ended) {
            try {
                Snapshot snapshot = close(roundId, null, "system");
                LOG.info("Round {} closed: {} entries, ranking {}", roundId, snapshot.entryCount(), snapshot.contentHash());
            } catch (RuntimeException e) {
                LOG.warn("Round {} could not be closed: {}", roundId, e.getMessage());
            }
        }
    }

    /** The board follows the frozen ranking once it is committed; a failure leaves it to the rebuild. */
    private void rebuildAfterCommit(long roundId) {
        afterCommit.run(() -> {
            try {
                leaderboards.rebuildRound(roundId);
            } catch (RuntimeException e) {
                LOG.warn("Board of round {} not rebuilt ({}); run the rebuild", roundId, e.getClass().getSimpleName());
            }
        });
    }
}
