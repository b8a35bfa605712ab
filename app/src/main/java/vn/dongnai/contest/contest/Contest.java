package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A contest (cuộc thi), a row of {@code contest} as {@link Contests} reads it.
 * {@code avoidRepeatsAcrossRounds}: a contestant's draw also avoids the questions they were shown in
 * the contest's earlier rounds, not only in the same round. Eligibility (điều kiện dự thi): a minimum
 * age, only people living, working or studying in the province, which participant groups (empty:
 * everyone). {@code organizingUnit}: the unit whose staff are granted the contest (staff/ContestGrants).
 */
public record Contest(@Nullable Long id,
                      String slug,
                      String name,
                      @Nullable String description,
                      String organizer,
                      @Nullable String rulesMd,
                      long bankId,
                      String status,
                      Instant createdAt,
                      Instant updatedAt,
                      boolean avoidRepeatsAcrossRounds,
                      @Nullable Integer eligibilityMinAge,
                      boolean eligibilityLocalOnly,
                      List<String> eligibilityGroups,
                      @Nullable String prizeMd,
                      @Nullable String brandColor,
                      @Nullable String brandLogoUrl,
                      boolean overallBoard,
                      @Nullable String supportHotline,
                      @Nullable String supportHours,
                      @Nullable String organizingUnit) {

    public Contest {
        eligibilityGroups = eligibilityGroups == null ? List.of() : List.copyOf(eligibilityGroups);
    }

    /** A contest with the settings a new one starts with: open to everyone, no prizes, branding or board. */
    public Contest(@Nullable Long id, String slug, String name, @Nullable String description, String organizer,
                   @Nullable String rulesMd, long bankId, String status, Instant createdAt, Instant updatedAt,
                   boolean avoidRepeatsAcrossRounds) {
        this(id, slug, name, description, organizer, rulesMd, bankId, status, createdAt, updatedAt,
                avoidRepeatsAcrossRounds, null, false, List.of(), null, null, null, false, null, null, null);
    }

    /** The same, its rounds drawing independently of each other. */
    public Contest(@Nullable Long id, String slug, String name, @Nullable String description, String organizer,
                   @Nullable String rulesMd, long bankId, String status, Instant createdAt, Instant updatedAt) {
        this(id, slug, name, description, organizer, rulesMd, bankId, status, createdAt, updatedAt, false);
    }

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    Contest withId(long newId) {
        return new Contest(newId, slug, name, description, organizer, rulesMd, bankId, status, createdAt, updatedAt,
                avoidRepeatsAcrossRounds, eligibilityMinAge, eligibilityLocalOnly, eligibilityGroups, prizeMd,
                brandColor, brandLogoUrl, overallBoard, supportHotline, supportHours, organizingUnit);
    }
}
