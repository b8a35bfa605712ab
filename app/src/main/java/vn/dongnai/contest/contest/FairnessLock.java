package vn.dongnai.contest.contest;

import vn.dongnai.contest.system.ApiError;
import vn.dongnai.contest.system.BusinessRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which settings freeze once a round opens. A round is frozen when it is closed, has an attempt, or
 * is published and its opening time has come. From then on what decides a fair result — the draw,
 * the opening time, time limit, attempts, counting rule, points, grace, prediction and audience —
 * cannot change; the name and the leaderboard's visibility still can, and the close may move later
 * (not earlier, and not at all once the round is closed). A contest's bank freezes with its first
 * frozen round, and while its rounds draw by the bank's topics. A frozen round cannot be taken back
 * to draft, nor its contest taken down while such a round is under way.
 */
@BusinessRule
final class FairnessLock {

    /**
     * What a round's fairness depends on. {@code predictionPrompt} is null without a prediction;
     * {@code audience} is ALL, OFFICIALS or RESIDENTS.
     */
    record Terms(Instant opensAt, Instant closesAt, int questionCount, int timeLimitSeconds, int attemptsAllowed,
                 String countingRule, int pointsPerQuestion, int graceSeconds, String predictionKind,
                 String predictionPrompt, String audience, List<DrawRule.Part> drawRules) {
    }

    private static final String CLOSED = "CLOSED";
    private static final String PUBLISHED = "PUBLISHED";

    private FairnessLock() {
    }

    /** Whether a round in {@code status} with {@code attempts} attempts, opening at {@code opensAt}, is frozen at {@code now}. */
    static boolean frozen(String status, long attempts, Instant opensAt, Instant now) {
        return CLOSED.equals(status) || attempts > 0 || (PUBLISHED.equals(status) && !now.isBefore(opensAt));
    }

    /** Each change from {@code current} to {@code requested} a frozen round refuses, at its field; empty when none. */
    static List<ApiError.FieldError> refusedChanges(String status, Terms current, Terms requested) {
        List<ApiError.FieldError> refused = new ArrayList<>();
        frozenField(refused, "opensAt", current.opensAt(), requested.opensAt());
        frozenField(refused, "questionCount", current.questionCount(), requested.questionCount());
        frozenField(refused, "timeLimitSeconds", current.timeLimitSeconds(), requested.timeLimitSeconds());
        frozenField(refused, "attemptsAllowed", current.attemptsAllowed(), requested.attemptsAllowed());
        frozenField(refused, "countingRule", current.countingRule(), requested.countingRule());
        frozenField(refused, "pointsPerQuestion", current.pointsPerQuestion(), requested.pointsPerQuestion());
        frozenField(refused, "graceSeconds", current.graceSeconds(), requested.graceSeconds());
        frozenField(refused, "prediction.kind", current.predictionKind(), requested.predictionKind());
        frozenField(refused, "prediction.prompt", current.predictionPrompt(), requested.predictionPrompt());
        frozenField(refused, "audience", current.audience(), requested.audience());
        frozenField(refused, "drawRules", current.drawRules(), requested.drawRules());
        if (CLOSED.equals(status)) {
            frozenField(refused, "closesAt", current.closesAt(), requested.closesAt());
        } else if (requested.closesAt().isBefore(current.closesAt())) {
            refused.add(new ApiError.FieldError("closesAt", "ONLY_LATER",
                    "Đợt thi đã bắt đầu: chỉ có thể lùi thời gian kết thúc, không thể rút ngắn.",
                    "The round has started: its close can move later, not earlier."));
        }
        return refused;
    }

    /** Why the contest's bank may not change; empty when it may. */
    static Optional<Refusal> bankChange(boolean aRoundIsFrozen, boolean aRoundDrawsByTopic) {
        if (aRoundIsFrozen) {
            return Optional.of(new Refusal("Cuộc thi đã có đợt thi bắt đầu nên không thể đổi ngân hàng câu hỏi.",
                    "A round of this contest has started; its question bank can no longer change."));
        }
        if (aRoundDrawsByTopic) {
            return Optional.of(new Refusal("Các đợt thi đang rút câu theo chủ đề của ngân hàng hiện tại; hãy bỏ các quy tắc đó trước.",
                    "Rounds draw by topics of the current bank; remove those draw rules first."));
        }
        return Optional.empty();
    }

    /** A frozen round that is not closed: people may be taking it, so neither it nor its contest may be taken down. */
    static boolean underWay(String status, boolean frozen) {
        return frozen && !CLOSED.equals(status);
    }

    /** Whether the round's draw rule may still be rewritten. */
    static boolean drawMayChange(boolean frozen) {
        return !frozen;
    }

    record Refusal(String message, String messageEn) {
    }

    private static void frozenField(List<ApiError.FieldError> refused, String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            refused.add(new ApiError.FieldError(field, "LOCKED", "Không thể thay đổi khi đợt thi đã bắt đầu.",
                    field + " is locked once the round has started."));
        }
    }
}
