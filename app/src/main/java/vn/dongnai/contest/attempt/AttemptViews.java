package vn.dongnai.contest.attempt;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * What a contestant sees of an attempt. Option ids are the 1-based places in this attempt's own
 * shuffled order, so no id, order or flag carries any hint of the key.
 */
final class AttemptViews {

    private AttemptViews() {
    }

    @Serdeable
    record OptionView(int id, String text) {
    }

    @Serdeable
    record QuestionView(long id, String text, List<OptionView> options) {
    }

    @Serdeable
    record PredictionView(String prompt) {
    }

    /** {@code POST /api/rounds/{id}/attempts}. */
    @Serdeable
    record Started(long attemptId, long roundId, Instant startedAt, Instant deadlineAt, Instant serverTime,
                   List<QuestionView> questions, @Nullable PredictionView prediction) {
    }

    @Serdeable
    record SavedAnswer(long questionId, int optionId) {
    }

    /** {@code GET /api/attempts/{id}}: the started view plus saved answers, time left and, once closed, the result. */
    @Serdeable
    record Current(long attemptId, long roundId, String status, Instant startedAt, Instant deadlineAt,
                   Instant serverTime, long remainingSeconds, List<QuestionView> questions,
                   @Nullable PredictionView prediction, List<SavedAnswer> answers,
                   @Nullable Long predictionValue, @Nullable Result result) {
    }

    /** {@code POST /api/attempts/{id}/submit}: the same body on every retry. */
    @Serdeable
    record Result(int score, int correctCount, int questionCount, long durationMs, Instant submittedAt) {
    }

    @Serdeable
    record AnswerBody(@Nullable Integer optionId) {
    }

    @Serdeable
    record SubmitBody(@Nullable List<SavedAnswer> answers, @Nullable Long prediction) {
    }

    /**
     * {@code GET /api/me/attempts}: one of the caller's own attempts (lịch sử thi). Score, counts,
     * duration and submission time are null while the attempt is open. {@code answersAvailable}: the
     * round is closed, so the review (xem đáp án) answers; until then {@code answersAvailableFrom} is
     * the earliest it can be (the round's close plus its grace, when the committee may close it).
     */
    @Serdeable
    record Mine(long attemptId, long roundId, String roundName, long contestId, String contestName, int attemptNo,
                String status, @Nullable Integer score, @Nullable Integer correctCount, int questionCount,
                @Nullable Long durationMs, Instant startedAt, Instant deadlineAt, @Nullable Instant submittedAt,
                boolean answersAvailable, Instant answersAvailableFrom) {
    }

    /**
     * One question of a closed round's attempt as the person was shown it (same wording, same option
     * order). Option ids are display places, as in the attempt. {@code correctOptionId} is the key as
     * it is now; {@code keyFixed} says it was corrected after the attempt (sửa đáp án), and
     * {@code correct} is how the answer counts in the score now (after any regrade).
     */
    @Serdeable
    record ReviewQuestion(int number, long id, String text, List<OptionView> options, @Nullable Integer chosenOptionId,
                          @Nullable Integer correctOptionId, boolean correct, boolean keyFixed,
                          @Nullable String explanation, @Nullable String source) {
    }

    /** {@code GET /api/attempts/{id}/review} (xem đáp án): only once the round is closed. */
    @Serdeable
    record Review(long attemptId, long roundId, String roundName, String contestName, int attemptNo, String status,
                  Result result, List<ReviewQuestion> questions) {
    }
}
