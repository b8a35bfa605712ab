package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import vn.dongnai.contest.bank.Audience;

import java.util.List;

/**
 * How a round draws (the draw's rule): {@code questionCount} questions from the active pool of bank
 * {@code bankId} that are for the round's {@code audience} or for everyone, taking each part's
 * questions first, in order, then the rest of the pool. Read by {@link DrawRules#forRound}, checked
 * before publishing by {@link RoundPublishing}, and followed by the attempt engine's draw.
 */
public record DrawRule(long roundId, long bankId, int questionCount, Audience audience, List<Part> parts) {

    public DrawRule {
        parts = List.copyOf(parts);
    }

    /**
     * "Draw {@code count} questions of this topic and/or difficulty and/or audience"; null means any
     * (for {@code audience}: the round's).
     */
    public record Part(@Nullable Long topicId, @Nullable String difficulty, @Nullable Audience audience, int count) {

        public Part(@Nullable Long topicId, @Nullable String difficulty, int count) {
            this(topicId, difficulty, null, count);
        }

        /** A part as the table stores it: the audience by its name (ALL, OFFICIALS, RESIDENTS) or null. */
        public static Part of(@Nullable Long topicId, @Nullable String difficulty, @Nullable String audience, int count) {
            return new Part(topicId, difficulty, audience == null ? null : Audience.valueOf(audience), count);
        }

        /** Whether a question of this topic, difficulty and audience counts towards the part. */
        public boolean matches(long questionTopicId, String questionDifficulty, Audience questionAudience) {
            return (topicId == null || topicId == questionTopicId)
                    && (difficulty == null || difficulty.equals(questionDifficulty))
                    && (audience == null || questionAudience.eligibleFor(audience));
        }
    }
}
