package vn.dongnai.contest.ranking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The frozen ranking's identity — its canonical rows and their SHA-256, which the committee signs —
 * and the names of the links of the tie-break chains ({@link RankingChain} orders). Plain Java.
 */
public final class RankingPolicy {

    /** What separated an entry from the one ranked just below it: a link of {@link RankingChain}, or LAST. */
    public enum DecidedBy { SCORE, PREDICTION, DURATION, SUBMISSION_TIME, ENTRY_ID, LAST }

    private RankingPolicy() {
    }

    /** {@link RankingChain#predictionError}, as the frozen ranking stores it. */
    public static Long predictionError(Long prediction, Long actual) {
        return RankingChain.predictionError(prediction, actual);
    }

    /** The canonical line of a ranked entry; the snapshot's SHA-256 is taken over these lines in rank order. */
    public static String canonicalLine(int rank, Entry entry, Long actual) {
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
