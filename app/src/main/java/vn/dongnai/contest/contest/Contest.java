package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A contest (cuộc thi). {@code avoidRepeatsAcrossRounds}: a contestant's draw also avoids the
 * questions they were shown in the contest's earlier rounds, not only in the same round.
 */
@MappedEntity("contest")
public record Contest(@Id @GeneratedValue @Nullable Long id,
                      String slug,
                      String name,
                      @Nullable String description,
                      String organizer,
                      @Nullable String rulesMd,
                      long bankId,
                      String status,
                      Instant createdAt,
                      Instant updatedAt,
                      boolean avoidRepeatsAcrossRounds) {

    @Creator
    public Contest {
    }

    /** A contest whose rounds draw independently of each other, as every contest did before the setting. */
    public Contest(@Nullable Long id, String slug, String name, @Nullable String description, String organizer,
                   @Nullable String rulesMd, long bankId, String status, Instant createdAt, Instant updatedAt) {
        this(id, slug, name, description, organizer, rulesMd, bankId, status, createdAt, updatedAt, false);
    }

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean published() {
        return PUBLISHED.equals(status);
    }
}
