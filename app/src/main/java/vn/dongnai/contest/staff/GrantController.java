package vn.dongnai.contest.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.audit.Actor;

import java.util.List;

/** ADMIN decides who acts on which contest: grants of staff members, and each contest's organizing unit. */
@Controller("/api/admin")
@Secured(Role.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class GrantController {

    private final StaffGrants grants;

    GrantController(StaffGrants grants) {
        this.grants = grants;
    }

    @Get("/grants")
    List<StaffGrants.GrantView> all() {
        return grants.all();
    }

    @Get("/staff/{id}/grants")
    List<StaffGrants.GrantView> of(long id) {
        return grants.of(id);
    }

    @Post("/staff/{id}/grants")
    HttpResponse<StaffGrants.GrantView> add(long id, @Body StaffGrants.NewGrant body, Authentication authentication) {
        return HttpResponse.created(grants.add(Actor.of(authentication), id, body));
    }

    @Delete("/staff/{id}/grants/{grantId}")
    HttpResponse<Void> remove(long id, long grantId, Authentication authentication) {
        grants.remove(Actor.of(authentication), id, grantId);
        return HttpResponse.noContent();
    }

    @Put("/contests/{id}/organizing-unit")
    StaffGrants.ContestUnit setUnit(long id, @Body StaffGrants.UnitBody body, Authentication authentication) {
        return grants.setUnit(Actor.of(authentication), id, body);
    }

    @Get("/organizing-units")
    List<String> units() {
        return grants.knownUnits();
    }
}
