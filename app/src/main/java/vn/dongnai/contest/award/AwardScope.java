package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;

/**
 * What a decision is about: one round's prizes (key {@code R<round id>}) or a whole contest's —
 * prizes over the overall ranking and collective prizes (key {@code C<contest id>}).
 */
record AwardScope(String key, long contestId, @Nullable Long roundId, String label) {

    static String roundKey(long roundId) {
        return "R" + roundId;
    }

    static String contestKey(long contestId) {
        return "C" + contestId;
    }

    boolean isRound() {
        return roundId != null;
    }

    /** "round" or "contest", as the audit log names entities. */
    String entity() {
        return isRound() ? "round" : "contest";
    }

    long entityId() {
        return isRound() ? roundId : contestId;
    }
}
