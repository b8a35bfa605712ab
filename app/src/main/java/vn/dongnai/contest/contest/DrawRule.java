package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** "Draw {@code questionCount} questions of this topic and/or difficulty" for a round. */
@MappedEntity("round_draw_rule")
public record DrawRule(@Id @GeneratedValue @Nullable Long id,
                       long roundId,
                       @Nullable Long topicId,
                       @Nullable String difficulty,
                       int questionCount) {
}
