package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;

/**
 * The committee's workflow, the same for a round ({@code /rounds/{id}/awards}) and a contest
 * ({@code /contests/{id}/awards}): draft, review, sign, publish; ADMIN alone unlocks.
 */
@Controller("/api/admin")
@Secured({Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class AwardController {

    private final AwardScopes scopes;
    private final AwardDecisions decisions;
    private final AwardReviews reviews;

    AwardController(AwardScopes scopes, AwardDecisions decisions, AwardReviews reviews) {
        this.scopes = scopes;
        this.decisions = decisions;
        this.reviews = reviews;
    }

    @Post("/rounds/{roundId}/awards/draft")
    AwardViews.DecisionView draftRound(long roundId, Authentication authentication) {
        return draft(scopes.round(roundId), authentication);
    }

    @Get("/rounds/{roundId}/awards")
    AwardViews.DecisionView reviewRound(long roundId) {
        return reviews.view(scopes.round(roundId));
    }

    @Post("/rounds/{roundId}/awards/sign")
    AwardViews.DecisionView signRound(long roundId, @Body @Nullable AwardViews.SignBody body, Authentication authentication) {
        return sign(scopes.round(roundId), body, authentication);
    }

    @Post("/rounds/{roundId}/awards/publish")
    AwardViews.DecisionView publishRound(long roundId, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return decisions.publish(scopes.round(roundId), actor.id(), actor.name());
    }

    @Post("/rounds/{roundId}/awards/unlock")
    @Secured(Role.ADMIN)
    AwardViews.DecisionView unlockRound(long roundId, @Body @Nullable AwardViews.ReasonBody body,
                                        Authentication authentication) {
        return unlock(scopes.round(roundId), body, authentication);
    }

    @Post("/contests/{contestId}/awards/draft")
    AwardViews.DecisionView draftContest(long contestId, Authentication authentication) {
        return draft(scopes.contest(contestId), authentication);
    }

    @Get("/contests/{contestId}/awards")
    AwardViews.DecisionView reviewContest(long contestId) {
        return reviews.view(scopes.contest(contestId));
    }

    @Post("/contests/{contestId}/awards/sign")
    AwardViews.DecisionView signContest(long contestId, @Body @Nullable AwardViews.SignBody body,
                                        Authentication authentication) {
        return sign(scopes.contest(contestId), body, authentication);
    }

    @Post("/contests/{contestId}/awards/publish")
    AwardViews.DecisionView publishContest(long contestId, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return decisions.publish(scopes.contest(contestId), actor.id(), actor.name());
    }

    @Post("/contests/{contestId}/awards/unlock")
    @Secured(Role.ADMIN)
    AwardViews.DecisionView unlockContest(long contestId, @Body @Nullable AwardViews.ReasonBody body,
                                          Authentication authentication) {
        return unlock(scopes.contest(contestId), body, authentication);
    }

    private AwardViews.DecisionView draft(AwardScope scope, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return decisions.draft(scope, actor.id(), actor.name());
    }

    private AwardViews.DecisionView sign(AwardScope scope, @Nullable AwardViews.SignBody body, Authentication authentication) {
        if (body == null || body.version() == null) {
            new FieldErrors().add("version", "REQUIRED", "Cần gửi số phiên bản dự kiến đã xem xét.",
                    "The version of the reviewed draft is required.").throwIfAny();
        }
        String override = null;
        if (body.flagOverrideReason() != null) {
            // signing over undecided review flags is an ADMIN's call alone, and needs a reason
            if (!AwardDecisionLifecycle.maySignOverFlags(authentication.getRoles())) {
                throw new ApiException(HttpStatus.FORBIDDEN, "ADMIN_ONLY",
                        "Chỉ quản trị viên mới được ký duyệt khi còn cảnh báo chưa rà soát.",
                        "Only an ADMIN may sign over undecided review flags.");
            }
            override = AwardErrors.reason(body.flagOverrideReason());
        }
        Actor actor = Actor.of(authentication);
        return decisions.sign(scope, body.version(), override, actor.id(), actor.name());
    }

    private AwardViews.DecisionView unlock(AwardScope scope, @Nullable AwardViews.ReasonBody body,
                                           Authentication authentication) {
        String reason = AwardErrors.reason(body == null ? null : body.reason());
        Actor actor = Actor.of(authentication);
        return decisions.unlock(scope, reason, actor.id(), actor.name());
    }
}
