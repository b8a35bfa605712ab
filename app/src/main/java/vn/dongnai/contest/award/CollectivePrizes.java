package vn.dongnai.contest.award;

import vn.dongnai.contest.system.BusinessRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Collective prizes (giải tập thể) for units, by a published formula. Plain Java.
 *
 * <pre>
 *   participation % = min(100, 100 × participants ÷ headcount)        (4 decimals, half up)
 *   index           = rateWeight × participation % + pointsWeight × points
 * </pre>
 * where participants are the unit's members with an entry in the contest, headcount comes from the
 * unit catalog, and points are the sum of {@code collectivePoints} of the individual prizes its
 * members won. A weight of 0 drops its term: (1, 0) ranks by participation only, (0, 1) by prize
 * points only. A unit is not ranked when the rate counts and it has no headcount, when it has fewer
 * participants than the minimum, or when its index is 0. Ties: index, then participation, points,
 * participants, then catalog order.
 */
@BusinessRule
public final class CollectivePrizes {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Formula(BigDecimal rateWeight, BigDecimal pointsWeight, int minParticipants) {
        public Formula {
            Objects.requireNonNull(rateWeight);
            Objects.requireNonNull(pointsWeight);
            if (rateWeight.signum() < 0 || pointsWeight.signum() < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
        }
    }

    /** A unit of the catalog with its figures; {@code headcount} is null when the catalog has none. */
    public record Unit(long catalogId, String name, Integer headcount, int participants, int points) {
    }

    public enum NotRanked { NO_HEADCOUNT, TOO_FEW_PARTICIPANTS, ZERO_INDEX }

    /**
     * A unit's place: {@code participationPercent} and {@code index} are null when they cannot be
     * computed; {@code tier} is its prize, if any; {@code notRanked} why it was left out, if it was.
     */
    public record Standing(Unit unit, BigDecimal participationPercent, BigDecimal index, PrizeAllocation.Tier tier,
                           NotRanked notRanked) {
    }

    private CollectivePrizes() {
    }

    public static BigDecimal participationPercent(int participants, Integer headcount) {
        if (headcount == null || headcount <= 0) {
            return null;
        }
        BigDecimal percent = BigDecimal.valueOf(participants).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(headcount), 4, RoundingMode.HALF_UP);
        return percent.min(HUNDRED.setScale(4));
    }

    public static BigDecimal index(Formula formula, BigDecimal participationPercent, int points) {
        BigDecimal rateTerm = participationPercent == null ? BigDecimal.ZERO : formula.rateWeight().multiply(participationPercent);
        return rateTerm.add(formula.pointsWeight().multiply(BigDecimal.valueOf(points))).setScale(4, RoundingMode.HALF_UP);
    }

    /** Ranked units first (with their prizes, highest tier first), then the units left out and why. */
    public static List<Standing> rank(List<Unit> units, Formula formula, List<PrizeAllocation.Tier> tiers) {
        List<Standing> ranked = new ArrayList<>();
        List<Standing> left = new ArrayList<>();
        for (Unit unit : units) {
            BigDecimal percent = participationPercent(unit.participants(), unit.headcount());
            if (percent == null && formula.rateWeight().signum() > 0) {
                left.add(new Standing(unit, null, null, null, NotRanked.NO_HEADCOUNT));
                continue;
            }
            BigDecimal index = index(formula, percent, unit.points());
            if (unit.participants() < Math.max(1, formula.minParticipants())) {
                left.add(new Standing(unit, percent, index, null, NotRanked.TOO_FEW_PARTICIPANTS));
            } else if (index.signum() == 0) {
                left.add(new Standing(unit, percent, index, null, NotRanked.ZERO_INDEX));
            } else {
                ranked.add(new Standing(unit, percent, index, null, null));
            }
        }
        ranked.sort(Comparator.comparing(Standing::index).reversed()
                .thenComparing(Standing::participationPercent, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.unit().points(), Comparator.reverseOrder())
                .thenComparing(s -> s.unit().participants(), Comparator.reverseOrder())
                .thenComparingLong(s -> s.unit().catalogId()));
        List<Standing> result = new ArrayList<>(ranked.size() + left.size());
        int next = 0;
        for (PrizeAllocation.Tier tier : tiers) {
            for (int i = 0; i < tier.count() && next < ranked.size(); i++, next++) {
                Standing s = ranked.get(next);
                result.add(new Standing(s.unit(), s.participationPercent(), s.index(), tier, null));
            }
        }
        result.addAll(ranked.subList(next, ranked.size()));
        left.sort(Comparator.comparingLong(s -> s.unit().catalogId()));
        result.addAll(left);
        return result;
    }
}
