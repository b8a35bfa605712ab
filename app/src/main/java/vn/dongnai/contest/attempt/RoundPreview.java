package vn.dongnai.contest.attempt;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.system.Role;
import vn.dongnai.contest.bank.Audience;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.question.QuestionCatalog;
import vn.dongnai.contest.question.VersionView;
import vn.dongnai.contest.system.ApiException;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/admin/rounds/{id}/preview}: a round as a contestant would see it (xem thử) — one
 * draw by its rules, questions and options shuffled, in the very shape an attempt's start returns
 * — without creating an attempt and without the key. Works for a draft too, so the organizer sees
 * the draw before publishing.
 */
@Controller("/api/admin/rounds/{roundId}/preview")
@Secured({Role.ORGANIZER, Role.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class RoundPreview {

    private final RoundSetups setups;
    private final QuestionCatalog catalog;
    private final SecureRandom random = new SecureRandom();

    RoundPreview(RoundSetups setups, QuestionCatalog catalog) {
        this.setups = setups;
        this.catalog = catalog;
    }

    @Serdeable
    record Preview(long roundId, String name, int questionCount, int timeLimitSeconds,
                   @Nullable AttemptViews.PredictionView prediction, List<AttemptViews.QuestionView> questions) {
    }

    @Get
    Preview preview(long roundId) {
        RoundSetups.Setup setup = setups.fresh(roundId).orElseThrow(() -> ApiException.notFound("đợt thi"));
        ContestRound round = setup.round();
        List<QuestionDraw.Drawn> drawn;
        try {
            // the round's audience and each rule's, exactly as a contestant's start draws
            drawn = QuestionDraw.draw(new ArrayList<>(catalog.pool(setup.bankId())), Audience.valueOf(round.audience()),
                    setup.rules(), round.questionCount(), random);
        } catch (QuestionDraw.PoolTooSmallException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "POOL_TOO_SMALL",
                    "Ngân hàng câu hỏi không đủ câu cho thiết lập rút câu của đợt thi này; hãy xem lại số câu và các quy tắc.",
                    "The bank has too few questions for this round's draw; check the count and the rules.");
        }
        Map<Long, VersionView> versions = catalog.versions(drawn.stream().map(QuestionDraw.Drawn::versionId).toList());
        List<AttemptViews.QuestionView> questions = drawn.stream().map(d -> {
            VersionView version = versions.get(d.versionId());
            List<AttemptViews.OptionView> options = new ArrayList<>();
            for (int i = 0; i < d.optionOrder().length; i++) {
                options.add(new AttemptViews.OptionView(i + 1, version.option(d.optionOrder()[i]).text()));
            }
            return new AttemptViews.QuestionView(d.versionId(), version.text(), options);
        }).toList();
        return new Preview(roundId, round.name(), round.questionCount(), round.timeLimitSeconds(),
                round.hasPrediction() ? new AttemptViews.PredictionView(round.predictionPrompt()) : null, questions);
    }
}
