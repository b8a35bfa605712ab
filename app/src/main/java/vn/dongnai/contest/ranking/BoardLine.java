package vn.dongnai.contest.ranking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a board shows about one entry, stored in Redis: nothing personal beyond the masked name. */
@Serdeable
record BoardLine(long accountId, String displayName, @Nullable String unit, String commune, int score,
                 long durationMs) {
}
