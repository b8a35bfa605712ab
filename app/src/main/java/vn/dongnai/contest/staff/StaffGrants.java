package vn.dongnai.contest.staff;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An ADMIN grants staff members contests or organizing units, and assigns contests to units; all audited. */
@Singleton
class StaffGrants {

    static final int UNIT_MAX = 150;

    private final Sql sql;
    private final ContestGrants grants;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<OrganizingUnitChosen> unitChosen;

    StaffGrants(Sql sql, ContestGrants grants, AuditLog audit, Clock clock,
                ApplicationEventPublisher<OrganizingUnitChosen> unitChosen) {
        this.sql = sql;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
        this.unitChosen = unitChosen;
    }

    /** One grant as the console shows it; {@code contestName} only for a grant on a contest. */
    @Serdeable
    record GrantView(long id, long accountId, String role, @Nullable Long contestId, @Nullable String contestName,
                     @Nullable String organizingUnit, @Nullable String grantedBy, Instant grantedAt) {

        Map<String, Object> audited() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("role", role);
            if (contestId != null) {
                state.put("contestId", contestId);
                state.put("contest", contestName);
            } else {
                state.put("organizingUnit", organizingUnit);
            }
            return state;
        }
    }

    /** Either a contest or an organizing unit, never both. */
    @Serdeable
    record NewGrant(@Nullable String role, @Nullable Long contestId, @Nullable String organizingUnit) {
    }

    @Serdeable
    record UnitBody(@Nullable String organizingUnit) {
    }

    @Serdeable
    record ContestUnit(long contestId, @Nullable String organizingUnit) {
    }

    private static final String SELECT = """
            SELECT g.id, g.account_id, g.role, g.contest_id, c.name AS contest_name, g.organizing_unit,
                   b.full_name AS granted_by_name, g.granted_at
            FROM staff_grant g LEFT JOIN contest c ON c.id = g.contest_id LEFT JOIN account b ON b.id = g.granted_by
            """;

    /** Every grant of every staff member, for the staff screen (one call, not one per member). */
    List<GrantView> all() {
        return sql.list(SELECT + " ORDER BY g.account_id, g.id", StaffGrants::read);
    }

    List<GrantView> of(long accountId) {
        requireStaff(accountId, false);
        return sql.list(SELECT + " WHERE g.account_id = ? ORDER BY g.id", StaffGrants::read, accountId);
    }

    @Transactional
    GrantView add(Actor actor, long accountId, NewGrant body) {
        String roles = requireStaff(accountId, true);
        FieldErrors errors = new FieldErrors();
        String role = body.role() == null ? "" : body.role().strip().toUpperCase(Locale.ROOT);
        if (!GrantRule.CONTEST_ROLES.contains(role)) {
            errors.add("role", "UNKNOWN_ROLE", "Vai trò được phân theo cuộc thi phải là Ban tổ chức, Hội đồng xét giải hoặc Chủ tịch hội đồng.",
                    "The role must be ORGANIZER, COMMITTEE or COMMITTEE_CHAIR.");
        } else if (!List.of(roles.split(",")).contains(role)) {
            errors.add("role", "ROLE_NOT_HELD", "Cán bộ này chưa có vai trò đó; hãy thêm vai trò trước khi phân cuộc thi.",
                    "This member does not hold that role; add the role first.");
        }
        String unit = body.organizingUnit() == null ? null : FreeText.normalize(body.organizingUnit());
        if (unit != null && unit.isEmpty()) {
            unit = null;
        }
        if (body.contestId() == null && unit == null) {
            errors.add("contestId", "SCOPE_REQUIRED", "Chọn một cuộc thi hoặc nhập một đơn vị tổ chức.",
                    "Choose a contest or enter an organizing unit.");
        } else if (body.contestId() != null && unit != null) {
            errors.add("organizingUnit", "ONE_SCOPE", "Chỉ chọn một trong hai: cuộc thi hoặc đơn vị tổ chức.",
                    "Choose either a contest or an organizing unit, not both.");
        } else if (body.contestId() != null) {
            if (sql.one("SELECT id FROM contest WHERE id = ?", rs -> rs.getLong("id"), body.contestId()).isEmpty()) {
                errors.add("contestId", "NOT_FOUND", "Không tìm thấy cuộc thi này.", "No such contest.");
            }
        } else {
            checkUnit(errors, "organizingUnit", unit);
        }
        errors.throwIfAny();
        long id;
        try {
            id = sql.insert("""
                    INSERT INTO staff_grant (account_id, role, contest_id, organizing_unit, granted_by, granted_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", accountId, role, body.contestId(), unit, actor.id(), clock.instant());
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ApiException(HttpStatus.CONFLICT, "GRANT_EXISTS", "Cán bộ này đã được phân quyền như vậy.",
                        "This member already holds this grant.");
            }
            throw e;
        }
        GrantView added = find(id);
        audit.record(actor, "STAFF_GRANT_ADDED", "account", accountId, null, added.audited());
        grants.changed();
        return added;
    }

    /** Takes effect for the member's next request, on every node. */
    @Transactional
    void remove(Actor actor, long accountId, long grantId) {
        GrantView before = sql.one(SELECT + " WHERE g.id = ? AND g.account_id = ? FOR UPDATE", StaffGrants::read,
                        grantId, accountId)
                .orElseThrow(() -> ApiException.notFound("phân quyền"));
        sql.update("DELETE FROM staff_grant WHERE id = ?", grantId);
        audit.record(actor, "STAFF_GRANT_REMOVED", "account", accountId, before.audited(), null);
        grants.changed();
    }

    /**
     * Moves a contest into an organizing unit's scope (or out of every unit's, with none): the unit's
     * staff gain it, the previous unit's lose it unless granted the contest itself.
     */
    @Transactional
    ContestUnit setUnit(Actor actor, long contestId, UnitBody body) {
        String before = sql.one("SELECT organizing_unit FROM contest WHERE id = ? FOR UPDATE", rs -> {
            String u = rs.getString("organizing_unit");
            return u == null ? "" : u;
        }, contestId).orElseThrow(() -> ApiException.notFound("cuộc thi"));
        String unit = FreeText.normalize(body.organizingUnit());
        FieldErrors errors = new FieldErrors();
        if (!unit.isEmpty()) {
            checkUnit(errors, "organizingUnit", unit);
        }
        errors.throwIfAny();
        String after = unit.isEmpty() ? null : unit;
        unitChosen.publishEvent(new OrganizingUnitChosen(contestId, after));
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("organizingUnit", before.isEmpty() ? null : before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("organizingUnit", after);
        audit.record(actor, "CONTEST_UNIT_CHANGED", "contest", contestId, was, now);
        grants.changed();
        return new ContestUnit(contestId, after);
    }

    /** The units already in use (contests', grants') and the catalog's, for the console's picker. */
    List<String> knownUnits() {
        java.util.TreeSet<String> units = new java.util.TreeSet<>();
        units.addAll(sql.list("SELECT DISTINCT organizing_unit FROM contest WHERE organizing_unit IS NOT NULL",
                rs -> rs.getString("organizing_unit")));
        units.addAll(sql.list("SELECT DISTINCT organizing_unit FROM staff_grant WHERE organizing_unit IS NOT NULL",
                rs -> rs.getString("organizing_unit")));
        units.addAll(sql.list("SELECT name FROM unit WHERE active = TRUE AND CHAR_LENGTH(name) <= " + UNIT_MAX,
                rs -> rs.getString("name")));
        return List.copyOf(units);
    }

    private static void checkUnit(FieldErrors errors, String field, String unit) {
        if (unit.length() > UNIT_MAX) {
            errors.add(field, "TOO_LONG", "Tên đơn vị tổ chức tối đa " + UNIT_MAX + " ký tự.",
                    "The organizing unit has at most " + UNIT_MAX + " characters.");
        } else {
            FreeText.check(errors, field, unit);
        }
    }

    /** The staff member's roles; 404 when there is no such staff account. */
    private String requireStaff(long accountId, boolean lock) {
        return sql.one("SELECT roles FROM account WHERE id = ? AND username IS NOT NULL" + (lock ? " FOR UPDATE" : ""),
                        rs -> rs.getString("roles"), accountId)
                .orElseThrow(() -> ApiException.notFound("tài khoản cán bộ"));
    }

    private GrantView find(long id) {
        return sql.one(SELECT + " WHERE g.id = ?", StaffGrants::read, id).orElseThrow();
    }

    private static GrantView read(ResultSet rs) throws SQLException {
        return new GrantView(rs.getLong("id"), rs.getLong("account_id"), rs.getString("role"),
                Sql.nullableLong(rs, "contest_id"), rs.getString("contest_name"), rs.getString("organizing_unit"),
                rs.getString("granted_by_name"), Sql.instant(rs, "granted_at"));
    }
}
