package vn.dongnai.contest.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.export.XlsxStream;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Labels;
import vn.dongnai.contest.system.Page;
import vn.dongnai.contest.system.Sql;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the audit log for ADMIN: a filtered page with readable changes, a count, the rows of an export. */
@Singleton
class AuditSearch {

    private final Sql sql;
    private final JsonMapper json;

    AuditSearch(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Serdeable
    record Entry(long id, Instant at, @Nullable Long actorId, @Nullable String actorName, String action,
                 String entity, @Nullable String entityId, @Nullable Object before, @Nullable Object after,
                 List<AuditDiff.Change> changes) {
    }

    /** The WHERE clause of a search and its values. */
    record Filter(String where, List<Object> values) {
    }

    private static final String COLUMNS = "SELECT id, at, actor_id, actor_name, action, entity, entity_id, before_json, after_json FROM audit_log";

    /** Newest first; {@code page} and {@code size} already checked ({@link Page#check}). */
    Page<Entry> page(Filter filter, int page, int size) {
        long total = count(filter);
        List<Object> paged = new ArrayList<>(filter.values());
        paged.add(size);
        paged.add((long) page * size);
        List<Entry> items = sql.list(COLUMNS + filter.where() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                this::entry, paged.toArray());
        return new Page<>(items, page, size, total);
    }

    long count(Filter filter) {
        return sql.one("SELECT COUNT(*) AS entries FROM audit_log" + filter.where(), rs -> rs.getLong("entries"),
                filter.values().toArray()).orElse(0L);
    }

    /** The filtered log into a table, newest first, streamed: Vietnamese labels, one summary of the changes per entry. */
    void export(Filter filter, XlsxStream.Table table) {
        sql.stream(COLUMNS + filter.where() + " ORDER BY at DESC, id DESC", rs -> {
            Entry entry = entry(rs);
            String name = entry.actorName();
            table.row(AuditDiff.TIME.format(entry.at()),
                    name == null || "system".equals(name) ? actorText(name, entry.actorId()) : name,
                    Labels.of("auditAction", entry.action()), Labels.of("entity", entry.entity()), entry.entityId(),
                    AuditDiff.summary(entry.changes()));
        }, filter.values().toArray());
    }

    /** The platform itself (the first admin account, a lockout) is "system" in the log: "Hệ thống" to a reader. */
    private static String actorText(@Nullable String name, @Nullable Long id) {
        return "system".equals(name) || id == null ? "Hệ thống" : "#" + id;
    }

    /**
     * @param actor  an account id, or part of a name
     * @param action one action code, or several separated by commas
     * @param from   inclusive
     * @param to     exclusive
     */
    Filter filter(@Nullable String actor, @Nullable String action, @Nullable String entity,
                  @Nullable String entityId, @Nullable Instant from, @Nullable Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            new FieldErrors().add("to", "BEFORE_FROM", "Thời điểm kết thúc phải sau thời điểm bắt đầu.",
                    "to must be after from.").throwIfAny();
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            if (actor.strip().matches("\\d{1,18}")) {
                where.append(" AND actor_id = ?");
                values.add(Long.parseLong(actor.strip()));
            } else {
                where.append(" AND actor_name LIKE ?");
                values.add("%" + actor.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (action != null && !action.isBlank()) {
            List<String> actions = Arrays.stream(action.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            if (!actions.isEmpty()) {
                where.append(" AND action IN (").append(Sql.marks(actions.size())).append(")");
                values.addAll(actions);
            }
        }
        equal(where, values, "entity", entity);
        equal(where, values, "entity_id", entityId);
        if (from != null) {
            where.append(" AND at >= ?");
            values.add(from);
        }
        if (to != null) {
            where.append(" AND at < ?");
            values.add(to);
        }
        return new Filter(where.toString(), values);
    }

    private static void equal(StringBuilder where, List<Object> values, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            values.add(value.strip());
        }
    }

    private Entry entry(ResultSet rs) throws SQLException {
        String entity = rs.getString("entity");
        String action = rs.getString("action");
        Object was = parse(rs.getString("before_json"));
        Object is = parse(rs.getString("after_json"));
        return new Entry(rs.getLong("id"), Sql.instant(rs, "at"), Sql.nullableLong(rs, "actor_id"),
                rs.getString("actor_name"), action, entity, rs.getString("entity_id"), was, is,
                AuditDiff.changes(entity, action, was, is));
    }

    private @Nullable Object parse(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Object.class);
        } catch (IOException e) {
            return stored;
        }
    }
}
