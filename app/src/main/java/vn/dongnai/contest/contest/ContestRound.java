package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A round (đợt thi): a window, a draw of {@code questionCount} questions, a time limit, an
 * attempt limit, which attempt counts, and an optional prediction question (câu hỏi dự đoán).
 * {@code audience} (ALL, OFFICIALS, RESIDENTS) is who the round is for: its draw takes only
 * questions for that audience and for everyone. {@code leaderboardVisible}: contestants see the
 * round's live board. A row of {@code contest_round} as {@link Rounds} reads it.
 */
public record ContestRound(@Nullable Long id,
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
                           Instant updatedAt,
                           String audience,
                           boolean leaderboardVisible) {

    public ContestRound {
        audience = audience == null ? ALL_AUDIENCES : audience;
    }

    /** A round whose board contestants see. */
    public ContestRound(@Nullable Long id, long contestId, int seq, String name, Instant opensAt, Instant closesAt,
                        int questionCount, int timeLimitSeconds, int attemptsAllowed, String countingRule,
                        int graceSeconds, int pointsPerQuestion, String predictionKind, @Nullable String predictionPrompt,
                        String status, Instant createdAt, Instant updatedAt, String audience) {
        this(id, contestId, seq, name, opensAt, closesAt, questionCount, timeLimitSeconds, attemptsAllowed, countingRule,
                graceSeconds, pointsPerQuestion, predictionKind, predictionPrompt, status, createdAt, updatedAt,
                audience, true);
    }

    /** A round for everyone, as every round was before rounds had an audience. */
    public ContestRound(@Nullable Long id, long contestId, int seq, String name, Instant opensAt, Instant closesAt,
                        int questionCount, int timeLimitSeconds, int attemptsAllowed, String countingRule,
                        int graceSeconds, int pointsPerQuestion, String predictionKind, @Nullable String predictionPrompt,
                        String status, Instant createdAt, Instant updatedAt) {
        this(id, contestId, seq, name, opensAt, closesAt, questionCount, timeLimitSeconds, attemptsAllowed, countingRule,
                graceSeconds, pointsPerQuestion, predictionKind, predictionPrompt, status, createdAt, updatedAt,
                ALL_AUDIENCES);
    }

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String CLOSED = "CLOSED";
    /** Which attempt counts for the ranking. */
    public static final String BEST = "BEST";
    public static final String NO_PREDICTION = "NONE";
    public static final String ALL_AUDIENCES = "ALL";

    ContestRound withId(long newId) {
        return new ContestRound(newId, contestId, seq, name, opensAt, closesAt, questionCount, timeLimitSeconds,
                attemptsAllowed, countingRule, graceSeconds, pointsPerQuestion, predictionKind, predictionPrompt, status,
                createdAt, updatedAt, audience, leaderboardVisible);
    }

    /** Whether a contestant may start an attempt at {@code now}. */
    public boolean openAt(Instant now) {
        return PUBLISHED.equals(status) && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /**
     * Whether the round is closed (đã khóa): its final ranking is frozen, and only then may a
     * contestant see the key of what they were shown. A reopened round is not closed.
     */
    public static boolean closed(String status) {
        return CLOSED.equals(status);
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
