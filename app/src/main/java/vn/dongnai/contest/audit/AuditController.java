package vn.dongnai.contest.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Named;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.export.XlsxStream;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Labels;
import vn.dongnai.contest.system.Page;
import vn.dongnai.contest.system.Sql;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * {@code GET /api/admin/audit}: the audit log for ADMIN, filtered and newest first, each entry with
 * its readable changes; {@code GET /api/admin/audit/export}: the same filter as an .xlsx file.
 */
@Controller("/api/admin/audit")
@Secured(Role.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    static final MediaType XLSX = new MediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final List<String> EXPORT_COLUMNS = List.of("Thời điểm (giờ Việt Nam)", "Người thực hiện", "Thao tác",
            "Đối tượng", "Mã đối tượng", "Thay đổi");
    /** An export beyond this many entries asks for a narrower filter (a year of a busy contest is far less). */
    static final int EXPORT_LIMIT = 200_000;

    private final Sql sql;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService executor;

    AuditController(Sql sql, JsonMapper json, AuditLog audit, Clock clock,
                    @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sql = sql;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
        this.executor = executor;
    }

    @Serdeable
    record Entry(long id, Instant at, @Nullable Long actorId, @Nullable String actorName, String action,
                 String entity, @Nullable String entityId, @Nullable Object before, @Nullable Object after,
                 List<AuditDiff.Change> changes) {
    }

    /** The WHERE clause of a search and its values. */
    private record Filter(String where, List<Object> values) {
    }

    /**
     * @param actor  an account id, or part of a name
     * @param action one action code, or several separated by commas (the console's Vietnamese search
     *               may match more than one)
     * @param from   inclusive, ISO-8601 instant
     * @param to     exclusive, ISO-8601 instant
     */
    @Get
    Page<Entry> search(@QueryValue @Nullable String actor, @QueryValue @Nullable String action,
                       @QueryValue @Nullable String entity, @QueryValue @Nullable String entityId,
                       @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                       @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        Page.check(page, size);
        Filter filter = filter(actor, action, entity, entityId, from, to);
        long total = sql.one("SELECT COUNT(*) FROM audit_log" + filter.where(), rs -> rs.getLong(1),
                filter.values().toArray()).orElse(0L);
        List<Object> paged = new ArrayList<>(filter.values());
        paged.add(size);
        paged.add((long) page * size);
        List<Entry> items = sql.list("""
                SELECT id, at, actor_id, actor_name, action, entity, entity_id, before_json, after_json
                FROM audit_log""" + filter.where() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                rs -> entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)),
                paged.toArray());
        return new Page<>(items, page, size, total);
    }

    /** The filtered log as .xlsx, newest first, streamed; the export itself is audited before its first byte. */
    @Get("/export")
    HttpResponse<StreamedFile> export(@QueryValue @Nullable String actor, @QueryValue @Nullable String action,
                                      @QueryValue @Nullable String entity, @QueryValue @Nullable String entityId,
                                      @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                      Authentication authentication) {
        Filter filter = filter(actor, action, entity, entityId, from, to);
        long total = sql.one("SELECT COUNT(*) FROM audit_log" + filter.where(), rs -> rs.getLong(1),
                filter.values().toArray()).orElse(0L);
        if (total > EXPORT_LIMIT) {
            new FieldErrors().add("to", "TOO_MANY_ENTRIES",
                    "Quá nhiều mục (" + total + "), vui lòng thu hẹp khoảng thời gian (tối đa " + EXPORT_LIMIT + " mục).",
                    "Too many entries (" + total + "); narrow the date range (" + EXPORT_LIMIT + " at most).")
                    .throwIfAny();
        }
        Actor who = Actor.of(authentication);
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("format", "xlsx");
        asked.put("rows", total);
        putIfSet(asked, "actor", actor);
        putIfSet(asked, "action", action);
        putIfSet(asked, "entity", entity);
        putIfSet(asked, "entityId", entityId);
        putIfSet(asked, "from", from);
        putIfSet(asked, "to", to);
        audit.record(who, "AUDIT_EXPORTED", "audit", null, null, asked);

        List<String[]> about = new ArrayList<>();
        about.add(new String[]{"Nội dung", "Nhật ký thao tác"});
        about.add(new String[]{"Từ (giờ Việt Nam)", from == null ? "" : AuditDiff.TIME.format(from)});
        about.add(new String[]{"Đến (giờ Việt Nam)", to == null ? "" : AuditDiff.TIME.format(to)});
        about.add(new String[]{"Thao tác", action == null ? "" : Arrays.stream(action.split(","))
                .map(a -> Labels.of("auditAction", a.strip())).reduce((a, b) -> a + ", " + b).orElse("")});
        about.add(new String[]{"Người thực hiện", actor == null ? "" : actor});
        about.add(new String[]{"Đối tượng", entity == null ? "" : Labels.of("entity", entity)
                + (entityId == null ? "" : " " + entityId)});
        about.add(new String[]{"Số mục", String.valueOf(total)});
        about.add(new String[]{"Thời điểm xuất (giờ Việt Nam)", AuditDiff.TIME.format(clock.instant())});
        about.add(new String[]{"Người xuất", who.name()});

        var body = XlsxStream.start("Nhật ký", table -> {
            table.header(EXPORT_COLUMNS);
            sql.stream("""
                    SELECT at, actor_id, actor_name, action, entity, entity_id, before_json, after_json
                    FROM audit_log""" + filter.where() + " ORDER BY at DESC, id DESC",
                    rs -> {
                        String act = rs.getString(4);
                        String kind = rs.getString(5);
                        List<AuditDiff.Change> changes = AuditDiff.changes(kind, act, parse(rs.getString(7)),
                                parse(rs.getString(8)));
                        String name = rs.getString(3);
                        table.row(AuditDiff.TIME.format(rs.getTimestamp(1).toInstant()),
                                name == null || "system".equals(name) ? actorText(name, rs.getObject(2, Long.class)) : name,
                                Labels.of("auditAction", act), Labels.of("entity", kind), rs.getString(6),
                                AuditDiff.summary(changes));
                    },
                    filter.values().toArray());
        }, about, executor);
        String file = "nhat-ky-thao-tac-" + AuditDiff.TIME.format(clock.instant()).substring(0, 10).replace('/', '-') + ".xlsx";
        return HttpResponse.ok(new StreamedFile(body, XLSX).attach(file)).header("Cache-Control", "no-store");
    }

    /** The platform itself (the first admin account, a lockout) is "system" in the log: "Hệ thống" to a reader. */
    private static String actorText(@Nullable String name, @Nullable Long id) {
        return "system".equals(name) || id == null ? "Hệ thống" : "#" + id;
    }

    private static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            map.put(key, value.toString());
        }
    }

    private Filter filter(@Nullable String actor, @Nullable String action, @Nullable String entity,
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
            where.append(" AND action IN (").append(String.join(", ", actions.stream().map(a -> "?").toList())).append(")");
            values.addAll(actions);
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

    private Entry entry(long id, Instant at, @Nullable Long actorId, @Nullable String actorName, String action,
                        String entity, @Nullable String entityId, @Nullable String before, @Nullable String after) {
        Object was = parse(before);
        Object is = parse(after);
        return new Entry(id, at, actorId, actorName, action, entity, entityId, was, is,
                AuditDiff.changes(entity, action, was, is));
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
