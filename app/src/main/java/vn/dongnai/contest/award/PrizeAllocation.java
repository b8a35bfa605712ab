package vn.dongnai.contest.award;

import vn.dongnai.contest.ranking.RankingPolicy.DecidedBy;
import vn.dongnai.contest.system.BusinessRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who wins which individual prize (giải cá nhân), by the published rules. Plain Java.
 *
 * <p>Each scope (a round, or a whole contest) walks its frozen ranking from the top and gives each
 * prize to the best-ranked entry that may still win, skipping — with the reason recorded —
 * disqualified entries, excluded staff, entries outside the eligible groups, below the minimum
 * score or not all correct.
 *
 * <p>One prize per person: all prizes of all scopes are handed out together, highest amount first
 * (then tier, then scope order), so a person who ranks for several is reached first by the highest
 * prize they can win and is passed over ("keeps another prize") by every lower one; the next
 * eligible entry of that scope moves up. A prize already signed off elsewhere is final: its holder
 * is passed over by every prize decided later, whatever its amount.
 */
@BusinessRule
public final class PrizeAllocation {

    /** A tier (hạng giải), highest first within a scope. {@code collectivePoints} count for the winner's unit. */
    public record Tier(int position, String name, int count, long amountVnd, int collectivePoints) {
        public Tier {
            Objects.requireNonNull(name);
            if (count < 0 || amountVnd < 0 || collectivePoints < 0) {
                throw new IllegalArgumentException("negative count, amount or points in tier " + name);
            }
        }
    }

    /**
     * Who may win: {@code minScore} is null for no minimum; an empty {@code groups} set means
     * every participant group.
     */
    public record Eligibility(Integer minScore, boolean allCorrectOnly, Set<String> groups) {
        public static final Eligibility ANYONE = new Eligibility(null, false, Set.of());

        public Eligibility {
            groups = Set.copyOf(groups);
        }
    }

    /**
     * One entry of a scope's frozen ranking, delivered in rank order. {@code decidedByNext} is the
     * link of the ranking chain that put it above the entry ranked just below it.
     */
    public record Candidate(long accountId, int rank, int score, boolean allCorrect, String group,
                            boolean disqualified, boolean excluded, DecidedBy decidedByNext) {
    }

    /** A scope to decide: its tiers, who may win, and its ranking (read lazily, top first). */
    public record Scope(String key, String label, List<Tier> tiers, Eligibility eligibility, Iterator<Candidate> ranking) {
        public Scope {
            tiers = List.copyOf(tiers);
            for (int i = 1; i < tiers.size(); i++) {
                if (tiers.get(i).amountVnd() > tiers.get(i - 1).amountVnd()) {
                    throw new IllegalArgumentException("tiers of " + key + " must not increase in amount");
                }
            }
        }
    }

    /** A prize signed off earlier: final, so its holder can win nothing else when one prize per person applies. */
    public record Held(String scopeKey, String scopeLabel, long accountId, String tierName, long amountVnd) {
    }

    /** Why an entry ranked above a winner did not get the prize. */
    public enum Reason {
        DISQUALIFIED, EXCLUDED, GROUP_NOT_ELIGIBLE, BELOW_MIN_SCORE, NOT_ALL_CORRECT,
        /** Reached first by a higher (or equal, earlier) prize of another scope in the same decision. */
        KEEPS_OTHER_PRIZE,
        /** Holds a prize signed off earlier. */
        KEEPS_SIGNED_PRIZE
    }

    public record PassedOver(long accountId, int rank, Reason reason, String heldScopeKey, String heldScopeLabel,
                             String heldTier) {
    }

    /**
     * A prize and its winner. {@code decidedBy} is the link of the chain that put the winner above
     * the next entry that could still win; {@code movedUp} counts entries ranked above it in this
     * scope that were passed over because they keep another prize; {@code passedOver} lists those
     * skipped since the previous winner (at most {@link #PASSED_OVER_KEPT}, {@code passedOverCount} all).
     */
    public record Award(String scopeKey, Tier tier, Candidate winner, DecidedBy decidedBy, int movedUp,
                        List<PassedOver> passedOver, int passedOverCount) {
    }

    /** A scope's result: its awards in tier and rank order, and how many prizes of each tier found nobody. */
    public record Outcome(String scopeKey, List<Award> awards, Map<Integer, Integer> unfilledByTier) {
    }

    /** Per winner, how many passed-over entries are kept for the review; the count covers all. */
    public static final int PASSED_OVER_KEPT = 100;
    /** How far past the last winner the next competitor is looked for, to say what decided the last place. */
    static final int LOOKAHEAD = 100_000;

    private PrizeAllocation() {
    }

    public static Map<String, Outcome> allocate(List<Scope> scopes, List<Held> held, boolean onePrizePerPerson) {
        List<Walk> walks = new ArrayList<>();
        for (Scope scope : scopes) {
            walks.add(new Walk(scope));
        }
        Map<Long, Holding> holdings = new HashMap<>();
        if (onePrizePerPerson) {
            for (Held h : held) {
                holdings.putIfAbsent(h.accountId(), new Holding(h.scopeKey(), h.scopeLabel(), h.tierName(), true));
            }
        }
        for (Slot slot : slots(walks)) {
            Walk walk = slot.walk();
            Candidate winner = walk.nextWinner(holdings, onePrizePerPerson);
            if (winner == null) {
                walk.unfilled.merge(slot.tier().position(), 1, Integer::sum);
                continue;
            }
            walk.award(slot.tier(), winner);
            if (onePrizePerPerson) {
                holdings.put(winner.accountId(), new Holding(walk.scope.key(), walk.scope.label(), slot.tier().name(), false));
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Walk walk : walks) {
            walk.finish(holdings, onePrizePerPerson);
            outcomes.put(walk.scope.key(), new Outcome(walk.scope.key(), List.copyOf(walk.awards), Map.copyOf(walk.unfilled)));
        }
        return outcomes;
    }

    /** The reason an entry may not win this scope's prizes by its rules, or null. */
    static Reason ineligibility(Candidate c, Eligibility rules) {
        if (c.disqualified()) {
            return Reason.DISQUALIFIED;
        }
        if (c.excluded()) {
            return Reason.EXCLUDED;
        }
        if (!rules.groups().isEmpty() && !rules.groups().contains(c.group())) {
            return Reason.GROUP_NOT_ELIGIBLE;
        }
        if (rules.minScore() != null && c.score() < rules.minScore()) {
            return Reason.BELOW_MIN_SCORE;
        }
        if (rules.allCorrectOnly() && !c.allCorrect()) {
            return Reason.NOT_ALL_CORRECT;
        }
        return null;
    }

    private record Holding(String scopeKey, String scopeLabel, String tierName, boolean signed) {
    }

    private record Slot(Walk walk, int scopeOrder, Tier tier) {
    }

    /** Every prize of every scope, highest amount first; within a scope always in tier order. */
    private static List<Slot> slots(List<Walk> walks) {
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < walks.size(); s++) {
            for (Tier tier : walks.get(s).scope.tiers()) {
                for (int i = 0; i < tier.count(); i++) {
                    slots.add(new Slot(walks.get(s), s, tier));
                }
            }
        }
        slots.sort(Comparator.comparingLong((Slot slot) -> slot.tier().amountVnd()).reversed()
                .thenComparingInt(slot -> slot.tier().position())
                .thenComparingInt(Slot::scopeOrder));
        return slots;
    }

    /** One scope's walk down its ranking: a single forward pass, since a reason to skip never goes away. */
    private static final class Walk {
        final Scope scope;
        final List<Award> awards = new ArrayList<>();
        final Map<Integer, Integer> unfilled = new HashMap<>();
        List<PassedOver> pending = new ArrayList<>();
        int pendingCount;
        int movedUp;
        /** The most significant link of the chain between the last winner and the entry being looked at. */
        DecidedBy linkSinceWinner;

        Walk(Scope scope) {
            this.scope = scope;
        }

        Candidate nextWinner(Map<Long, Holding> holdings, boolean onePrizePerPerson) {
            while (scope.ranking().hasNext()) {
                Candidate c = scope.ranking().next();
                PassedOver skipped = skipReason(c, holdings, onePrizePerPerson);
                if (skipped == null) {
                    return c;
                }
                if (pending.size() < PASSED_OVER_KEPT) {
                    pending.add(skipped);
                }
                pendingCount++;
                if (skipped.reason() == Reason.KEEPS_OTHER_PRIZE || skipped.reason() == Reason.KEEPS_SIGNED_PRIZE) {
                    movedUp++;
                }
                passThrough(c);
            }
            return null;
        }

        PassedOver skipReason(Candidate c, Map<Long, Holding> holdings, boolean onePrizePerPerson) {
            Reason reason = ineligibility(c, scope.eligibility());
            if (reason != null) {
                return new PassedOver(c.accountId(), c.rank(), reason, null, null, null);
            }
            Holding holding = onePrizePerPerson ? holdings.get(c.accountId()) : null;
            if (holding != null) {
                return new PassedOver(c.accountId(), c.rank(),
                        holding.signed() ? Reason.KEEPS_SIGNED_PRIZE : Reason.KEEPS_OTHER_PRIZE,
                        holding.scopeKey(), holding.scopeLabel(), holding.tierName());
            }
            return null;
        }

        void award(Tier tier, Candidate winner) {
            if (!awards.isEmpty()) {
                settleLastWinner(linkSinceWinner);
            }
            awards.add(new Award(scope.key(), tier, winner, DecidedBy.LAST, movedUp, List.copyOf(pending), pendingCount));
            pending = new ArrayList<>();
            pendingCount = 0;
            linkSinceWinner = winner.decidedByNext();
        }

        /** The last winner is compared with the next entry that could still have won. */
        void finish(Map<Long, Holding> holdings, boolean onePrizePerPerson) {
            if (awards.isEmpty()) {
                return;
            }
            for (int looked = 0; looked < LOOKAHEAD && scope.ranking().hasNext(); looked++) {
                Candidate c = scope.ranking().next();
                if (skipReason(c, holdings, onePrizePerPerson) == null) {
                    settleLastWinner(linkSinceWinner);
                    return;
                }
                passThrough(c);
            }
        }

        private void passThrough(Candidate c) {
            if (linkSinceWinner != null && c.decidedByNext().ordinal() < linkSinceWinner.ordinal()) {
                linkSinceWinner = c.decidedByNext();
            }
        }

        private void settleLastWinner(DecidedBy link) {
            Award last = awards.removeLast();
            awards.add(new Award(last.scopeKey(), last.tier(), last.winner(), link, last.movedUp(), last.passedOver(),
                    last.passedOverCount()));
        }
    }
}
