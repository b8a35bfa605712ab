package vn.dongnai.contest.report;

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
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.export.XlsxStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The final report (báo cáo tổng kết): its figures for the console, the .xlsx workbook and the Word
 * document for staff (each download audited), and the public results of a published contest.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    static final MediaType DOCX = MediaType.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportQuery query;
    private final PublishedResults published;
    private final AuditLog audit;
    private final ExecutorService executor;

    ReportController(ReportQuery query, PublishedResults published, AuditLog audit,
                     @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.query = query;
        this.published = published;
        this.audit = audit;
        this.executor = executor;
    }

    @Get("/admin/contests/{contestId}/report")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    ReportFigures figures(long contestId, @QueryValue @Nullable Long roundId) {
        return query.figures(contestId, roundId);
    }

    @Get("/admin/contests/{contestId}/report.xlsx")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<StreamedFile> workbook(long contestId, @QueryValue @Nullable Long roundId, Authentication authentication) {
        ReportFigures figures = query.figures(contestId, roundId);
        audited(authentication, contestId, roundId, "xlsx");
        InputStream body = XlsxStream.startBook("report", book -> ReportWorkbook.write(figures, book),
                ReportWorkbook.about(figures), executor);
        return download(body, XLSX, fileName(figures, "xlsx"));
    }

    @Get("/admin/contests/{contestId}/report.docx")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<StreamedFile> document(long contestId, @QueryValue @Nullable Long roundId,
                                        Authentication authentication) throws IOException {
        ReportFigures figures = query.figures(contestId, roundId);
        audited(authentication, contestId, roundId, "docx");
        // the document holds aggregates only (days, units, the top questions), so it is a few
        // hundred kilobytes whatever the number of entries: built in memory, then sent
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportDocument.write(figures, out);
        return download(new ByteArrayInputStream(out.toByteArray()), DOCX, fileName(figures, "docx"));
    }

    /** Kết quả cuộc thi: anyone may read it; computed at most once a minute per node. */
    @Get("/contests/{contestId}/results")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<PublicResults> results(long contestId) {
        return HttpResponse.ok(published.of(contestId)).header("Cache-Control", "public, max-age=60");
    }

    private void audited(Authentication authentication, long contestId, @Nullable Long roundId, String format) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("format", format);
        if (roundId != null) {
            after.put("roundId", roundId);
        }
        audit.record(Actor.of(authentication), "REPORT_EXPORTED", "contest", contestId, null, after);
    }

    private static String fileName(ReportFigures f, String extension) {
        return "bao-cao-tong-ket-cuoc-thi-" + f.scope().contestId()
                + (f.scope().roundId() == null ? "" : "-dot-" + f.scope().roundId()) + "." + extension;
    }

    private static HttpResponse<StreamedFile> download(InputStream body, MediaType type, String fileName) {
        return HttpResponse.ok(new StreamedFile(body, type).attach(fileName)).header("Cache-Control", "no-store");
    }
}
