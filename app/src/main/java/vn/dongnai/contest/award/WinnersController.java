package vn.dongnai.contest.award;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.dongnai.contest.account.Principals;
import vn.dongnai.contest.system.Role;

/** The public winners list (published decisions only) and a contestant's own results. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class WinnersController {

    private final AwardReviews reviews;

    WinnersController(AwardReviews reviews) {
        this.reviews = reviews;
    }

    /** Masked name ("Nguyễn V. A."), unit and commune: nothing else about a person. */
    @Get("/contests/{contestId}/winners")
    @Secured(SecurityRule.IS_ANONYMOUS)
    AwardViews.PublicWinners winners(long contestId) {
        return reviews.publicWinners(contestId);
    }

    @Get("/me/results")
    @Secured(Role.CONTESTANT)
    AwardViews.MyResults myResults(Authentication authentication) {
        return reviews.myResults(Principals.accountId(authentication));
    }
}
