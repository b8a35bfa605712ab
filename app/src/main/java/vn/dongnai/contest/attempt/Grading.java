package vn.dongnai.contest.attempt;

import vn.dongnai.contest.question.VersionView;
import vn.dongnai.contest.system.BusinessRule;

import java.util.Map;

/**
 * Grading (chấm bài): which answer is correct and what an attempt scores, on the server from the
 * versions it showed; the client never sees a key. The submit, the deadline's close and a regrade
 * all mark and score through here.
 */
@BusinessRule
public final class Grading {

    public record Result(int correctCount, int score) {
    }

    private Grading() {
    }

    /**
     * @param answers chosen option id per question version; unanswered versions are absent
     */
    public static Result grade(Map<Long, VersionView> shown, Map<Long, Long> answers, int pointsPerQuestion) {
        int correct = 0;
        for (var entry : answers.entrySet()) {
            VersionView version = shown.get(entry.getKey());
            if (version != null && isCorrect(version, entry.getValue())) {
                correct++;
            }
        }
        return score(correct, pointsPerQuestion);
    }

    /** Whether the chosen option is the version's key (a regrade passes the version with its fixed key). */
    public static boolean isCorrect(VersionView version, long optionId) {
        return version.option(optionId).correct();
    }

    /** The result of an attempt with this many correct answers. */
    public static Result score(int correctCount, int pointsPerQuestion) {
        return new Result(correctCount, correctCount * pointsPerQuestion);
    }
}
