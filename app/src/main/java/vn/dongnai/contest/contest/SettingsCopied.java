package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * A contest or a round was duplicated (nhân bản): published inside the copy's transaction, so the
 * features that keep settings of their own for it (prize rules) copy them along.
 *
 * @param fromContestId the contest copied, or null when only rounds were
 * @param toContestId   the new contest, or null when only rounds were
 * @param roundIds      each copied round's id → its copy's id
 */
public record SettingsCopied(@Nullable Long fromContestId, @Nullable Long toContestId, long contestOfRounds,
                             Map<Long, Long> roundIds) {
}
