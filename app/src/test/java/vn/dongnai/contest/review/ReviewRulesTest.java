package vn.dongnai.contest.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewRulesTest {

    private static final ReviewRules.Thresholds T = new ReviewRules.Thresholds(3, 0.5, 10, 3, 5, 1);

    private static ReviewRules.ClosedAttempt attempt(long account, String status, int correct, long durationMs) {
        return new ReviewRules.ClosedAttempt(account * 10, account, status, 20, correct, durationMs);
    }

    @Test
    void aHighScoreFasterThanTheThresholdIsFlaggedWithItsEvidence() {
        var flags = ReviewRules.fastFinishes(List.of(attempt(1, "SUBMITTED", 18, 25_000)), T);

        assertEquals(1, flags.size());
        assertEquals(60_000L, flags.getFirst().evidence().get("thresholdMs"));
        assertEquals(25_000L, flags.getFirst().evidence().get("durationMs"));
    }

    @Test
    void clickingThroughQuicklyWithMostAnswersWrongIsNotFlagged() {
        assertEquals(List.of(), ReviewRules.fastFinishes(List.of(attempt(1, "SUBMITTED", 9, 25_000)), T));
    }

    @Test
    void anAttemptAtOrAboveTheThresholdIsNotFlagged() {
        assertEquals(List.of(), ReviewRules.fastFinishes(List.of(attempt(1, "SUBMITTED", 20, 60_000)), T));
    }

    @Test
    void anAttemptClosedByTheDeadlineIsNeverFast() {
        assertEquals(List.of(), ReviewRules.fastFinishes(List.of(attempt(1, "EXPIRED", 20, 1_000)), T));
    }

    @Test
    void everyAccountBehindASharedOriginIsFlaggedOnlyFromTheThresholdOn() {
        var below = new ReviewRules.SharedOrigin("a1b2c3", Set.of(1L, 2L));
        var at = new ReviewRules.SharedOrigin("d4e5f6", Set.of(3L, 4L, 5L));

        var flags = ReviewRules.sharedOrigins(ReviewRules.SHARED_DEVICE, List.of(below, at), 3);

        assertEquals(List.of(3L, 4L, 5L), flags.stream().map(ReviewRules.Flag::accountId).sorted().toList());
        assertEquals(List.of(4L, 5L), flags.stream().filter(f -> f.accountId() == 3L).findFirst().orElseThrow()
                .evidence().get("otherAccounts"));
    }

    @Test
    void identicalAnswerSetsOfTwoAccountsWithASharedMistakeAreFlagged() {
        var flags = ReviewRules.identicalAnswers(List.of(
                new ReviewRules.AnswerSet(10, 1, "7:70,8:81,9:92,10:100,11:111", 5, 2),
                new ReviewRules.AnswerSet(20, 2, "7:70,8:81,9:92,10:100,11:111", 5, 2),
                new ReviewRules.AnswerSet(30, 3, "7:71,8:81,9:92,10:100,11:111", 5, 1)), T);

        assertEquals(List.of(1L, 2L), flags.stream().map(ReviewRules.Flag::accountId).toList());
        assertEquals(List.of(10L, 20L), flags.getFirst().evidence().get("attemptIds"));
    }

    @Test
    void identicalPerfectPapersAndOneAccountsOwnRepeatsAreNotEvidence() {
        var flags = ReviewRules.identicalAnswers(List.of(
                new ReviewRules.AnswerSet(10, 1, "1:1,2:2,3:3,4:4,5:5", 5, 0),
                new ReviewRules.AnswerSet(20, 2, "1:1,2:2,3:3,4:4,5:5", 5, 0),
                new ReviewRules.AnswerSet(30, 3, "1:9,2:2,3:3,4:4,5:5", 5, 1),
                new ReviewRules.AnswerSet(31, 3, "1:9,2:2,3:3,4:4,5:5", 5, 1)), T);

        assertEquals(List.of(), flags);
    }
}
