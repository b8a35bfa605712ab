package vn.dongnai.contest.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.audit.Actor;

/**
 * {@code POST /api/admin/me/password}: any staff member changes their own password;
 * {@code GET /api/admin/me/password-status} tells the console whether a one-time password must be
 * replaced first (the only two organizer calls {@link PasswordChangeFilter} lets through until then).
 */
@Controller("/api/admin/me")
@Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnPasswordController {

    static final String PASSWORD = "/api/admin/me/password";
    static final String PASSWORD_STATUS = "/api/admin/me/password-status";

    private final StaffService staff;

    OwnPasswordController(StaffService staff) {
        this.staff = staff;
    }

    @Serdeable
    record PasswordStatus(boolean changeRequired) {
    }

    @Post("/password")
    HttpResponse<Void> change(@Body StaffService.PasswordChange body, Authentication authentication) {
        staff.changeOwnPassword(Actor.of(authentication), body);
        return HttpResponse.noContent();
    }

    @Get("/password-status")
    PasswordStatus status(Authentication authentication) {
        return new PasswordStatus(staff.passwordChangeRequired(Long.parseLong(authentication.getName())));
    }
}
