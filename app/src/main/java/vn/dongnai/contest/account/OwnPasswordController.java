package vn.dongnai.contest.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.audit.Actor;

/** {@code POST /api/admin/me/password}: any staff member changes their own password. */
@Controller("/api/admin/me")
@Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnPasswordController {

    private final StaffService staff;

    OwnPasswordController(StaffService staff) {
        this.staff = staff;
    }

    @Post("/password")
    HttpResponse<Void> change(@Body StaffService.PasswordChange body, Authentication authentication) {
        staff.changeOwnPassword(Actor.of(authentication), body);
        return HttpResponse.noContent();
    }
}
