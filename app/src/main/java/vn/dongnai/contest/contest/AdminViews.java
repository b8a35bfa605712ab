package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Contests and rounds as the organizer console reads and writes them. Request bodies take every
 * field as nullable so that each missing or wrong value is reported at its field, all at once.
 */
final class AdminViews {

    private AdminViews() {
    }

    /** Điều kiện dự thi: minimum age, only people living/working/studying in the province, which groups. */
    @Serdeable
    record Eligibility(@Nullable Integer minAge, @Nullable Boolean localOnly, @Nullable List<String> groups) {
    }

    @Serdeable
    record Branding(@Nullable String color, @Nullable String logoUrl) {
    }

    /**
     * {@code supportHotline}, {@code supportHours}: how contestants reach the support desk (đường dây
     * nóng, giờ làm việc), shown on the contest page; {@code avoidRepeatsAcrossRounds}: a contestant's
     * draw also avoids what they were shown in the contest's earlier rounds. Left out of an update
     * (null), these stay as they are.
     */
    @Serdeable
    record ContestBody(@Nullable String slug, @Nullable String name, @Nullable String description,
                       @Nullable String organizer, @Nullable String rulesMd, @Nullable Long bankId,
                       @Nullable Eligibility eligibility, @Nullable String prizeMd, @Nullable Branding branding,
                       @Nullable Boolean overallBoard, @Nullable String supportHotline, @Nullable String supportHours,
                       @Nullable Boolean avoidRepeatsAcrossRounds) {
    }

    @Serdeable
    record ContestSummary(long id, String slug, String name, String status, long bankId, int rounds,
                          Instant updatedAt, @Nullable String organizingUnit) {
    }

    @Serdeable
    record ContestView(long id, String slug, String name, @Nullable String description, String organizer,
                       @Nullable String rulesMd, long bankId, String bankName, String status, Eligibility eligibility,
                       @Nullable String prizeMd, Branding branding, boolean overallBoard, Instant createdAt,
                       Instant updatedAt, List<RoundView> rounds, @Nullable String supportHotline,
                       @Nullable String supportHours, boolean avoidRepeatsAcrossRounds,
                       @Nullable String organizingUnit) {
    }

    /** @param audience ALL, OFFICIALS or RESIDENTS; absent: the round's audience */
    @Serdeable
    record DrawRuleBody(@Nullable Long topicId, @Nullable String difficulty, @Nullable Integer count,
                        @Nullable String audience) {
    }

    /** Câu hỏi dự đoán: NONE, PARTICIPANTS (how many take part) or ALL_CORRECT (how many get everything right). */
    @Serdeable
    record Prediction(@Nullable String kind, @Nullable String prompt) {
    }

    @Serdeable
    record RoundBody(@Nullable String name, @Nullable Instant opensAt, @Nullable Instant closesAt,
                     @Nullable Integer questionCount, @Nullable List<DrawRuleBody> drawRules,
                     @Nullable Integer timeLimitSeconds, @Nullable Integer attemptsAllowed,
                     @Nullable String countingRule, @Nullable Integer pointsPerQuestion,
                     @Nullable Integer graceSeconds, @Nullable Prediction prediction,
                     @Nullable Boolean leaderboardVisible, @Nullable String audience) {
    }

    @Serdeable
    record DrawRuleView(@Nullable Long topicId, @Nullable String topic, @Nullable String difficulty, int count,
                        @Nullable String audience) {
    }

    /**
     * @param locked   the round has opened (or has attempts, or is closed): settings that bear on
     *                 fairness can no longer change
     * @param audience who the round is for (ALL, OFFICIALS, RESIDENTS): it draws only questions for
     *                 that audience and for everyone
     */
    @Serdeable
    record RoundView(long id, long contestId, int seq, String name, Instant opensAt, Instant closesAt,
                     int questionCount, List<DrawRuleView> drawRules, int timeLimitSeconds, int attemptsAllowed,
                     String countingRule, int pointsPerQuestion, int graceSeconds, Prediction prediction,
                     boolean leaderboardVisible, String status, long attempts, boolean locked, String audience) {
    }
}
