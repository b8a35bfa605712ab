package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.account.Principals;
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Public boards: nothing personal beyond the masked name, unit and commune. Served from Redis;
 * when Redis is away they answer 503 (entries are safe in MySQL and the boards catch up).
 */
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
// Reads wait on Redis, almost never on MySQL: on virtual threads they do not queue behind the
// bounded pool that starts and submits share at a peak (docs/performance.md).
@ExecuteOn(TaskExecutors.VIRTUAL)
class LeaderboardController {

    private static final int MAX_LIMIT = 100;
    private static final long MAX_OFFSET = 10_000_000;
    private static final String STALE_HEADER = "X-Leaderboard-Stale";

    private final LeaderboardStore store;
    private final Leaderboards leaderboards;
    private final BoardAccess access;

    LeaderboardController(LeaderboardStore store, Leaderboards leaderboards, BoardAccess access) {
        this.store = store;
        this.leaderboards = leaderboards;
        this.access = access;
    }

    @Serdeable
    record Row(long rank, String displayName, @Nullable String unit, String commune, int score, long durationMs) {
        static Row of(LeaderboardStore.Row row) {
            BoardLine l = row.line();
            return new Row(row.rank(), l.displayName(), l.unit(), l.commune(), l.score(), l.durationMs());
        }
    }

    @Serdeable
    record Group(String name, long participants, @Nullable Integer headcount, @Nullable Double participationRate) {
    }

    @Get("/rounds/{roundId}/leaderboard")
    HttpResponse<List<Row>> roundBoard(long roundId, @QueryValue(defaultValue = "0") String offset,
                                       @QueryValue(defaultValue = "20") String limit) {
        visibleRound(roundId);
        return withStale(page(BoardKeys.round(roundId), offset, limit), roundId);
    }

    @Get("/rounds/{roundId}/leaderboard/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Row> roundMe(long roundId, Authentication authentication) {
        visibleRound(roundId);
        return withStale(me(BoardKeys.round(roundId), authentication), roundId);
    }

    @Get("/rounds/{roundId}/units")
    List<Group> roundUnits(long roundId) {
        visibleRound(roundId);
        return groups(redis(() -> store.units(BoardKeys.round(roundId))), unitHeadcounts());
    }

    @Get("/rounds/{roundId}/communes")
    List<Group> roundCommunes(long roundId) {
        visibleRound(roundId);
        return groups(redis(() -> store.communes(BoardKeys.round(roundId))), communeHeadcounts());
    }

    @Get("/contests/{contestId}/leaderboard")
    List<Row> contestBoard(long contestId, @QueryValue(defaultValue = "0") String offset,
                           @QueryValue(defaultValue = "20") String limit) {
        overallContest(contestId);
        return page(BoardKeys.contest(contestId), offset, limit);
    }

    @Get("/contests/{contestId}/leaderboard/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Row contestMe(long contestId, Authentication authentication) {
        overallContest(contestId);
        return me(BoardKeys.contest(contestId), authentication);
    }

    @Get("/contests/{contestId}/units")
    List<Group> contestUnits(long contestId) {
        overallContest(contestId);
        return groups(redis(() -> store.units(BoardKeys.contest(contestId))), unitHeadcounts());
    }

    @Get("/contests/{contestId}/communes")
    List<Group> contestCommunes(long contestId) {
        overallContest(contestId);
        return groups(redis(() -> store.communes(BoardKeys.contest(contestId))), communeHeadcounts());
    }

    private List<Row> page(BoardKeys board, String offsetText, String limitText) {
        long offset = number(offsetText, "offset", 0, MAX_OFFSET);
        int limit = (int) number(limitText, "limit", 1, MAX_LIMIT);
        return redis(() -> store.page(board, offset, limit)).stream().map(Row::of).toList();
    }

    private Row me(BoardKeys board, Authentication authentication) {
        LeaderboardStore.Row row = redis(() -> store.me(board, Principals.accountId(authentication)));
        if (row == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "NOT_RANKED",
                    "Bạn chưa có bài thi nào được xếp hạng ở bảng này.", "You have no ranked entry on this board.");
        }
        return Row.of(row);
    }

    private <T> HttpResponse<T> withStale(T body, long roundId) {
        var response = HttpResponse.ok(body);
        return leaderboards.stale(roundId) ? response.header(STALE_HEADER, "true") : response;
    }

    private void visibleRound(long roundId) {
        if (!access.roundBoardVisible(roundId)) {
            throw ApiException.notFound("bảng xếp hạng");
        }
    }

    private void overallContest(long contestId) {
        if (!access.contestBoardVisible(contestId)) {
            throw ApiException.notFound("bảng xếp hạng toàn cuộc thi");
        }
    }

    private static long number(String text, String field, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the field
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PAGE",
                "Tham số phân trang không hợp lệ.", "Invalid paging parameter.",
                List.of(new ApiError.FieldError(field, "OUT_OF_RANGE", field + " phải từ " + min + " đến " + max + ".",
                        field + " must be between " + min + " and " + max + ".")), Map.of());
    }

    private static <T> T redis(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (io.lettuce.core.RedisException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "LEADERBOARD_UNAVAILABLE",
                    "Bảng xếp hạng tạm thời chưa xem được; kết quả của bạn vẫn được lưu an toàn.",
                    "The leaderboard is temporarily unavailable; results are stored safely.");
        }
    }

    private static List<Group> groups(Map<String, Long> participants, Map<String, Integer> headcounts) {
        return participants.entrySet().stream().map(e -> {
                    Integer headcount = headcounts.get(e.getKey());
                    Double rate = headcount == null || headcount == 0 ? null
                            : Math.round(10_000.0 * e.getValue() / headcount) / 10_000.0;
                    return new Group(e.getKey(), e.getValue(), headcount, rate);
                })
                .sorted(Comparator.comparingLong(Group::participants).reversed().thenComparing(Group::name))
                .toList();
    }

    private Map<String, Integer> unitHeadcounts() {
        return access.headcounts().units();
    }

    private Map<String, Integer> communeHeadcounts() {
        return access.headcounts().communes();
    }
}
