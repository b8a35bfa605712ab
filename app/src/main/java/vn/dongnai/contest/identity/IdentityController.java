package vn.dongnai.contest.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.account.BotChecks;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.account.Principals;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.RateLimiter;

import java.time.Duration;
import java.util.List;

/**
 * {@code POST /api/identity-claims} from the contest page (anyone; logged in when the claimant has
 * an account of their own), and the committee's queue under {@code /api/admin/identity-claims}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class IdentityController {

    private final IdentityClaims claims;
    private final IdentityVerifications verifications;
    private final RateLimiter rateLimiter;
    private final HttpClientAddressResolver addresses;
    private final BotChecks botChecks;
    private final int claimsPerAddressPerHour;

    IdentityController(IdentityClaims claims, IdentityVerifications verifications, RateLimiter rateLimiter,
                       HttpClientAddressResolver addresses, BotChecks botChecks,
                       @Value("${contest.rate-limit.claims-per-ip-per-hour:5}") int claimsPerAddressPerHour) {
        this.claimsPerAddressPerHour = claimsPerAddressPerHour;
        this.claims = claims;
        this.verifications = verifications;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.botChecks = botChecks;
    }

    @Post("/api/identity-claims")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<IdentityClaims.ClaimReceived> file(HttpRequest<?> request, @Body IdentityClaims.ClaimForm form,
                                                    @Nullable Authentication authentication) {
        rateLimiter.check("claim-ip", String.valueOf(addresses.resolve(request)), claimsPerAddressPerHour, Duration.ofHours(1));
        IdentityClaims.Checked checked = claims.check(form);
        rateLimiter.check("claim-id", checked.citizenId() != null ? checked.citizenId() : checked.phone(), 3, Duration.ofDays(1));
        botChecks.requireSolved(form.altcha());
        Long claimant = authentication == null || !authentication.getRoles().contains(Role.CONTESTANT)
                ? null : Principals.accountId(authentication);
        return HttpResponse.status(HttpStatus.ACCEPTED).body(claims.file(checked, claimant));
    }

    /** The support desk reads the queue too: the claimant calls it first; deciding stays with the committee. */
    @Get("/api/admin/identity-claims{?status}")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.SUPPORT, Role.ADMIN})
    List<IdentityClaims.ClaimView> list(@Nullable @QueryValue String status) {
        return claims.list(status);
    }

    @Post("/api/admin/identity-claims/{id}/contact")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    IdentityClaims.ClaimContact contact(long id, @Body IdentityClaims.Decision body, Authentication authentication) {
        return claims.contact(Actor.of(authentication), id, body == null ? null : body.reason());
    }

    /** A transferred claim, and the rounds whose rankings the holding account left. */
    @Serdeable
    record Transferred(long claimId, String status, List<Long> roundsLeft) {
    }

    @Post("/api/admin/identity-claims/{id}/transfer")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    Transferred transfer(long id, @Body IdentityClaims.Decision body, Authentication authentication) {
        var changed = claims.transfer(Actor.of(authentication), id, body);
        return new Transferred(id, IdentityClaims.TRANSFERRED, changed.stream().map(c -> c.roundId()).toList());
    }

    @Post("/api/admin/identity-claims/{id}/reject")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    HttpResponse<Void> reject(long id, @Body IdentityClaims.Decision body, Authentication authentication) {
        claims.reject(Actor.of(authentication), id, body);
        return HttpResponse.noContent();
    }

    @Post("/api/admin/contestants/{accountId}/identity-verification")
    @Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    IdentityVerifications.Verified verify(long accountId, @Body IdentityVerifications.Verification body,
                                          Authentication authentication) {
        if (accountId <= 0) {
            throw ApiException.notFound("thí sinh");
        }
        return verifications.verify(Actor.of(authentication), accountId, body);
    }
}
