package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * An entry (bài dự thi được tính): the one attempt of a contestant that counts in a round under
 * the round's rule, with what the public board shows about its owner.
 */
public record Entry(long roundId,
                    long accountId,
                    long attemptId,
                    int score,
                    int correctCount,
                    int questionCount,
                    @Nullable Long prediction,
                    long durationMs,
                    Instant submittedAt,
                    String displayName,
                    @Nullable String unit,
                    String commune) implements RankingChain.Ranked {

    /** Within a round, the last link of the chain is the entry (attempt) id. */
    @Override
    public long tieBreakId() {
        return attemptId;
    }
}
