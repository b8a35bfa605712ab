package vn.dongnai.contest.contest;

import org.junit.jupiter.api.Test;
import vn.dongnai.contest.system.ApiError;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FairnessLockTest {

    private static final Instant NOW = Instant.parse("2025-11-10T02:00:00Z");
    private static final Instant OPENS = NOW.minusSeconds(600);
    private static final Instant CLOSES = NOW.plusSeconds(86_400);
    private static final FairnessLock.Terms OPEN_ROUND = new FairnessLock.Terms(OPENS, CLOSES, 20, 900, 3, "BEST", 1, 15,
            "PARTICIPANTS", "Bao nhiêu người tham gia?", "ALL", List.of(new DrawRule.Part(null, "EASY", 8)));

    private static List<String> refused(String status, UnaryOperator<FairnessLock.Terms> change) {
        return FairnessLock.refusedChanges(status, OPEN_ROUND, change.apply(OPEN_ROUND)).stream()
                .map(e -> e.field() + ":" + e.code()).toList();
    }

    private static FairnessLock.Terms with(Instant opensAt, Instant closesAt) {
        FairnessLock.Terms t = OPEN_ROUND;
        return new FairnessLock.Terms(opensAt, closesAt, t.questionCount(), t.timeLimitSeconds(), t.attemptsAllowed(),
                t.countingRule(), t.pointsPerQuestion(), t.graceSeconds(), t.predictionKind(), t.predictionPrompt(),
                t.audience(), t.drawRules());
    }

    private static FairnessLock.Terms terms(int questionCount, int timeLimit, int attempts, String counting, int points,
                                            int grace, String predictionKind, String prompt, String audience,
                                            List<DrawRule.Part> rules) {
        return new FairnessLock.Terms(OPENS, CLOSES, questionCount, timeLimit, attempts, counting, points, grace,
                predictionKind, prompt, audience, rules);
    }

    // ---- when a round freezes

    @Test
    void aDraftRoundIsNotFrozenEvenPastItsOpeningTime() {
        assertFalse(FairnessLock.frozen("DRAFT", 0, OPENS, NOW));
    }

    @Test
    void aPublishedRoundBeforeItsOpeningIsNotFrozen() {
        assertFalse(FairnessLock.frozen("PUBLISHED", 0, NOW.plusSeconds(60), NOW));
    }

    @Test
    void aPublishedRoundFreezesAtTheVeryMomentItOpens() {
        assertTrue(FairnessLock.frozen("PUBLISHED", 0, NOW, NOW));
    }

    @Test
    void aRoundWithAnAttemptIsFrozenWhateverItsStatusAndTime() {
        assertTrue(FairnessLock.frozen("DRAFT", 1, NOW.plusSeconds(3600), NOW));
    }

    @Test
    void aClosedRoundIsFrozen() {
        assertTrue(FairnessLock.frozen("CLOSED", 0, NOW.plusSeconds(3600), NOW));
    }

    // ---- what a frozen round refuses

    @Test
    void anUnchangedOpenRoundRefusesNothing() {
        assertEquals(List.of(), refused("PUBLISHED", t -> t));
    }

    @Test
    void theOpeningTimeIsFrozen() {
        assertEquals(List.of("opensAt:LOCKED"), refused("PUBLISHED", t -> with(OPENS.minusSeconds(60), CLOSES)));
    }

    @Test
    void theQuestionCountIsFrozen() {
        assertEquals(List.of("questionCount:LOCKED"), refused("PUBLISHED",
                t -> terms(25, 900, 3, "BEST", 1, 15, "PARTICIPANTS", t.predictionPrompt(), "ALL", t.drawRules())));
    }

    @Test
    void theTimeLimitIsFrozen() {
        assertEquals(List.of("timeLimitSeconds:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 1200, 3, "BEST", 1, 15, "PARTICIPANTS", t.predictionPrompt(), "ALL", t.drawRules())));
    }

    @Test
    void theNumberOfAttemptsAllowedIsFrozen() {
        assertEquals(List.of("attemptsAllowed:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 900, 5, "BEST", 1, 15, "PARTICIPANTS", t.predictionPrompt(), "ALL", t.drawRules())));
    }

    @Test
    void whichAttemptCountsIsFrozen() {
        assertEquals(List.of("countingRule:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 900, 3, "LAST", 1, 15, "PARTICIPANTS", t.predictionPrompt(), "ALL", t.drawRules())));
    }

    @Test
    void thePointsPerQuestionAreFrozen() {
        assertEquals(List.of("pointsPerQuestion:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 900, 3, "BEST", 2, 15, "PARTICIPANTS", t.predictionPrompt(), "ALL", t.drawRules())));
    }

    @Test
    void theGraceIsFrozen() {
        assertEquals(List.of("graceSeconds:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 900, 3, "BEST", 1, 30, "PARTICIPANTS", t.predictionPrompt(), "ALL", t.drawRules())));
    }

    @Test
    void thePredictionQuestionKindAndPromptAreFrozen() {
        assertEquals(List.of("prediction.kind:LOCKED", "prediction.prompt:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 900, 3, "BEST", 1, 15, "NONE", null, "ALL", t.drawRules())));
    }

    @Test
    void theAudienceIsFrozen() {
        assertEquals(List.of("audience:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 900, 3, "BEST", 1, 15, "PARTICIPANTS", t.predictionPrompt(), "OFFICIALS", t.drawRules())));
    }

    @Test
    void theDrawRulesAreFrozen() {
        assertEquals(List.of("drawRules:LOCKED"), refused("PUBLISHED",
                t -> terms(20, 900, 3, "BEST", 1, 15, "PARTICIPANTS", t.predictionPrompt(), "ALL",
                        List.of(new DrawRule.Part(null, "EASY", 10)))));
    }

    @Test
    void everyFrozenChangeIsReportedAtItsFieldAtOnce() {
        assertEquals(List.of("questionCount:LOCKED", "timeLimitSeconds:LOCKED", "graceSeconds:LOCKED"),
                refused("PUBLISHED", t -> terms(10, 60, 3, "BEST", 1, 0, "PARTICIPANTS", t.predictionPrompt(), "ALL",
                        t.drawRules())));
    }

    // ---- what stays editable

    @Test
    void anOpenRoundsCloseMayMoveLater() {
        assertEquals(List.of(), refused("PUBLISHED", t -> with(OPENS, CLOSES.plusSeconds(3600))));
    }

    @Test
    void anOpenRoundsCloseMayNotMoveEarlier() {
        List<ApiError.FieldError> refused = FairnessLock.refusedChanges("PUBLISHED", OPEN_ROUND,
                with(OPENS, CLOSES.minusSeconds(60)));
        assertEquals(List.of("closesAt:ONLY_LATER"), refused.stream().map(e -> e.field() + ":" + e.code()).toList());
    }

    @Test
    void aClosedRoundsCloseIsFrozenEvenToMoveLater() {
        assertEquals(List.of("closesAt:LOCKED"), refused("CLOSED", t -> with(OPENS, CLOSES.plusSeconds(3600))));
    }

    @Test
    void theNameAndLeaderboardVisibilityAreNotPartOfTheLock() {
        // neither is in the terms at all: a rename or hiding the board is always accepted
        assertEquals(List.of(), refused("CLOSED", t -> t));
    }

    @Test
    void aFrozenRoundsDrawRuleMayNotBeRewrittenButAnOpenableOnesMay() {
        assertFalse(FairnessLock.drawMayChange(true));
        assertTrue(FairnessLock.drawMayChange(false));
    }

    // ---- the contest's bank, taking down

    @Test
    void theBankMayChangeWhileNoRoundIsFrozenAndNoneDrawsByTopic() {
        assertTrue(FairnessLock.bankChange(false, false).isEmpty());
    }

    @Test
    void theBankFreezesWithTheContestsFirstFrozenRound() {
        assertEquals("A round of this contest has started; its question bank can no longer change.",
                FairnessLock.bankChange(true, false).orElseThrow().messageEn());
    }

    @Test
    void theBankMayNotChangeWhileRoundsDrawByItsTopics() {
        assertEquals("Rounds draw by topics of the current bank; remove those draw rules first.",
                FairnessLock.bankChange(false, true).orElseThrow().messageEn());
    }

    @Test
    void aFrozenRoundThatIsNotClosedIsUnderWay() {
        assertTrue(FairnessLock.underWay("PUBLISHED", true));
    }

    @Test
    void aClosedRoundIsNoLongerUnderWay() {
        assertFalse(FairnessLock.underWay("CLOSED", true));
    }

    @Test
    void aRoundNotYetFrozenIsNotUnderWay() {
        assertFalse(FairnessLock.underWay("PUBLISHED", false));
    }
}
