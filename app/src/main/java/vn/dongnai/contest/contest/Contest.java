package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

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
                      Instant updatedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean published() {
        return PUBLISHED.equals(status);
    }
}
