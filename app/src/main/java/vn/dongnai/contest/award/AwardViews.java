package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the awards API. */
final class AwardViews {

    private AwardViews() {
    }

    // Prize rules: requests

    @Serdeable
    record TierBody(@Nullable String name, @Nullable Integer count, @Nullable Long amountVnd,
                    @Nullable Integer collectivePoints) {
    }

    @Serdeable
    record EligibilityBody(@Nullable Integer minScore, @Nullable Boolean allCorrectOnly, @Nullable List<String> groups) {
    }

    @Serdeable
    record RoundRulesBody(@Nullable List<TierBody> tiers, @Nullable EligibilityBody eligibility) {
    }

    @Serdeable
    record CollectiveBody(@Nullable BigDecimal rateWeight, @Nullable BigDecimal pointsWeight,
                          @Nullable Integer minParticipants, @Nullable List<TierBody> tiers) {
    }

    @Serdeable
    record ContestRulesBody(@Nullable Boolean onePrizePerPerson, @Nullable List<TierBody> tiers,
                            @Nullable EligibilityBody eligibility, @Nullable CollectiveBody collective) {
    }

    @Serdeable
    record ExclusionBody(@Nullable List<String> citizenIds, @Nullable String note) {
    }

    // Prize rules: responses

    @Serdeable
    record TierView(int position, String name, int count, long amountVnd, int collectivePoints) {
    }

    @Serdeable
    record EligibilityView(@Nullable Integer minScore, boolean allCorrectOnly, List<String> groups) {
    }

    @Serdeable
    record RoundRulesView(long roundId, List<TierView> tiers, EligibilityView eligibility, boolean locked) {
    }

    @Serdeable
    record CollectiveView(BigDecimal rateWeight, BigDecimal pointsWeight, int minParticipants, List<TierView> tiers,
                          String formula) {
    }

    @Serdeable
    record ContestRulesView(long contestId, boolean onePrizePerPerson, List<TierView> tiers, EligibilityView eligibility,
                            CollectiveView collective, int excludedPeople, boolean locked) {
    }

    /** An excluded person as staff see it: no citizen ID, not even masked — only the note. */
    @Serdeable
    record ExclusionView(long id, @Nullable String note, Instant createdAt) {
    }

    @Serdeable
    record ExclusionsAdded(int added, int alreadyListed) {
    }

    // Workflow

    @Serdeable
    /** {@code flagOverrideReason}: an ADMIN signs although a prize place has undecided review flags. */
    record SignBody(@Nullable Integer version, @Nullable String flagOverrideReason) {
    }

    @Serdeable
    record ReasonBody(@Nullable String reason) {
    }

    /** What the committee reviews: every winner with the figures and the people passed over to reach them. */
    @Serdeable
    record DecisionView(String scope, long contestId, @Nullable Long roundId, String label, String status, int version,
                        String rankingHash, @Nullable String currentRankingHash, boolean rankingChanged,
                        Instant draftedAt, @Nullable String draftedBy, @Nullable Instant signedAt,
                        @Nullable String signedBy, @Nullable String signedHash, @Nullable Instant publishedAt,
                        List<WinnerView> winners, List<UnfilledView> unfilled, List<UnitView> collective) {
    }

    @Serdeable
    record WinnerView(String tier, int tierPosition, long amountVnd, int rank, long accountId, String fullName,
                      String displayName, @Nullable String unit, String commune, int score, int correctCount,
                      int questionCount, @Nullable Long prediction, @Nullable Long predictionError, long durationMs,
                      Instant submittedAt, String decidedBy, int movedUp, int passedOverCount,
                      List<PassedOverView> passedOver, List<PendingFlagView> pendingFlags,
                      @Nullable IdentityVerifiedView identityVerified) {
    }

    /** An undecided review flag of a winner (chờ rà soát): the round and the kind, with its Vietnamese name. */
    @Serdeable
    record PendingFlagView(String round, String kind, String label) {
    }

    /** Who checked the winner's papers, how and when (null: not yet; signing waits for it). */
    @Serdeable
    record IdentityVerifiedView(String method, @Nullable String note, String verifiedByName, Instant verifiedAt) {
    }

    @Serdeable
    record PassedOverView(int rank, long accountId, String displayName, String reason, String explanation,
                          String explanationEn) {
    }

    @Serdeable
    record UnfilledView(int tierPosition, String tier, int count) {
    }

    @Serdeable
    record UnitView(String unit, int participants, @Nullable Integer headcount, @Nullable BigDecimal participationPercent,
                    int points, @Nullable BigDecimal index, @Nullable String tier, @Nullable Long amountVnd,
                    @Nullable String notRanked) {
    }

    // Public

    @Serdeable
    record PublicWinners(long contestId, String contestName, List<PublicSection> sections) {
    }

    @Serdeable
    record PublicSection(String scope, @Nullable Long roundId, String label, Instant publishedAt, String rankingHash,
                         List<PublicWinner> winners, List<PublicUnit> collective) {
    }

    @Serdeable
    record PublicWinner(String tier, long amountVnd, int rank, String displayName, @Nullable String unit, String commune,
                        int score) {
    }

    @Serdeable
    record PublicUnit(String tier, long amountVnd, String unit, int participants,
                      @Nullable BigDecimal participationPercent, int points) {
    }

    // A contestant's own results

    @Serdeable
    record MyPrize(String tier, long amountVnd) {
    }

    @Serdeable
    record MyRound(long contestId, String contestName, long roundId, String roundName, String phase,
                   @Nullable Integer score, @Nullable Integer correctCount, @Nullable Integer questionCount,
                   @Nullable Long durationMs, @Nullable Instant submittedAt, @Nullable Integer rank,
                   @Nullable Integer rankedOf, @Nullable MyPrize prize) {
    }

    @Serdeable
    record MyContestPrize(long contestId, String contestName, String tier, long amountVnd) {
    }

    @Serdeable
    record MyResults(List<MyRound> rounds, List<MyContestPrize> contestPrizes) {
    }
}
