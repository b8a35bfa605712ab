package vn.dongnai.contest.live;

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

import java.util.List;

/** Organizers and the committee watch a round; organizers regrade it after a key fix. */
@Controller("/api/admin/rounds/{roundId}")
@ExecuteOn(TaskExecutors.BLOCKING)
class LiveController {

    private final LiveView live;
    private final Regrade regrade;

    LiveController(LiveView live, Regrade regrade) {
        this.live = live;
        this.regrade = regrade;
    }

    @Get("/live")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.ADMIN})
    LiveView.Overview overview(long roundId, @QueryValue(defaultValue = "60") int minutes) {
        return live.overview(roundId, minutes);
    }

    @Get("/question-stats")
    @Secured({Role.ORGANIZER, Role.COMMITTEE, Role.ADMIN})
    List<LiveView.QuestionStat> questions(long roundId) {
        return live.questions(roundId);
    }

    @Post("/regrade")
    @Secured({Role.ORGANIZER, Role.ADMIN})
    Regrade.Summary regrade(long roundId, @Body Regrade.RegradeBody body, Authentication authentication) {
        return regrade.regrade(Actor.of(authentication), roundId, body);
    }
}
