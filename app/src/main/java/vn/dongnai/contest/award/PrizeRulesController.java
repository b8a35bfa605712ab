package vn.dongnai.contest.award;

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
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.system.Role;

import java.util.List;

/** Prize rules of rounds and contests, and the staff excluded from prizes: organizers and the committee set them. */
@Controller("/api/admin")
@Secured({Role.ORGANIZER, Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class PrizeRulesController {

    private final PrizeRules rules;

    PrizeRulesController(PrizeRules rules) {
        this.rules = rules;
    }

    @Get("/rounds/{roundId}/prize-rules")
    AwardViews.RoundRulesView roundRules(long roundId) {
        return rules.roundView(roundId);
    }

    @Put("/rounds/{roundId}/prize-rules")
    AwardViews.RoundRulesView setRoundRules(long roundId, @Body AwardViews.RoundRulesBody body, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return rules.setRoundRules(roundId, body, actor.id(), actor.name());
    }

    @Get("/contests/{contestId}/prize-rules")
    AwardViews.ContestRulesView contestRules(long contestId) {
        return rules.contestView(contestId);
    }

    @Put("/contests/{contestId}/prize-rules")
    AwardViews.ContestRulesView setContestRules(long contestId, @Body AwardViews.ContestRulesBody body,
                                                Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return rules.setContestRules(contestId, body, actor.id(), actor.name());
    }

    @Get("/contests/{contestId}/award-exclusions")
    List<AwardViews.ExclusionView> exclusions(long contestId) {
        return rules.exclusions(contestId);
    }

    @Post("/contests/{contestId}/award-exclusions")
    HttpResponse<AwardViews.ExclusionsAdded> exclude(long contestId, @Body AwardViews.ExclusionBody body,
                                                     Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return HttpResponse.created(rules.addExclusions(contestId, body, actor.id(), actor.name()));
    }

    @Delete("/contests/{contestId}/award-exclusions/{exclusionId}")
    HttpResponse<Void> removeExclusion(long contestId, long exclusionId, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        rules.removeExclusion(contestId, exclusionId, actor.id(), actor.name());
        return HttpResponse.noContent();
    }
}
