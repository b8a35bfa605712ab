package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * "Draw {@code questionCount} questions of this topic and/or difficulty and/or audience" for a
 * round; {@code audience} (ALL, OFFICIALS, RESIDENTS) null means the round's.
 */
@MappedEntity("round_draw_rule")
public record DrawRule(@Id @GeneratedValue @Nullable Long id,
                       long roundId,
                       @Nullable Long topicId,
                       @Nullable String difficulty,
                       int questionCount,
                       @Nullable String audience) {

    @Creator
    public DrawRule {
    }

    public DrawRule(@Nullable Long id, long roundId, @Nullable Long topicId, @Nullable String difficulty, int questionCount) {
        this(id, roundId, topicId, difficulty, questionCount, null);
    }
}
