package vn.dongnai.contest.award;

import vn.dongnai.contest.system.BusinessRule;
import vn.dongnai.contest.system.Labels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which prize places (giải) still carry a review flag nobody has decided on. Signing is refused
 * while any does: a contestant the review queue questions (ten questions in six seconds, one
 * device for many accounts…) must be cleared or disqualified before a prize is signed for them.
 * Plain Java; the gate around it reads the data and writes the refusal.
 */
@BusinessRule
final class PrizeFlagRule {

    private PrizeFlagRule() {
    }

    /** A prize place of the decision. */
    record Place(String tier, int rank, long accountId, String displayName) {
    }

    /** An undecided flag in one round. */
    record Pending(String round, List<String> kinds) {
    }

    /** A prize place the committee must look at first, with the rounds and kinds of its flags. */
    record Flagged(String tier, int rank, long accountId, String displayName, List<String> rounds, List<String> flags,
                   List<String> flagLabels) {
    }

    static List<Flagged> flagged(List<Place> places, Map<Long, List<Pending>> pending) {
        List<Flagged> flagged = new ArrayList<>();
        for (Place place : places) {
            List<Pending> flags = pending.getOrDefault(place.accountId(), List.of());
            if (flags.isEmpty()) {
                continue;
            }
            Set<String> kinds = new LinkedHashSet<>();
            flags.forEach(p -> kinds.addAll(p.kinds()));
            flagged.add(new Flagged(place.tier(), place.rank(), place.accountId(), place.displayName(),
                    flags.stream().map(Pending::round).distinct().toList(), List.copyOf(kinds),
                    kinds.stream().map(PrizeFlagRule::label).toList()));
        }
        return flagged;
    }

    /** "hạng 1 Nguyễn V. A. (Giải Nhất): hoàn thành quá nhanh; …", for the refusal's message. */
    static String describe(List<Flagged> flagged) {
        return flagged.stream()
                .map(f -> "hạng " + f.rank() + " " + f.displayName() + " (" + f.tier() + "): " + String.join(", ", f.flagLabels()))
                .collect(Collectors.joining("; "));
    }

    /**
     * The flag's name inside a sentence: the review screen's label ({@code reviewFlag} in the shared
     * labels) with a lower-case first letter; a kind without a label reads as a generic warning,
     * never as its code.
     */
    static String label(String kind) {
        if (!Labels.has("reviewFlag", kind)) {
            return "cảnh báo cần rà soát";
        }
        String label = Labels.of("reviewFlag", kind);
        if (label.isEmpty()) {
            return "cảnh báo cần rà soát";
        }
        int first = label.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(label, Character.charCount(first), label.length()).toString();
    }
}
