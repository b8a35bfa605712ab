package vn.dongnai.contest.contest;

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
import vn.dongnai.contest.staff.ContestGrants;

import java.util.List;

/** Organizers set up contests and their rounds. */
@Controller("/api/admin")
@Secured({Role.ORGANIZER, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class ContestAdminController {

    /**
     * Who reads the contest list and a contest's settings: every contest role, since the
     * committee's screens pick their contest and round from them too. Each sees only the contests
     * granted (staff/ContestGrants); changes stay with organizers.
     */
    private static final List<String> LISTED_FOR = List.of(Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN);

    private final ContestAdmin contests;
    private final RoundAdmin rounds;
    private final ContestCopies copies;

    private final ContestGrants grants;

    ContestAdminController(ContestAdmin contests, RoundAdmin rounds, ContestCopies copies, ContestGrants grants) {
        this.grants = grants;
        this.contests = contests;
        this.rounds = rounds;
        this.copies = copies;
    }

    @Get("/contests")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    List<AdminViews.ContestSummary> list(Authentication authentication) {
        return contests.list(grants.visible(authentication, LISTED_FOR));
    }

    @Get("/contests/{id}")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
    AdminViews.ContestView one(long id) {
        return contests.view(id);
    }

    @Post("/contests")
    HttpResponse<AdminViews.ContestView> create(@Body AdminViews.ContestBody body, Authentication authentication) {
        return HttpResponse.created(contests.create(authentication, body));
    }

    @Put("/contests/{id}")
    AdminViews.ContestView update(long id, @Body AdminViews.ContestBody body, Authentication authentication) {
        return contests.update(Actor.of(authentication), id, body);
    }

    @Post("/contests/{id}/publish")
    AdminViews.ContestView publish(long id, Authentication authentication) {
        return contests.publish(Actor.of(authentication), id);
    }

    @Post("/contests/{id}/unpublish")
    AdminViews.ContestView unpublish(long id, Authentication authentication) {
        return contests.unpublish(Actor.of(authentication), id);
    }

    /** A new draft with the same settings, rounds and prize rules; entries are never copied. */
    @Post("/contests/{id}/duplicate")
    HttpResponse<AdminViews.ContestView> duplicate(long id, Authentication authentication) {
        return HttpResponse.created(copies.duplicateContest(authentication, id));
    }

    /** Only a draft nobody ever took (409 CONTEST_NOT_DELETABLE otherwise). */
    @Delete("/contests/{id}")
    HttpResponse<Void> delete(long id, Authentication authentication) {
        copies.deleteDraft(Actor.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Post("/rounds/{id}/duplicate")
    HttpResponse<AdminViews.RoundView> duplicateRound(long id, Authentication authentication) {
        return HttpResponse.created(copies.duplicateRound(Actor.of(authentication), id));
    }

    @Post("/contests/{id}/rounds")
    HttpResponse<AdminViews.RoundView> createRound(long id, @Body AdminViews.RoundBody body,
                                                   Authentication authentication) {
        return HttpResponse.created(rounds.create(Actor.of(authentication), id, body));
    }

    @Get("/rounds/{id}")
    AdminViews.RoundView round(long id) {
        return rounds.view(id);
    }

    @Put("/rounds/{id}")
    AdminViews.RoundView updateRound(long id, @Body AdminViews.RoundBody body, Authentication authentication) {
        return rounds.update(Actor.of(authentication), id, body);
    }

    @Post("/rounds/{id}/publish")
    AdminViews.RoundView publishRound(long id, Authentication authentication) {
        return rounds.publish(Actor.of(authentication), id);
    }

    @Post("/rounds/{id}/unpublish")
    AdminViews.RoundView unpublishRound(long id, Authentication authentication) {
        return rounds.unpublish(Actor.of(authentication), id);
    }
}
