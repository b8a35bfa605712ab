package vn.dongnai.contest.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.staff.ContestGrants;
import vn.dongnai.contest.system.ApiException;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The organizer's certificate layout (text, colours, logo, signature) with a preview on sample
 * data, and the committee's downloads: one certificate, or a round's (or the contest's) as one ZIP
 * for the ceremony. Named certificates carry the full name, so only the committee and ADMIN
 * download them, and every download is audited before its first byte.
 */
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificateAdminController {

    static final MediaType PDF = MediaType.of("application/pdf");
    static final MediaType ZIP = MediaType.of("application/zip");

    private final CertificateTemplates templates;
    private final Certificates certificates;
    private final CertificateDownloads downloads;
    private final ContestGrants grants;

    CertificateAdminController(CertificateTemplates templates, Certificates certificates, CertificateDownloads downloads,
                               ContestGrants grants) {
        this.templates = templates;
        this.certificates = certificates;
        this.downloads = downloads;
        this.grants = grants;
    }

    // The template

    @Get("/contests/{contestId}/certificate-template")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    CertificateViews.TemplateView template(long contestId) {
        return templates.view(contestId);
    }

    @Put("/contests/{contestId}/certificate-template")
    @Secured({Role.ORGANIZER, Role.COMMITTEE_CHAIR, Role.ADMIN})
    CertificateViews.TemplateView save(long contestId, @Body CertificateViews.TemplateBody body, Authentication authentication) {
        return templates.put(contestId, body, Actor.of(authentication));
    }

    /** Multipart field {@code file}: a PNG or JPEG of at most 1 MB (413 above, 422 when it does not decode). */
    @Post(value = "/contests/{contestId}/certificate-template/images/{image}", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Role.ORGANIZER, Role.COMMITTEE_CHAIR, Role.ADMIN})
    CertificateViews.TemplateView upload(long contestId, String image, @Part("file") CompletedFileUpload file,
                                         Authentication authentication) {
        String which = which(image);
        if (file.getSize() > TemplateRules.MAX_IMAGE_BYTES) {
            throw TemplateRules.tooLarge();
        }
        try {
            return templates.putImage(contestId, which, file.getBytes(), Actor.of(authentication));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Delete("/contests/{contestId}/certificate-template/images/{image}")
    @Secured({Role.ORGANIZER, Role.COMMITTEE_CHAIR, Role.ADMIN})
    CertificateViews.TemplateView removeImage(long contestId, String image, Authentication authentication) {
        return templates.removeImage(contestId, which(image), Actor.of(authentication));
    }

    @Get("/contests/{contestId}/certificate-template/images/{image}")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<byte[]> image(long contestId, String image) {
        byte[] bytes = templates.image(contestId, which(image));
        MediaType type = bytes[0] == (byte) 0x89 ? MediaType.IMAGE_PNG_TYPE : MediaType.IMAGE_JPEG_TYPE;
        return HttpResponse.ok(bytes).contentType(type).header("Cache-Control", "no-store");
    }

    /** The saved layout on sample data ("Nguyễn Văn An"), as the PDF the committee will print. */
    @Get("/contests/{contestId}/certificate-template/preview.pdf")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<byte[]> previewPdf(long contestId) {
        return pdf(certificates.pdf(sample(contestId), templates.get(contestId)), "mau-giay-chung-nhan.pdf", true);
    }

    /** The same page as an image, for the console to show (its policy lets it show images, not frame documents). */
    @Get("/contests/{contestId}/certificate-template/preview.png")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<byte[]> previewPng(long contestId) {
        byte[] pdf = certificates.pdf(sample(contestId), templates.get(contestId));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 96), "png", out);
            return HttpResponse.ok(out.toByteArray()).contentType(MediaType.IMAGE_PNG_TYPE).header("Cache-Control", "no-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CertificateData sample(long contestId) {
        Certificates.Scope contest = certificates.contest(contestId);
        String round = certificates.firstRoundName(contestId).orElse("Đợt 1");
        return new CertificateData(CertificateKind.PRIZE, "Nguyễn Văn An", "Sở Khoa học và Công nghệ", "Giải Nhất",
                contest.contestName(), round, java.time.LocalDate.now(Certificates.VIETNAM), "XEMTHU0000000000",
                certificates.verifyUrl("XEMTHU0000000000"));
    }

    // The committee's downloads

    @Get("/rounds/{roundId}/certificates")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    CertificateViews.ScopeCertificates roundList(long roundId) {
        return downloads.list(certificates.round(roundId));
    }

    @Get("/contests/{contestId}/certificates")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    CertificateViews.ScopeCertificates contestList(long contestId) {
        return downloads.list(certificates.contest(contestId));
    }

    @Get("/certificates/{code}")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<byte[]> one(String code, Authentication authentication) {
        // the path names a code, not a contest, so the grant is checked here (staff/ContestScopeFilter does the rest)
        certificates.find(code).ifPresent(c -> grants.requireContest(authentication,
                List.of(Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN), c.scope().contestId()));
        CertificateDownloads.File file = downloads.one(code, Actor.of(authentication));
        return pdf(file.bytes(), file.name(), false);
    }

    /** {@code ?kind=PRIZE} (default: the decision's winners) or {@code PARTICIPATION} (everyone ranked). */
    @Get("/rounds/{roundId}/certificates.zip")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<StreamedFile> roundZip(long roundId, @QueryValue @Nullable String kind, Authentication authentication) {
        return zip(downloads.zip(certificates.round(roundId), kind(kind), Actor.of(authentication)));
    }

    /** The whole contest's individual prizes and its units' collective prizes. */
    @Get("/contests/{contestId}/certificates.zip")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<StreamedFile> contestZip(long contestId, Authentication authentication) {
        return zip(downloads.zip(certificates.contest(contestId), CertificateKind.PRIZE, Actor.of(authentication)));
    }

    static HttpResponse<byte[]> pdf(byte[] bytes, String name, boolean inline) {
        return HttpResponse.ok(bytes).contentType(PDF).header("Cache-Control", "no-store")
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + name + "\"");
    }

    private static HttpResponse<StreamedFile> zip(CertificateDownloads.Zip zip) {
        return HttpResponse.ok(new StreamedFile(zip.body(), ZIP).attach(zip.name())).header("Cache-Control", "no-store");
    }

    private static CertificateKind kind(@Nullable String kind) {
        if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("PRIZE")) {
            return CertificateKind.PRIZE;
        }
        if (kind.equalsIgnoreCase("PARTICIPATION")) {
            return CertificateKind.PARTICIPATION;
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_KIND", "Loại giấy chứng nhận phải là PRIZE hoặc PARTICIPATION.",
                "kind must be PRIZE or PARTICIPATION.");
    }

    private static String which(String image) {
        if (!List.of(CertificateTemplates.LOGO, CertificateTemplates.SIGNATURE).contains(image)) {
            throw ApiException.notFound("ảnh của mẫu giấy chứng nhận");
        }
        return image;
    }
}
