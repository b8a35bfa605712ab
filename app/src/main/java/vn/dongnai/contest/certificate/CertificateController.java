package vn.dongnai.contest.certificate;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.dongnai.contest.account.Principals;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.RateLimiter;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The contestant's own certificates, and the public verification behind the QR code:
 * {@code /verify/{code}} (what the QR holds) opens the contest page's verification screen, which
 * reads {@code /api/verify/{code}} — rate-limited per address, no login, 404 for an unknown code.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificateController {

    private final Certificates certificates;
    private final CertificateTemplates templates;
    private final RateLimiter rateLimiter;
    private final HttpClientAddressResolver addresses;
    private final int verifyPerMinute;

    CertificateController(Certificates certificates, CertificateTemplates templates, RateLimiter rateLimiter,
                          HttpClientAddressResolver addresses,
                          @Value("${contest.rate-limit.verify-per-ip-per-minute:60}") int verifyPerMinute) {
        this.certificates = certificates;
        this.templates = templates;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.verifyPerMinute = verifyPerMinute;
    }

    @Get("/api/me/certificates")
    @Secured(Role.CONTESTANT)
    List<CertificateViews.MyCertificate> mine(Authentication authentication) {
        return certificates.mine(Principals.accountId(authentication));
    }

    /** My own certificate; another person's, a revoked one or an unpublished prize answer 404 alike. */
    @Get("/api/me/certificates/{code}")
    @Secured(Role.CONTESTANT)
    HttpResponse<byte[]> download(String code, Authentication authentication) {
        long me = Principals.accountId(authentication);
        Certificates.Stored c = certificates.find(code).filter(s -> s.accountId() != null && s.accountId() == me)
                .filter(certificates::published).orElseThrow(() -> ApiException.notFound("giấy chứng nhận"));
        var on = certificates.validOn(c).orElseThrow(() -> ApiException.notFound("giấy chứng nhận"));
        CertificateData data = certificates.data(c, on);
        return CertificateAdminController.pdf(certificates.pdf(data, templates.get(c.scope().contestId())),
                Certificates.fileName(data), false);
    }

    @Get("/api/verify/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    CertificateViews.Verification verify(HttpRequest<?> request, String code) {
        rateLimiter.check("verify-ip", String.valueOf(addresses.resolve(request)), verifyPerMinute, Duration.ofMinutes(1));
        return certificates.find(code).map(certificates::verification)
                .orElseThrow(() -> ApiException.notFound("giấy chứng nhận với mã này"));
    }

    /** The address printed in the QR code: the contest page's own verification screen (a hash route). */
    @Get("/verify/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> open(String code) {
        String safe = VerificationCodes.wellFormed(code) ? code : "";
        return HttpResponse.seeOther(URI.create("/#/verify/" + safe));
    }
}
