package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A round (đợt thi): a window, a draw of {@code questionCount} questions, a time limit, an
 * attempt limit, which attempt counts, and an optional prediction question (câu hỏi dự đoán).
 */
@MappedEntity("contest_round")
public record ContestRound(@Id @GeneratedValue @Nullable Long id,
                           long contestId,
                           int seq,
                           String name,
                           Instant opensAt,
                           Instant closesAt,
                           int questionCount,
                           int timeLimitSeconds,
                           int attemptsAllowed,
                           String countingRule,
                           int graceSeconds,
                           int pointsPerQuestion,
                           String predictionKind,
                           @Nullable String predictionPrompt,
                           String status,
                           Instant createdAt,
                           Instant updatedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String CLOSED = "CLOSED";
    /** Which attempt counts for the ranking. */
    public static final String BEST = "BEST";
    public static final String NO_PREDICTION = "NONE";

    /** Whether a contestant may start an attempt at {@code now}. */
    public boolean openAt(Instant now) {
        return PUBLISHED.equals(status) && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean hasPrediction() {
        return !NO_PREDICTION.equals(predictionKind);
    }

    /** What the public page shows: not yet open, open, or over. */
    public String phaseAt(Instant now) {
        if (CLOSED.equals(status) || !now.isBefore(closesAt)) {
            return "ENDED";
        }
        return now.isBefore(opensAt) ? "UPCOMING" : "OPEN";
    }
}
