package vn.dongnai.contest.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import vn.dongnai.contest.export.XlsxStream;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.Labels;
import vn.dongnai.contest.system.Page;
import vn.dongnai.contest.system.Role;

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
 * its readable changes ({@link AuditSearch}); {@code GET /api/admin/audit/export}: the same filter as an .xlsx file.
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

    private final AuditSearch log;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService executor;

    AuditController(AuditSearch log, AuditLog audit, Clock clock,
                    @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.log = log;
        this.audit = audit;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * @param actor  an account id, or part of a name
     * @param action one action code, or several separated by commas (the console's Vietnamese search
     *               may match more than one)
     * @param from   inclusive, ISO-8601 instant
     * @param to     exclusive, ISO-8601 instant
     */
    @Get
    Page<AuditSearch.Entry> search(@QueryValue @Nullable String actor, @QueryValue @Nullable String action,
                                   @QueryValue @Nullable String entity, @QueryValue @Nullable String entityId,
                                   @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                   @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        Page.check(page, size);
        return log.page(log.filter(actor, action, entity, entityId, from, to), page, size);
    }

    /** The filtered log as .xlsx, newest first, streamed; the export itself is audited before its first byte. */
    @Get("/export")
    HttpResponse<StreamedFile> export(@QueryValue @Nullable String actor, @QueryValue @Nullable String action,
                                      @QueryValue @Nullable String entity, @QueryValue @Nullable String entityId,
                                      @QueryValue @Nullable Instant from, @QueryValue @Nullable Instant to,
                                      Authentication authentication) {
        AuditSearch.Filter filter = log.filter(actor, action, entity, entityId, from, to);
        long total = log.count(filter);
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
            log.export(filter, table);
        }, about, executor);
        String file = "nhat-ky-thao-tac-" + AuditDiff.TIME.format(clock.instant()).substring(0, 10).replace('/', '-') + ".xlsx";
        return HttpResponse.ok(new StreamedFile(body, XLSX).attach(file)).header("Cache-Control", "no-store");
    }

    private static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            map.put(key, value.toString());
        }
    }
}
