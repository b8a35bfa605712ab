package vn.dongnai.contest.account;

import vn.dongnai.contest.system.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.audit.Actor;

import java.time.Clock;

/**
 * {@code POST /api/admin/me/password}: any staff member changes their own password. Every session
 * of the account ends, this one included; the answer carries the tokens of a new session, so the
 * person who changed it carries on where they were. {@code GET /api/admin/me/password-status} tells
 * the console whether a one-time password must be replaced first (the only two organizer calls
 * {@link PasswordChangeFilter} lets through until then).
 */
@Controller("/api/admin/me")
@Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN, Role.SUPPORT})
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnPasswordController {

    static final String PASSWORD = "/api/admin/me/password";
    static final String PASSWORD_STATUS = "/api/admin/me/password-status";

    private final StaffService staff;
    private final AccessRefreshTokenGenerator tokens;
    private final Clock clock;

    OwnPasswordController(StaffService staff, AccessRefreshTokenGenerator tokens, Clock clock) {
        this.staff = staff;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Serdeable
    record PasswordStatus(boolean changeRequired) {
    }

    @Post("/password")
    HttpResponse<AccessRefreshToken> change(@Body StaffService.PasswordChange body, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        staff.changeOwnPassword(actor, body);
        Authentication renewed = Authentication.build(authentication.getName(), authentication.getRoles(),
                SessionValidity.claims(actor.name(), clock.instant()));
        return tokens.generate(renewed).map(HttpResponse::ok)
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
    }

    @Get("/password-status")
    PasswordStatus status(Authentication authentication) {
        return new PasswordStatus(staff.passwordChangeRequired(Principals.accountId(authentication)));
    }
}
