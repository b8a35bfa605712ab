package vn.dongnai.contest.award;

import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which step the committee's decision (kết quả xét giải) of one scope may take, from which state,
 * by whom, and what the step requires:
 *
 * <pre>
 *   (none) ──draft──▶ DRAFT ──sign──▶ SIGNED ──publish──▶ PUBLISHED
 *                      ▲  └─draft─┘      │                   │
 *                      └──────── unlock (ADMIN, with a reason) ┘
 * </pre>
 *
 * A signed or published decision is locked: never recomputed, its rules frozen, its prizes held
 * by the winners for the one-prize-per-person rule, its round not reopened. Only an ADMIN unlock
 * (back to a new draft version) releases it. Plain Java: the services read the facts and turn a
 * {@link Refusal} into the API's answer ({@link AwardErrors#of}). Other features that read a
 * decision's status ask {@link Status#locked()} and {@link #lockedStatusesSql()}.
 */
@BusinessRule
public final class AwardDecisionLifecycle {

    private AwardDecisionLifecycle() {
    }

    /** The stored status of a decision ({@code award_decision.status}). */
    public enum Status {
        DRAFT, SIGNED, PUBLISHED;

        /** Signed off (and maybe published): final until an ADMIN unlocks it. */
        public boolean locked() {
            return this != DRAFT;
        }

        /** The stored status; null for no decision (or a value this code does not know). */
        public static Status of(String stored) {
            return stored == null ? null : Stream.of(values()).filter(s -> s.name().equals(stored)).findFirst().orElse(null);
        }
    }

    /** A step of the workflow, with the staff roles that may take it. */
    enum Step {
        DRAFT(Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN),
        SIGN(Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN),
        PUBLISH(Role.COMMITTEE, Role.COMMITTEE_CHAIR, Role.ADMIN),
        UNLOCK(Role.ADMIN);

        private final Set<String> roles;

        Step(String... roles) {
            this.roles = Set.of(roles);
        }

        Set<String> roles() {
            return roles;
        }

        /** The status the decision is in after the step. */
        Status leadsTo() {
            return switch (this) {
                case DRAFT, UNLOCK -> Status.DRAFT;
                case SIGN -> Status.SIGNED;
                case PUBLISH -> Status.PUBLISHED;
            };
        }
    }

    /** The decision as it stands: its status, the draft version and the frozen ranking it was computed on. */
    record Decision(Status status, int version, String rankingHash) {
    }

    /** Why a step is refused. */
    sealed interface Refusal {
        /** Nothing drafted yet. */
        record NoDecision() implements Refusal {
        }

        /** Signed off: only an ADMIN unlock allows it. */
        record Locked() implements Refusal {
        }

        /** The step needs another status ({@code expected}, e.g. "SIGNED" or "SIGNED/PUBLISHED"). */
        record WrongStatus(String status, String expected) implements Refusal {
        }

        /** The round (or every round of the contest) is not closed with a frozen ranking. */
        record NotFrozen() implements Refusal {
        }

        /** No prize tiers for the scope. */
        record NoRules() implements Refusal {
        }

        /** The signer reviewed another version than the current draft. */
        record DraftChanged(int currentVersion) implements Refusal {
        }

        /** The frozen ranking is not the one the draft was computed on. */
        record RankingChanged(String drafted, String current) implements Refusal {
        }

        /** A contest is signed after every round with prizes: collective points must be final. */
        record RoundsNotSigned(List<String> rounds) implements Refusal {
        }

        /** Computing again gives other winners (rules, exclusions, disqualifications or other scopes moved). */
        record DraftOutdated() implements Refusal {
        }

        /** Prize places with undecided review flags, and no ADMIN signing over them. */
        record FlagsPending(List<PrizeFlagRule.Flagged> places) implements Refusal {
        }

        /** Winners whose identity the committee has not checked against their papers. */
        record IdentityNotVerified(List<Long> accountIds) implements Refusal {
        }
    }

    /** What signing looks at, read only when its turn comes (the later ones cost a computation). */
    interface SignOffFacts {
        /** The scope's frozen ranking now ("" when there is none). */
        String currentRankingHash();

        /** A contest's rounds that have prizes and a frozen ranking but no signed decision. */
        List<String> unsignedRounds();

        /** Whether computing again gives the same winners in the same tiers and order (and the same units). */
        boolean computesSameWinners();

        /** The draft's prize places that still carry an undecided review flag. */
        List<PrizeFlagRule.Flagged> flaggedPlaces();

        /** The draft's winners without a verified identity, in prize order. */
        List<Long> unverifiedWinners();
    }

    /** Whether these roles may take the step (the controllers' {@code @Secured} say the same). */
    static boolean mayTake(Step step, Collection<String> roles) {
        return roles.stream().anyMatch(step.roles()::contains);
    }

    /** Signing over undecided review flags is an ADMIN's call alone (and needs a reason). */
    static boolean maySignOverFlags(Collection<String> roles) {
        return roles.contains(Role.ADMIN);
    }

    /**
     * Drafting (again): refused once signed; needs a frozen ranking and prize tiers. A draft
     * replaces the previous one with the next version.
     */
    static Optional<Refusal> draft(Status current, boolean rankingFrozen, BooleanSupplier hasPrizes) {
        if (current != null && current.locked()) {
            return Optional.of(new Refusal.Locked());
        }
        if (!rankingFrozen) {
            return Optional.of(new Refusal.NotFrozen());
        }
        if (!hasPrizes.getAsBoolean()) {
            return Optional.of(new Refusal.NoRules());
        }
        return Optional.empty();
    }

    /**
     * Signing, checked in this order: a draft exists and is a draft; the version the signer reviewed
     * is the current one; the frozen ranking is the one it was computed on; for a contest, every
     * round is signed; computing again gives the same winners; no prize place has an undecided
     * review flag (unless an ADMIN signs over them); every winner's identity is verified.
     */
    static Optional<Refusal> sign(Decision current, int reviewedVersion, boolean contestScope, boolean flagsOverridden,
                                  SignOffFacts facts) {
        if (current == null) {
            return Optional.of(new Refusal.NoDecision());
        }
        if (current.status() != Status.DRAFT) {
            return Optional.of(current.status() != null && current.status().locked() ? new Refusal.Locked()
                    : new Refusal.WrongStatus(String.valueOf(current.status()), Status.DRAFT.name()));
        }
        if (reviewedVersion != current.version()) {
            return Optional.of(new Refusal.DraftChanged(current.version()));
        }
        String ranking = facts.currentRankingHash();
        if (!ranking.equals(current.rankingHash())) {
            return Optional.of(new Refusal.RankingChanged(current.rankingHash(), ranking));
        }
        if (contestScope) {
            List<String> unsigned = facts.unsignedRounds();
            if (!unsigned.isEmpty()) {
                return Optional.of(new Refusal.RoundsNotSigned(unsigned));
            }
        }
        if (!facts.computesSameWinners()) {
            return Optional.of(new Refusal.DraftOutdated());
        }
        List<PrizeFlagRule.Flagged> flagged = facts.flaggedPlaces();
        if (!flagged.isEmpty() && !flagsOverridden) {
            return Optional.of(new Refusal.FlagsPending(flagged));
        }
        List<Long> unverified = facts.unverifiedWinners();
        if (!unverified.isEmpty()) {
            // a squatter who registered someone else's citizen ID must not collect the prize
            return Optional.of(new Refusal.IdentityNotVerified(unverified));
        }
        return Optional.empty();
    }

    /** Publishing: only a signed decision goes on the public list. */
    static Optional<Refusal> publish(Status current) {
        if (current == null) {
            return Optional.of(new Refusal.NoDecision());
        }
        return current == Status.SIGNED ? Optional.empty()
                : Optional.of(new Refusal.WrongStatus(current.name(), Status.SIGNED.name()));
    }

    /** Unlocking (ADMIN, with a reason): only a signed or published decision, back to a new draft version. */
    static Optional<Refusal> unlock(Status current) {
        if (current == null) {
            return Optional.of(new Refusal.NoDecision());
        }
        return current.locked() ? Optional.empty()
                : Optional.of(new Refusal.WrongStatus(current.name(), Status.SIGNED + "/" + Status.PUBLISHED));
    }

    /** The version a draft or an unlock leaves: the first draft is 1, every later one the next. */
    static int nextVersion(Decision current) {
        return current == null ? 1 : current.version() + 1;
    }

    /** A scope's prize rules may change until its decision is signed. */
    static boolean rulesMayChange(Status current) {
        return current == null || !current.locked();
    }

    /** The one-prize-per-person setting ties every scope together: it is frozen once any decision is signed. */
    static boolean onePrizeRuleMayChange(boolean anyDecisionLocked) {
        return !anyDecisionLocked;
    }

    /** A round's frozen ranking may be reopened only while no decision based on it is signed. */
    static boolean roundMayReopen(long lockedDecisionsOnIt) {
        return lockedDecisionsOnIt == 0;
    }

    /** The public winners list and a contestant's own results show only published decisions. */
    static final Status SHOWN_PUBLICLY = Status.PUBLISHED;

    /** The statuses of a locked decision, as an SQL IN list: "('SIGNED', 'PUBLISHED')". */
    public static String lockedStatusesSql() {
        return Stream.of(Status.values()).filter(Status::locked).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
