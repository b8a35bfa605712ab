package vn.dongnai.contest.attempt;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.dongnai.contest.account.Principals;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.system.ApiException;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The contestant's side of an attempt. Every route checks the attempt is the caller's own. */
@Controller("/api")
@Secured(Role.CONTESTANT)
@ExecuteOn(TaskExecutors.BLOCKING)
class AttemptController {

    private final AttemptService attempts;
    private final AttemptOrigins origins;
    private final Autosaves autosaves;
    private final AttemptReviews reviews;
    private final SubmitCommitter submits;

    AttemptController(AttemptService attempts, AttemptOrigins origins, Autosaves autosaves, AttemptReviews reviews,
                      SubmitCommitter submits) {
        this.attempts = attempts;
        this.origins = origins;
        this.autosaves = autosaves;
        this.reviews = reviews;
        this.submits = submits;
    }

    @Post("/rounds/{roundId}/attempts")
    HttpResponse<AttemptViews.Started> start(long roundId, Authentication authentication, HttpRequest<?> request) {
        return HttpResponse.created(attempts.start(roundId, Principals.accountId(authentication), origins.of(request)));
    }

    /** The caller's own attempts, newest first: round, status, score, duration, submission time. */
    @Get("/me/attempts")
    List<AttemptViews.Mine> mine(Authentication authentication) {
        return attempts.mine(Principals.accountId(authentication));
    }

    @Get("/attempts/{attemptId}")
    AttemptViews.Current view(long attemptId, Authentication authentication) {
        return attempts.view(attemptId, Principals.accountId(authentication));
    }

    /** Xem đáp án: the attempt with the key and explanations, once its round is closed (409 before). */
    @Get("/attempts/{attemptId}/review")
    AttemptViews.Review review(long attemptId, Authentication authentication) {
        return reviews.review(attemptId, Principals.accountId(authentication));
    }

    @Put("/attempts/{attemptId}/answers/{questionId}")
    @Status(HttpStatus.NO_CONTENT)
    CompletableFuture<Void> answer(long attemptId, long questionId, @Body AttemptViews.AnswerBody body,
                                   Authentication authentication) {
        return autosaves.save(attemptId, Principals.accountId(authentication), questionId, body.optionId());
    }

    @Post("/attempts/{attemptId}/submit")
    CompletableFuture<AttemptViews.Result> submit(long attemptId, @Header("Idempotency-Key") @Nullable String idempotencyKey,
                               @Body @Nullable AttemptViews.SubmitBody body, Authentication authentication,
                               HttpRequest<?> request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_REQUIRED",
                    "Thiếu mã chống gửi trùng (Idempotency-Key), vui lòng tải lại trang.",
                    "An Idempotency-Key header (1–100 characters) is required.");
        }
        return submits.submit(attemptId, Principals.accountId(authentication), idempotencyKey.strip(),
                body == null ? new AttemptViews.SubmitBody(null, null) : body, origins.of(request));
    }

}
