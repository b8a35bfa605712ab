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
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;

import java.util.List;
import java.util.Map;

/** Closing rounds, the frozen ranking with each entry's reasons, reopening and rebuilding boards. */
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class RankingController {

    private final RoundCloser closer;
    private final Leaderboards leaderboards;
    private final FrozenRankings frozen;

    RankingController(RoundCloser closer, Leaderboards leaderboards, FrozenRankings frozen) {
        this.closer = closer;
        this.leaderboards = leaderboards;
        this.frozen = frozen;
    }

    @Post("/rounds/{roundId}/close")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.ADMIN})
    RoundCloser.Snapshot close(long roundId, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return closer.close(roundId, actor.id(), actor.name());
    }

    @Serdeable
    record Reason(@Nullable String reason) {
    }

    /** A reopened round: open for attempts again, its frozen ranking dropped. */
    @Serdeable
    record Reopened(long roundId, String status) {
    }

    @Post("/rounds/{roundId}/reopen")
    @Secured(Role.ADMIN)
    Reopened reopen(long roundId, @Body Reason body, Authentication authentication) {
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.length() < 5 || reason.length() > 500) {
            // the code the console knows, with the field named as every other 422 names it
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "REASON_REQUIRED",
                    "Cần nêu lý do mở lại đợt thi (5–500 ký tự).", "A reason (5–500 characters) is required.",
                    new FieldErrors().add("reason", "LENGTH", "Lý do phải từ 5 đến 500 ký tự.",
                            "The reason must be 5 to 500 characters.").list(), Map.of());
        }
        Actor actor = Actor.of(authentication);
        closer.reopen(roundId, actor.id(), actor.name(), reason);
        return new Reopened(roundId, "PUBLISHED");
    }

    @Serdeable
    record FrozenRanking(RoundCloser.Snapshot snapshot, List<FrozenRankings.RankedEntry> entries) {
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
        return new FrozenRanking(snapshot, frozen.page(roundId, snapshot.predictionActual(), offset, limit));
    }

    /** How many boards the rebuild recomputed. */
    @Serdeable
    record Rebuilt(int boards) {
    }

    /** The rebuild command: every board recomputed from MySQL. */
    @Post("/leaderboards/rebuild")
    @Secured(Role.ADMIN)
    Rebuilt rebuild() {
        return new Rebuilt(leaderboards.rebuildAll());
    }
}
