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
import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
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
    private final Sql sql;
    private final Clock clock;
    private volatile Map<String, Integer> unitHeadcounts = Map.of();
    private volatile Map<String, Integer> communeHeadcounts = Map.of();
    private volatile Instant headcountsLoadedAt = Instant.EPOCH;
    private final Map<Long, Visibility> visibility = new java.util.concurrent.ConcurrentHashMap<>();

    LeaderboardController(LeaderboardStore store, Leaderboards leaderboards, Sql sql, Clock clock) {
        this.store = store;
        this.leaderboards = leaderboards;
        this.sql = sql;
        this.clock = clock;
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
        LeaderboardStore.Row row = redis(() -> store.me(board, Long.parseLong(authentication.getName())));
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

    /** Visibility is asked on every read; a few seconds of memory keeps a query off the hot path. */
    private void visibleRound(long roundId) {
        Instant now = clock.instant();
        Visibility known = visibility.get(roundId);
        if (known == null || known.checkedAt().plusSeconds(5).isBefore(now)) {
            known = new Visibility(now, queryVisible(roundId));
            visibility.put(roundId, known);
        }
        if (!known.visible()) {
            throw ApiException.notFound("bảng xếp hạng");
        }
    }

    private record Visibility(Instant checkedAt, boolean visible) {
    }

    private boolean queryVisible(long roundId) {
        return sql.one("""
                SELECT 1 FROM contest_round r JOIN contest c ON c.id = r.contest_id
                WHERE r.id = ? AND r.status IN ('PUBLISHED', 'CLOSED') AND r.leaderboard_visible = TRUE
                  AND c.status = 'PUBLISHED'""", rs -> true, roundId).isPresent();
    }

    private void overallContest(long contestId) {
        if (sql.one("SELECT 1 FROM contest WHERE id = ? AND status = 'PUBLISHED' AND overall_board = TRUE",
                rs -> true, contestId).isEmpty()) {
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
        refreshHeadcounts();
        return unitHeadcounts;
    }

    private Map<String, Integer> communeHeadcounts() {
        refreshHeadcounts();
        return communeHeadcounts;
    }

    /** The catalog changes rarely; a minute of staleness costs nothing and saves a query per read. */
    private void refreshHeadcounts() {
        Instant now = clock.instant();
        if (headcountsLoadedAt.plus(Duration.ofMinutes(1)).isAfter(now)) {
            return;
        }
        Map<String, Integer> units = new HashMap<>();
        sql.list("SELECT name, headcount FROM unit WHERE headcount IS NOT NULL", rs -> units.put(rs.getString(1), rs.getInt(2)));
        Map<String, Integer> communes = new HashMap<>();
        sql.list("SELECT name, headcount FROM commune WHERE headcount IS NOT NULL", rs -> communes.put(rs.getString(1), rs.getInt(2)));
        unitHeadcounts = Map.copyOf(units);
        communeHeadcounts = Map.copyOf(communes);
        headcountsLoadedAt = now;
    }
}
