package vn.dongnai.contest.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.account.Role;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Page;
import vn.dongnai.contest.system.Sql;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/admin/audit}: the audit log for ADMIN, filtered and newest first. */
@Controller("/api/admin/audit")
@Secured(Role.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final Sql sql;
    private final JsonMapper json;

    AuditController(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Serdeable
    record Entry(long id, Instant at, @Nullable Long actorId, @Nullable String actorName, String action,
                 String entity, @Nullable String entityId, @Nullable Object before, @Nullable Object after) {
    }

    /**
     * @param actor  an account id, or a name (matched exactly)
     * @param from   inclusive, ISO-8601 instant
     * @param to     exclusive, ISO-8601 instant
     */
    @Get
    Page<Entry> search(@QueryValue @Nullable String actor, @QueryValue @Nullable String action,
                       @QueryValue @Nullable String entity, @QueryValue @Nullable String entityId,
                       @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                       @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        Page.check(page, size);
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
                where.append(" AND actor_name = ?");
                values.add(actor.strip());
            }
        }
        filter(where, values, "action", action);
        filter(where, values, "entity", entity);
        filter(where, values, "entity_id", entityId);
        if (from != null) {
            where.append(" AND at >= ?");
            values.add(from);
        }
        if (to != null) {
            where.append(" AND at < ?");
            values.add(to);
        }
        long total = sql.one("SELECT COUNT(*) FROM audit_log" + where, rs -> rs.getLong(1), values.toArray()).orElse(0L);
        List<Object> paged = new ArrayList<>(values);
        paged.add(size);
        paged.add((long) page * size);
        List<Entry> items = sql.list("""
                SELECT id, at, actor_id, actor_name, action, entity, entity_id, before_json, after_json
                FROM audit_log""" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                rs -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        parse(rs.getString(8)), parse(rs.getString(9))),
                paged.toArray());
        return new Page<>(items, page, size, total);
    }

    private static void filter(StringBuilder where, List<Object> values, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            values.add(value.strip());
        }
    }

    private Object parse(@Nullable String stored) {
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
