package vn.dongnai.contest.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.system.RateLimiter;

import java.time.Duration;

@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationController {

    private final RegistrationService registrations;
    private final RateLimiter rateLimiter;
    private final HttpClientAddressResolver addresses;
    private final RateLimits limits;
    private final ConsentTexts consentTexts;
    private final ClientOrigin origins;

    RegistrationController(RegistrationService registrations, RateLimiter rateLimiter,
                           HttpClientAddressResolver addresses, RateLimits limits, ConsentTexts consentTexts,
                           ClientOrigin origins) {
        this.origins = origins;
        this.registrations = registrations;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.limits = limits;
        this.consentTexts = consentTexts;
    }

    @Post("/register")
    HttpResponse<Registration.Registered> register(HttpRequest<?> request, @Body Registration form) {
        rateLimiter.check("register-ip", String.valueOf(addresses.resolve(request)),
                limits.registerPerIpPerMinute(), Duration.ofMinutes(1));
        if (form.citizenId() != null) {
            rateLimiter.check("register-id", CitizenId.normalize(form.citizenId()),
                    limits.registerPerIdentityPerHour(), Duration.ofHours(1));
        }
        long id = registrations.register(form, origins.ofRegistration(request));
        return HttpResponse.created(new Registration.Registered(id));
    }

    /**
     * The consent text (Markdown, Vietnamese and English) and its version, which the form must
     * send back, so nobody agrees to a text other than the one they were shown.
     */
    @Get("/consent")
    ConsentInfo consent() {
        return new ConsentInfo(registrations.consentVersion(), consentTexts.vietnamese(), consentTexts.english());
    }

    @Serdeable
    record ConsentInfo(String version, String text, String textEn) {
    }
}
