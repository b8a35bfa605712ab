package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Closing rounds, the frozen ranking with each entry's reasons, reopening and rebuilding boards. */
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class RankingController {

    private final RoundCloser closer;
    private final Leaderboards leaderboards;
    private final Sql sql;

    RankingController(RoundCloser closer, Leaderboards leaderboards, Sql sql) {
        this.closer = closer;
        this.leaderboards = leaderboards;
        this.sql = sql;
    }

    @Post("/rounds/{roundId}/close")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.ADMIN})
    RoundCloser.Snapshot close(long roundId, Authentication authentication) {
        return closer.close(roundId, actor(authentication), name(authentication));
    }

    @Serdeable
    record Reason(@Nullable String reason) {
    }

    @Post("/rounds/{roundId}/reopen")
    @Secured(Role.ADMIN)
    Map<String, Object> reopen(long roundId, @Body Reason body, Authentication authentication) {
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.length() < 5 || reason.length() > 500) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "REASON_REQUIRED",
                    "Cần nêu lý do mở lại đợt thi (5–500 ký tự).", "A reason (5–500 characters) is required.");
        }
        closer.reopen(roundId, actor(authentication), name(authentication), reason);
        return Map.of("roundId", roundId, "status", "PUBLISHED");
    }

    @Serdeable
    record RankedEntry(int rank, long accountId, String displayName, @Nullable String unit, String commune, int score,
                       int correctCount, int questionCount, @Nullable Long prediction, @Nullable Long predictionError,
                       long durationMs, Instant submittedAt, long attemptId, RankingPolicy.DecidedBy decidedBy) {
    }

    @Serdeable
    record FrozenRanking(RoundCloser.Snapshot snapshot, List<RankedEntry> entries) {
    }

    /** A page of the frozen ranking; each entry says which link of the chain put it above the next. */
    @Get("/rounds/{roundId}/ranking")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.ADMIN})
    FrozenRanking ranking(long roundId, @QueryValue(defaultValue = "0") int offset,
                          @QueryValue(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PAGE", "Tham số phân trang không hợp lệ.",
                    "offset ≥ 0 and 1 ≤ limit ≤ 500.");
        }
        RoundCloser.Snapshot snapshot = closer.snapshot(roundId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "NOT_CLOSED", "Đợt thi chưa khóa nên chưa có bảng xếp hạng chính thức.", "The round has no frozen ranking yet."));
        List<Entry> rows = sql.list("""
                SELECT r.rank_no, r.account_id, r.attempt_id, r.score, r.correct_count, r.question_count, r.prediction,
                       r.duration_ms, r.submitted_at, p.display_name, p.unit, p.commune
                FROM ranked_entry r JOIN participant p ON p.account_id = r.account_id
                WHERE r.round_id = ? AND r.rank_no > ? ORDER BY r.rank_no LIMIT ?""",
                rs -> new Entry(roundId, rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getObject(7, Long.class), rs.getLong(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                        rs.getString(11), rs.getString(12)), roundId, offset, limit + 1);
        List<RankedEntry> page = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            Entry e = rows.get(i);
            Entry below = i + 1 < rows.size() ? rows.get(i + 1) : null;
            page.add(new RankedEntry(offset + i + 1, e.accountId(), e.displayName(), e.unit(), e.commune(), e.score(),
                    e.correctCount(), e.questionCount(), e.prediction(),
                    RankingPolicy.predictionError(e.prediction(), snapshot.predictionActual()), e.durationMs(),
                    e.submittedAt(), e.attemptId(), RankingPolicy.decidedBy(e, below, snapshot.predictionActual())));
        }
        return new FrozenRanking(snapshot, page);
    }

    /** The rebuild command: every board recomputed from MySQL. */
    @Post("/leaderboards/rebuild")
    @Secured(Role.ADMIN)
    Map<String, Object> rebuild() {
        return Map.of("boards", leaderboards.rebuildAll());
    }

    private static long actor(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }

    private static String name(Authentication authentication) {
        Object name = authentication.getAttributes().get("name");
        return name == null ? authentication.getName() : name.toString();
    }
}
