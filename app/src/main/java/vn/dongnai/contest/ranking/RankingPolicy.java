package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The Vietnamese contest rule chain, in one place: score (desc) → |prediction − actual| (asc,
 * only once the round is closed) → duration measured by the server (asc) → submission time
 * (asc) → entry id (asc), so the order is total. The SQL in {@link Entries} and the Redis
 * encoding here implement the same chain, and tests hold them to it. Plain Java.
 */
public final class RankingPolicy {

    /** Scores and durations are bounded so that the Redis score below stays an exact double. */
    static final long SCORE_CAP = 1L << 20;
    static final long DURATION_CAP = 1L << 32;

    /** What separated an entry from the one ranked just below it. */
    public enum DecidedBy { SCORE, PREDICTION, DURATION, SUBMISSION_TIME, ENTRY_ID, LAST }

    private RankingPolicy() {
    }

    /** The live order (before close): the chain without the prediction term. */
    public static final Comparator<Entry> LIVE = Comparator.comparingInt(Entry::score).reversed()
            .thenComparingLong(Entry::durationMs)
            .thenComparing(Entry::submittedAt)
            .thenComparingLong(Entry::attemptId);

    /** The final order of a closed round, given the actual value of the prediction question. */
    public static Comparator<Entry> closed(@Nullable Long actual) {
        return Comparator.comparingInt(Entry::score).reversed()
                .thenComparing(e -> predictionError(e.prediction(), actual), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Entry::durationMs)
                .thenComparing(Entry::submittedAt)
                .thenComparingLong(Entry::attemptId);
    }

    @Nullable
    public static Long predictionError(@Nullable Long prediction, @Nullable Long actual) {
        return prediction == null || actual == null ? null : Math.abs(prediction - actual);
    }

    /**
     * Redis sorts a sorted set by a double score, then by member bytes. The score carries score
     * and duration as one integer below 2^52 — exact in a double, unlike any fraction would be —
     * and the member carries submission time and entry id as fixed-width digits, so byte order
     * is numeric order. Ascending Redis order is then exactly {@link #LIVE}.
     */
    public static double liveScore(int score, long durationMs) {
        long clampedScore = Math.max(0, Math.min(score, SCORE_CAP - 1));
        long clampedDuration = Math.max(0, Math.min(durationMs, DURATION_CAP - 1));
        return (double) ((SCORE_CAP - 1 - clampedScore) * DURATION_CAP + clampedDuration);
    }

    /** The member: "submittedAtMillis:entryId", both zero-padded. */
    public static String member(long submittedAtMillis, long entryId) {
        return String.format("%013d:%012d", submittedAtMillis, entryId);
    }

    /** Which link of the chain put {@code above} before {@code below}. */
    public static DecidedBy decidedBy(Entry above, @Nullable Entry below, @Nullable Long actual) {
        if (below == null) {
            return DecidedBy.LAST;
        }
        if (above.score() != below.score()) {
            return DecidedBy.SCORE;
        }
        Long a = predictionError(above.prediction(), actual);
        Long b = predictionError(below.prediction(), actual);
        if (actual != null && !java.util.Objects.equals(a, b)) {
            return DecidedBy.PREDICTION;
        }
        if (above.durationMs() != below.durationMs()) {
            return DecidedBy.DURATION;
        }
        if (!above.submittedAt().equals(below.submittedAt())) {
            return DecidedBy.SUBMISSION_TIME;
        }
        return DecidedBy.ENTRY_ID;
    }

    /** The canonical line of a ranked entry; the snapshot's SHA-256 is taken over these lines in rank order. */
    public static String canonicalLine(int rank, Entry entry, @Nullable Long actual) {
        Long error = predictionError(entry.prediction(), actual);
        return rank + "|" + entry.accountId() + "|" + entry.attemptId() + "|" + entry.score() + "|"
                + (entry.prediction() == null ? "" : entry.prediction()) + "|" + (error == null ? "" : error) + "|"
                + entry.durationMs() + "|" + entry.submittedAt().toEpochMilli() + "\n";
    }

    public static String contentHash(List<String> canonicalLines) {
        MessageDigest digest = sha256();
        canonicalLines.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
