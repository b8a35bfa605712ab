package vn.dongnai.contest.attempt;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.question.VersionView;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradingTest {

    private static VersionView question(long id, int correctPosition) {
        return new VersionView(id, "Q" + id, List.of(
                new VersionView.Option(id * 10, "a", correctPosition == 0),
                new VersionView.Option(id * 10 + 1, "b", correctPosition == 1),
                new VersionView.Option(id * 10 + 2, "c", correctPosition == 2)));
    }

    @Test
    void countsOnlyCorrectAnswersAndScalesByPointsPerQuestion() {
        Map<Long, VersionView> shown = Map.of(1L, question(1, 0), 2L, question(2, 2), 3L, question(3, 1));
        var result = Grading.grade(shown, Map.of(1L, 10L, 2L, 21L), 10);
        assertEquals(1, result.correctCount());
        assertEquals(10, result.score());
    }

    @Test
    void unansweredQuestionsScoreNothing() {
        var result = Grading.grade(Map.of(1L, question(1, 0)), Map.of(), 1);
        assertEquals(0, result.correctCount());
    }

    @Test
    void anAnswerOnTheKeyIsMarkedCorrect() {
        assertTrue(Grading.isCorrect(question(1, 2), 12L));
        assertFalse(Grading.isCorrect(question(1, 2), 10L));
    }

    @Test
    void anAnswerForAQuestionTheAttemptDidNotShowScoresNothing() {
        var result = Grading.grade(Map.of(1L, question(1, 0)), Map.of(2L, 20L), 5);
        assertEquals(0, result.correctCount());
        assertEquals(0, result.score());
    }

    @Test
    void sevenCorrectAnswersAtTenPointsScoreSeventy() {
        assertEquals(new Grading.Result(7, 70), Grading.score(7, 10));
    }
}
