package vn.dongnai.contest.account;

import vn.dongnai.contest.system.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.audit.Actor;

import java.util.List;

/** ADMIN manages staff accounts: create, roles, disable/enable, password reset. */
@Controller("/api/admin/staff")
@Secured(Role.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffController {

    private final StaffService staff;

    StaffController(StaffService staff) {
        this.staff = staff;
    }

    @Get
    List<StaffService.StaffView> list() {
        return staff.list();
    }

    @Post
    HttpResponse<StaffService.Created> create(@Body StaffService.NewStaff body, Authentication authentication) {
        return HttpResponse.created(staff.create(Actor.of(authentication), body));
    }

    @Put("/{id}/roles")
    StaffService.StaffView roles(long id, @Body StaffService.Roles body, Authentication authentication) {
        return staff.setRoles(Actor.of(authentication), id, body);
    }

    @Post("/{id}/disable")
    StaffService.StaffView disable(long id, Authentication authentication) {
        return staff.setEnabled(Actor.of(authentication), id, false);
    }

    @Post("/{id}/enable")
    StaffService.StaffView enable(long id, Authentication authentication) {
        return staff.setEnabled(Actor.of(authentication), id, true);
    }

    @Post("/{id}/password-reset")
    StaffService.PasswordReset resetPassword(long id, Authentication authentication) {
        return staff.resetPassword(Actor.of(authentication), id);
    }
}
