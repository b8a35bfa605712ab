package vn.dongnai.contest.certificate;

import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.export.ExportPipe;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.Labels;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The committee's downloads of named certificates. Each is audited (who, which scope or code,
 * how many) before the first byte; a ZIP is written by a blocking thread into an
 * {@link ExportPipe} that the response reads, so a round of 10,000 certificates never sits in
 * memory and a slow download slows the writer.
 */
@Singleton
class CertificateDownloads {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateDownloads.class);

    private final Certificates certificates;
    private final CertificateTemplates templates;
    private final AuditLog audit;
    private final ExecutorService executor;

    CertificateDownloads(Certificates certificates, CertificateTemplates templates, AuditLog audit,
                         @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.certificates = certificates;
        this.templates = templates;
        this.audit = audit;
        this.executor = executor;
    }

    record File(String name, byte[] bytes) {
    }

    record Zip(String name, InputStream body) {
    }

    CertificateViews.ScopeCertificates list(Certificates.Scope scope) {
        Certificates.Decision decision = certificates.signed(scope);
        List<CertificateViews.Item> items = certificates.issue(scope, CertificateKind.PRIZE).stream()
                .map(i -> new CertificateViews.Item(i.code(), i.subject().kind(), Certificates.label(i.subject().kind()),
                        i.subject().holder(), i.subject().unit(), i.subject().prize(), i.subject().accountId()))
                .toList();
        return new CertificateViews.ScopeCertificates(scope.key(), scope.label(), decision.status(),
                Labels.of("awardStatus", decision.status()), items, templates.get(scope.contestId()).participationEnabled(),
                certificates.participants(scope));
    }

    File one(String code, Actor actor) {
        Certificates.Stored c = certificates.find(code).orElseThrow(() -> ApiException.notFound("giấy chứng nhận"));
        LocalDate on = certificates.validOn(c).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                "CERTIFICATE_REVOKED", "Giấy chứng nhận này không còn hiệu lực (kết quả xét giải đã mở lại hoặc thay đổi).",
                "This certificate is no longer valid (the decision was reopened or changed)."));
        CertificateData data = certificates.data(c, on);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", c.code());
        after.put("kind", c.kind().name());
        after.put("scope", c.scope().key());
        if (c.accountId() != null) {
            after.put("accountId", c.accountId());
        }
        audit.record(actor, "CERTIFICATE_DOWNLOADED", c.scope().entity(), c.scope().entityId(), null, after);
        return new File(Certificates.fileName(data), certificates.pdf(data, templates.get(c.scope().contestId())));
    }

    Zip zip(Certificates.Scope scope, CertificateKind kind, Actor actor) {
        List<Certificates.Issued> issued = certificates.issue(scope, kind);
        CertificateTemplate template = templates.get(scope.contestId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("scope", scope.key());
        after.put("kind", kind.name());
        after.put("certificates", issued.size());
        audit.record(actor, "CERTIFICATES_EXPORTED", scope.entity(), scope.entityId(), null, after);
        String name = "giay-chung-nhan-" + (scope.roundId() == null ? "cuoc-thi-" + scope.contestId()
                : "dot-" + scope.roundId()) + (kind == CertificateKind.PARTICIPATION ? "-tham-gia" : "") + ".zip";
        ExportPipe pipe = new ExportPipe();
        executor.execute(() -> {
            try {
                certificates.writeZip(scope, issued, template, pipe.sink());
                // closed only on success: a failure must reach the reader as an error, never as a clean end
                pipe.sink().close();
            } catch (Exception e) {
                LOG.warn("Certificate ZIP of {} stopped: {}", scope.key(), e.getClass().getSimpleName());
                pipe.fail(e);
            }
        });
        return new Zip(name, pipe.source());
    }
}
