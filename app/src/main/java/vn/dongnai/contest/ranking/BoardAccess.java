package vn.dongnai.contest.ranking;

import io.micronaut.cache.annotation.Cacheable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.util.HashMap;
import java.util.Map;

/**
 * What the public boards ask MySQL: whether a board may be shown, and the catalog's headcounts for
 * the participation rate. Both are asked on every read, so both are cached for a few seconds
 * ({@code micronaut.caches.*} in application.properties).
 */
@Singleton
class BoardAccess {

    private final Sql sql;

    BoardAccess(Sql sql) {
        this.sql = sql;
    }

    /** The headcounts of the catalog's units and communes, by name. */
    record Headcounts(Map<String, Integer> units, Map<String, Integer> communes) {
    }

    /** Visibility is asked on every read; a few seconds of memory keeps a query off the hot path. */
    @Cacheable("round-board-visible")
    public boolean roundBoardVisible(long roundId) {
        return sql.one("""
                SELECT 1 AS visible FROM contest_round r JOIN contest c ON c.id = r.contest_id
                WHERE r.id = ? AND r.status IN ('PUBLISHED', 'CLOSED') AND r.leaderboard_visible = TRUE
                  AND c.status = 'PUBLISHED'""", rs -> true, roundId).isPresent();
    }

    public boolean contestBoardVisible(long contestId) {
        return sql.one("SELECT 1 AS visible FROM contest WHERE id = ? AND status = 'PUBLISHED' AND overall_board = TRUE",
                rs -> true, contestId).isPresent();
    }

    /** The catalog changes rarely; a minute of staleness costs nothing and saves a query per read. */
    @Cacheable("board-headcounts")
    public Headcounts headcounts() {
        return new Headcounts(headcounts("unit"), headcounts("commune"));
    }

    private Map<String, Integer> headcounts(String catalog) {
        Map<String, Integer> headcounts = new HashMap<>();
        sql.list("SELECT name, headcount FROM " + catalog + " WHERE headcount IS NOT NULL",
                rs -> headcounts.put(rs.getString("name"), rs.getInt("headcount")));
        return Map.copyOf(headcounts);
    }
}
