package vn.dongnai.contest.award;

import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.award.AwardDecisionLifecycle.Decision;
import vn.dongnai.contest.award.AwardDecisionLifecycle.Refusal;
import vn.dongnai.contest.award.AwardDecisionLifecycle.Status;
import vn.dongnai.contest.award.AwardDecisionLifecycle.Step;
import vn.dongnai.contest.system.Role;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committee's decision: which step it may take from which state, by whom, and what each needs. */
class AwardDecisionLifecycleTest {

    private static final String HASH = "a".repeat(64);
    private static final Decision DRAFT_V2 = new Decision(Status.DRAFT, 2, HASH);
    private static final Decision SIGNED_V2 = new Decision(Status.SIGNED, 2, HASH);
    private static final Decision PUBLISHED_V2 = new Decision(Status.PUBLISHED, 2, HASH);
    private static final PrizeFlagRule.Flagged FAST = new PrizeFlagRule.Flagged("Giải Nhất", 1, 7L, "Nguyễn V. N.",
            List.of("Đợt 1"), List.of("FAST_FINISH"), List.of("làm bài nhanh bất thường"));

    /** Facts as a signer finds them, with a record of which were read. */
    private static final class Facts implements AwardDecisionLifecycle.SignOffFacts {
        String ranking = HASH;
        List<String> unsignedRounds = List.of();
        boolean same = true;
        List<PrizeFlagRule.Flagged> flagged = List.of();
        List<Long> unverified = List.of();
        final List<String> read = new ArrayList<>();

        @Override
        public String currentRankingHash() {
            read.add("ranking");
            return ranking;
        }

        @Override
        public List<String> unsignedRounds() {
            read.add("rounds");
            return unsignedRounds;
        }

        @Override
        public boolean computesSameWinners() {
            read.add("compute");
            return same;
        }

        @Override
        public List<PrizeFlagRule.Flagged> flaggedPlaces() {
            read.add("flags");
            return flagged;
        }

        @Override
        public List<Long> unverifiedWinners() {
            read.add("identities");
            return unverified;
        }
    }

    private static Optional<Refusal> sign(Decision current, Facts facts) {
        return AwardDecisionLifecycle.sign(current, 2, false, false, facts);
    }

    // Drafting

    @Test
    void theFirstDraftOfAFrozenRoundWithPrizesIsVersionOne() {
        assertEquals(Optional.empty(), AwardDecisionLifecycle.draft(null, true, () -> true));
        assertEquals(1, AwardDecisionLifecycle.nextVersion(null));
        assertEquals(Status.DRAFT, Step.DRAFT.leadsTo());
    }

    @Test
    void draftingAgainReplacesTheDraftWithTheNextVersion() {
        assertEquals(Optional.empty(), AwardDecisionLifecycle.draft(Status.DRAFT, true, () -> true));
        assertEquals(3, AwardDecisionLifecycle.nextVersion(DRAFT_V2));
    }

    @Test
    void aSignedOrPublishedDecisionIsNeverDraftedAgain() {
        assertEquals(Optional.of(new Refusal.Locked()), AwardDecisionLifecycle.draft(Status.SIGNED, true, () -> true));
        assertEquals(Optional.of(new Refusal.Locked()), AwardDecisionLifecycle.draft(Status.PUBLISHED, true, () -> true));
    }

    @Test
    void aRoundStillOpenCannotBeDrafted() {
        assertEquals(Optional.of(new Refusal.NotFrozen()), AwardDecisionLifecycle.draft(null, false, () -> true));
    }

    @Test
    void aScopeWithoutPrizeTiersCannotBeDrafted() {
        assertEquals(Optional.of(new Refusal.NoRules()), AwardDecisionLifecycle.draft(null, true, () -> false));
    }

    // Signing

    @Test
    void aCurrentDraftOnTheSameRankingWithVerifiedUnflaggedWinnersIsSigned() {
        Facts facts = new Facts();
        assertEquals(Optional.empty(), sign(DRAFT_V2, facts));
        assertEquals(List.of("ranking", "compute", "flags", "identities"), facts.read);
        assertEquals(Status.SIGNED, Step.SIGN.leadsTo());
    }

    @Test
    void nothingDraftedCannotBeSigned() {
        assertEquals(Optional.of(new Refusal.NoDecision()), sign(null, new Facts()));
    }

    @Test
    void aSignedOrPublishedDecisionIsNotSignedTwice() {
        assertEquals(Optional.of(new Refusal.Locked()), sign(SIGNED_V2, new Facts()));
        assertEquals(Optional.of(new Refusal.Locked()), sign(PUBLISHED_V2, new Facts()));
    }

    @Test
    void aSignerWhoReviewedAnOlderVersionIsSentBackBeforeAnythingIsComputed() {
        Facts facts = new Facts();
        assertEquals(Optional.of(new Refusal.DraftChanged(2)),
                AwardDecisionLifecycle.sign(DRAFT_V2, 1, false, false, facts));
        assertEquals(List.of(), facts.read);
    }

    @Test
    void aRankingThatChangedSinceTheDraftRefusesTheSignature() {
        Facts facts = new Facts();
        facts.ranking = "b".repeat(64);
        assertEquals(Optional.of(new Refusal.RankingChanged(HASH, "b".repeat(64))), sign(DRAFT_V2, facts));
        assertEquals(List.of("ranking"), facts.read);
    }

    @Test
    void aContestIsSignedOnlyAfterEveryRoundWithPrizes() {
        Facts facts = new Facts();
        facts.unsignedRounds = List.of("Đợt 2");
        assertEquals(Optional.of(new Refusal.RoundsNotSigned(List.of("Đợt 2"))),
                AwardDecisionLifecycle.sign(DRAFT_V2, 2, true, false, facts));
        assertEquals(List.of("ranking", "rounds"), facts.read);
    }

    @Test
    void aRoundDoesNotWaitForOtherRounds() {
        Facts facts = new Facts();
        facts.unsignedRounds = List.of("Đợt 2");
        assertEquals(Optional.empty(), sign(DRAFT_V2, facts));
        assertFalse(facts.read.contains("rounds"));
    }

    @Test
    void winnersThatMovedUnderTheDraftRefuseTheSignature() {
        Facts facts = new Facts();
        facts.same = false;
        assertEquals(Optional.of(new Refusal.DraftOutdated()), sign(DRAFT_V2, facts));
    }

    @Test
    void aPrizePlaceWithAnUndecidedReviewFlagRefusesTheSignature() {
        Facts facts = new Facts();
        facts.flagged = List.of(FAST);
        assertEquals(Optional.of(new Refusal.FlagsPending(List.of(FAST))), sign(DRAFT_V2, facts));
    }

    @Test
    void anAdminMaySignOverUndecidedFlagsButNotOverUnverifiedIdentities() {
        Facts facts = new Facts();
        facts.flagged = List.of(FAST);
        assertEquals(Optional.empty(), AwardDecisionLifecycle.sign(DRAFT_V2, 2, false, true, facts));
        facts.unverified = List.of(7L);
        assertEquals(Optional.of(new Refusal.IdentityNotVerified(List.of(7L))),
                AwardDecisionLifecycle.sign(DRAFT_V2, 2, false, true, facts));
    }

    @Test
    void aWinnerWithoutAVerifiedIdentityRefusesTheSignature() {
        Facts facts = new Facts();
        facts.unverified = List.of(7L, 9L);
        assertEquals(Optional.of(new Refusal.IdentityNotVerified(List.of(7L, 9L))), sign(DRAFT_V2, facts));
    }

    @Test
    void onlyAnAdminSignsOverFlags() {
        assertTrue(AwardDecisionLifecycle.maySignOverFlags(Set.of(Role.ADMIN)));
        assertFalse(AwardDecisionLifecycle.maySignOverFlags(Set.of(Role.COMMITTEE_CHAIR)));
        assertFalse(AwardDecisionLifecycle.maySignOverFlags(Set.of(Role.COMMITTEE)));
    }

    // Publishing

    @Test
    void aSignedDecisionIsPublished() {
        assertEquals(Optional.empty(), AwardDecisionLifecycle.publish(Status.SIGNED));
        assertEquals(Status.PUBLISHED, Step.PUBLISH.leadsTo());
    }

    @Test
    void aDraftIsNotPublishedBeforeItIsSigned() {
        assertEquals(Optional.of(new Refusal.WrongStatus("DRAFT", "SIGNED")), AwardDecisionLifecycle.publish(Status.DRAFT));
    }

    @Test
    void aPublishedDecisionIsNotPublishedTwice() {
        assertEquals(Optional.of(new Refusal.WrongStatus("PUBLISHED", "SIGNED")),
                AwardDecisionLifecycle.publish(Status.PUBLISHED));
    }

    @Test
    void nothingDraftedCannotBePublishedOrUnlocked() {
        assertEquals(Optional.of(new Refusal.NoDecision()), AwardDecisionLifecycle.publish(null));
        assertEquals(Optional.of(new Refusal.NoDecision()), AwardDecisionLifecycle.unlock(null));
    }

    // Unlocking

    @Test
    void aSignedOrPublishedDecisionIsUnlockedBackToTheNextDraftVersion() {
        assertEquals(Optional.empty(), AwardDecisionLifecycle.unlock(Status.SIGNED));
        assertEquals(Optional.empty(), AwardDecisionLifecycle.unlock(Status.PUBLISHED));
        assertEquals(Status.DRAFT, Step.UNLOCK.leadsTo());
        assertEquals(3, AwardDecisionLifecycle.nextVersion(PUBLISHED_V2));
    }

    @Test
    void aDraftHasNothingToUnlock() {
        assertEquals(Optional.of(new Refusal.WrongStatus("DRAFT", "SIGNED/PUBLISHED")),
                AwardDecisionLifecycle.unlock(Status.DRAFT));
    }

    @Test
    void onlyAnAdminUnlocksWhileTheCommitteeTakesEveryOtherStep() {
        for (Step step : List.of(Step.DRAFT, Step.SIGN, Step.PUBLISH)) {
            assertTrue(AwardDecisionLifecycle.mayTake(step, Set.of(Role.COMMITTEE)), step.name());
            assertTrue(AwardDecisionLifecycle.mayTake(step, Set.of(Role.COMMITTEE_CHAIR)), step.name());
            assertTrue(AwardDecisionLifecycle.mayTake(step, Set.of(Role.ADMIN)), step.name());
            assertFalse(AwardDecisionLifecycle.mayTake(step, Set.of(Role.ORGANIZER)), step.name());
        }
        assertTrue(AwardDecisionLifecycle.mayTake(Step.UNLOCK, Set.of(Role.ADMIN)));
        assertFalse(AwardDecisionLifecycle.mayTake(Step.UNLOCK, Set.of(Role.COMMITTEE_CHAIR, Role.COMMITTEE)));
    }

    @Test
    void theControllerSecuresEachStepForTheRolesTheLifecycleNames() throws NoSuchMethodException {
        Set<String> committee = Set.copyOf(Arrays.asList(AwardController.class.getAnnotation(Secured.class).value()));
        for (String path : List.of("Round", "Contest")) {
            assertEquals(Step.DRAFT.roles(), secured(find("draft" + path), committee));
            assertEquals(Step.SIGN.roles(), secured(find("sign" + path), committee));
            assertEquals(Step.PUBLISH.roles(), secured(find("publish" + path), committee));
            assertEquals(Step.UNLOCK.roles(), secured(find("unlock" + path), committee));
        }
    }

    private static Method find(String name) {
        return Arrays.stream(AwardController.class.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private static Set<String> secured(Method method, Set<String> byDefault) {
        Secured secured = method.getAnnotation(Secured.class);
        return secured == null ? byDefault : Set.copyOf(Arrays.asList(secured.value()));
    }

    // What a lock freezes

    @Test
    void aSignedScopeKeepsItsRulesAndItsRoundStaysClosed() {
        assertTrue(AwardDecisionLifecycle.rulesMayChange(null));
        assertTrue(AwardDecisionLifecycle.rulesMayChange(Status.DRAFT));
        assertFalse(AwardDecisionLifecycle.rulesMayChange(Status.SIGNED));
        assertFalse(AwardDecisionLifecycle.rulesMayChange(Status.PUBLISHED));
        assertTrue(AwardDecisionLifecycle.roundMayReopen(0));
        assertFalse(AwardDecisionLifecycle.roundMayReopen(1));
    }

    @Test
    void theOnePrizeRuleFreezesOnceAnyDecisionOfTheContestIsSigned() {
        assertTrue(AwardDecisionLifecycle.onePrizeRuleMayChange(false));
        assertFalse(AwardDecisionLifecycle.onePrizeRuleMayChange(true));
    }

    @Test
    void onlyAPublishedDecisionIsShownPublicly() {
        assertEquals(Status.PUBLISHED, AwardDecisionLifecycle.SHOWN_PUBLICLY);
    }

    @Test
    void theQueriesAskForTheLockedStatuses() {
        assertEquals("('SIGNED', 'PUBLISHED')", AwardDecisionLifecycle.lockedStatusesSql());
        assertEquals(Status.SIGNED, Status.of("SIGNED"));
        assertEquals(null, Status.of("SOMETHING_ELSE"));
    }
}
