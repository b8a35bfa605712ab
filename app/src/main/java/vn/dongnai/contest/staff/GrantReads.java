package vn.dongnai.contest.staff;

import io.micronaut.cache.annotation.Cacheable;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.util.List;

/**
 * What {@link ContestGrants} asks on every organizer call, cached in this node (Micronaut Cache on
 * Caffeine: one load per key for all concurrent callers). An unknown contest or round answers null,
 * which is not cached: it may be created the next moment.
 */
@Singleton
class GrantReads {

    static final String GRANTS = "staff-grants";
    static final String CONTEST_UNITS = "contest-units";
    static final String ROUND_CONTESTS = "round-contests";

    /** A contest's organizing unit; {@code unit} null when it has none. */
    record ContestUnit(long contestId, @Nullable String unit) {
    }

    private final Sql sql;

    GrantReads(Sql sql) {
        this.sql = sql;
    }

    @Cacheable(value = GRANTS, atomic = true)
    List<GrantRule.Grant> grantsOf(long accountId) {
        return load(accountId);
    }

    /** Read fresh, for lists and for a new contest's unit. */
    List<GrantRule.Grant> load(long accountId) {
        return List.copyOf(sql.list("""
                SELECT id, role, contest_id, organizing_unit FROM staff_grant WHERE account_id = ? ORDER BY id""",
                rs -> new GrantRule.Grant(rs.getLong("id"), rs.getString("role"), Sql.nullableLong(rs, "contest_id"),
                        rs.getString("organizing_unit")), accountId));
    }

    @Cacheable(value = CONTEST_UNITS, atomic = true)
    @Nullable ContestUnit unitOf(long contestId) {
        return sql.one("SELECT id, organizing_unit FROM contest WHERE id = ?",
                rs -> new ContestUnit(rs.getLong("id"), rs.getString("organizing_unit")), contestId).orElse(null);
    }

    /** A round never moves to another contest: this cache is bounded in size only. */
    @Cacheable(value = ROUND_CONTESTS, atomic = true)
    @Nullable Long contestOfRound(long roundId) {
        return sql.one("SELECT contest_id FROM contest_round WHERE id = ?", rs -> rs.getLong("contest_id"), roundId)
                .orElse(null);
    }
}
