package vn.dongnai.contest.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** {@code GET /api/altcha/challenge}: a fresh proof-of-work challenge for the registration or login form. */
@Controller("/api/altcha")
@Secured(SecurityRule.IS_ANONYMOUS)
class BotCheckController {

    private final BotCheck botCheck;

    BotCheckController(BotCheck botCheck) {
        this.botCheck = botCheck;
    }

    @Get("/challenge")
    HttpResponse<BotCheck.Challenge> challenge() {
        return HttpResponse.ok(botCheck.challenge()).header("Cache-Control", "no-store");
    }
}
