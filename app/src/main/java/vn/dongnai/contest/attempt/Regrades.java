package vn.dongnai.contest.attempt;

import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.util.List;

/**
 * Writes a regrade's outcome (chấm lại) to the attempts it decided on: the corrected mark of each
 * answer given on the re-keyed version, and the new correct count and score of each attempt whose
 * result changed. Called inside the caller's transaction; the decisions are the caller's.
 */
@Singleton
public class Regrades {

    private final Sql sql;

    Regrades(Sql sql) {
        this.sql = sql;
    }

    /** One answer's corrected mark. */
    public record AnswerMark(long attemptId, boolean correct) {
    }

    /** One attempt's result after the regrade. */
    public record Rescored(long attemptId, int correctCount, int score) {
    }

    /** Marks the answers given on {@code questionVersionId} as right or wrong against the corrected key. */
    public void markAnswers(long questionVersionId, List<AnswerMark> marks) {
        sql.batch("UPDATE answer SET correct = ? WHERE attempt_id = ? AND question_version_id = ?", marks.stream()
                .map(m -> new Object[]{m.correct(), m.attemptId(), questionVersionId}).toList());
    }

    /** Stores the new correct count and score of the attempts whose result changed. */
    public void rescore(List<Rescored> results) {
        sql.batch("UPDATE attempt SET correct_count = ?, score = ? WHERE id = ?", results.stream()
                .map(r -> new Object[]{r.correctCount(), r.score(), r.attemptId()}).toList());
    }
}
