package vn.dongnai.contest.contest;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.dongnai.contest.staff.OrganizingUnitChosen;
import vn.dongnai.contest.staff.OrganizingUnitCopied;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code contest} table's one mapping: {@link #COLUMNS} read by {@link #read} into a
 * {@link Contest}. Other features read contests here.
 */
@Singleton
public class Contests {

    /** The columns {@link #read} takes, of a {@code contest} aliased {@code c}. */
    static final String COLUMNS = """
            c.id, c.slug, c.name, c.description, c.organizer, c.rules_md, c.bank_id, c.status, c.created_at,
            c.updated_at, c.avoid_repeats_across_rounds, c.eligibility_min_age, c.eligibility_local_only,
            c.eligibility_groups, c.prize_md, c.brand_color, c.brand_logo_url, c.overall_board, c.support_hotline,
            c.support_hours, c.organizing_unit""";

    private final Sql sql;

    Contests(Sql sql) {
        this.sql = sql;
    }

    /** The contest (cached by the attempt engine: the table is quoted as in {@link Rounds#byId}). */
    public Optional<Contest> byId(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM `contest` c WHERE c.id = ?", Contests::read, id);
    }

    public Optional<Contest> bySlug(String slug) {
        return sql.one("SELECT " + COLUMNS + " FROM contest c WHERE c.slug = ?", Contests::read, slug);
    }

    /** Stores a new contest as given (the demo's, a test's); the organizer console creates them through its checks. */
    public Contest add(Contest contest) {
        long id = sql.insert("""
                        INSERT INTO contest (slug, name, description, organizer, rules_md, bank_id, status, created_at,
                                             updated_at, avoid_repeats_across_rounds, eligibility_min_age,
                                             eligibility_local_only, eligibility_groups, prize_md, brand_color,
                                             brand_logo_url, overall_board, support_hotline, support_hours, organizing_unit)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                contest.slug(), contest.name(), contest.description(), contest.organizer(), contest.rulesMd(),
                contest.bankId(), contest.status(), contest.createdAt(), contest.updatedAt(),
                contest.avoidRepeatsAcrossRounds(), contest.eligibilityMinAge(), contest.eligibilityLocalOnly(),
                groups(contest.eligibilityGroups()), contest.prizeMd(), contest.brandColor(), contest.brandLogoUrl(),
                contest.overallBoard(), contest.supportHotline(), contest.supportHours(), contest.organizingUnit());
        return contest.withId(id);
    }

    /** A contest's organizing unit, as staff/ chose it; inside the choosing transaction (a synchronous listener). */
    @EventListener
    void unitChosen(OrganizingUnitChosen event) {
        sql.update("UPDATE contest SET organizing_unit = ? WHERE id = ?", event.unit(), event.contestId());
    }

    /** A copy keeps the original's organizing unit; inside the copy's transaction (a synchronous listener). */
    @EventListener
    void unitCopied(OrganizingUnitCopied event) {
        sql.update("UPDATE contest SET organizing_unit = (SELECT u FROM (SELECT organizing_unit AS u FROM contest WHERE id = ?) o) "
                + "WHERE id = ?", event.fromContestId(), event.toContestId());
    }

    /** The published contests, oldest first, from {@code from} (the primary or the read replica). */
    static List<Contest> published(Sql from) {
        return from.list("SELECT " + COLUMNS + " FROM contest c WHERE c.status = ? ORDER BY c.id", Contests::read,
                Contest.PUBLISHED);
    }

    /** Participant groups are stored comma-separated, NULL for everyone. */
    static String groups(List<String> groups) {
        return groups.isEmpty() ? null : String.join(",", groups);
    }

    static Contest read(ResultSet rs) throws SQLException {
        String groups = rs.getString("eligibility_groups");
        return new Contest(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                rs.getString("organizer"), rs.getString("rules_md"), rs.getLong("bank_id"), rs.getString("status"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
                rs.getBoolean("avoid_repeats_across_rounds"), Sql.nullableInt(rs, "eligibility_min_age"),
                rs.getBoolean("eligibility_local_only"), groups == null ? List.of() : List.of(groups.split(",")),
                rs.getString("prize_md"), rs.getString("brand_color"), rs.getString("brand_logo_url"),
                rs.getBoolean("overall_board"), rs.getString("support_hotline"), rs.getString("support_hours"),
                rs.getString("organizing_unit"));
    }
}
