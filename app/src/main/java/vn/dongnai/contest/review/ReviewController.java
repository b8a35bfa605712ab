package vn.dongnai.contest.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.audit.Actor;

/** Organizers and the committee watch the queue; the committee decides. */
@Controller("/api/admin/rounds/{roundId}/review")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final BulkReview bulk;

    ReviewController(ReviewQueue queue, ReviewDecisions decisions, BulkReview bulk) {
        this.queue = queue;
        this.decisions = decisions;
        this.bulk = bulk;
    }

    @Get
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.ADMIN})
    ReviewQueue.Queue queue(long roundId, @QueryValue @Nullable String status) {
        return queue.queue(roundId, status);
    }

    /** One decision and one reason for many entries, all or none. */
    @Post("/bulk")
    @Secured({Role.COMMITTEE, Role.ADMIN})
    BulkReview.BulkDecided decideMany(long roundId, @Body BulkReview.BulkBody body, Authentication authentication) {
        return bulk.decide(Actor.of(authentication), roundId, body);
    }

    @Post("/{accountId}")
    @Secured({Role.COMMITTEE, Role.ADMIN})
    ReviewDecisions.Decided decide(long roundId, long accountId, @Body ReviewDecisions.DecisionBody body,
                                   Authentication authentication) {
        return decisions.decide(Actor.of(authentication), roundId, accountId, body);
    }
}
