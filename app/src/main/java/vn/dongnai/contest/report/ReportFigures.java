package vn.dongnai.contest.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of a final report, computed once by {@link ReportQuery}; the workbook, the document,
 * the console's screen and the public page are all drawn from one instance, so they cannot disagree.
 * Days are Vietnam calendar days; percentages are rounded half up to two decimals.
 */
@Serdeable
record ReportFigures(Scope scope, Totals totals, List<Day> days, List<Group> groups, List<Area> units,
                     List<Area> communes, List<ScoreBucket> scores, List<QuestionFigure> hardest,
                     List<QuestionFigure> easiest, List<RegradeFigure> regrades, List<Disqualification> disqualifications,
                     List<IndividualPrize> individualPrizes, List<CollectivePrize> collectivePrizes,
                     List<FrozenRanking> rankings) {

    /**
     * What the report covers: the whole contest or one round (đợt thi). Registration is not per
     * contest, so {@code from}–{@code until} is the window registrations are counted in: the
     * contest's creation to its last round's close, or the round's own window.
     */
    @Serdeable
    record Scope(long contestId, String contestName, String organizer, @Nullable Long roundId, String label,
                 Instant from, Instant until, Instant generatedAt, List<String> rounds) {
    }

    /**
     * @param participants  contestants with at least one attempt (lượt thi) in the scope
     * @param completionPercent submitted ÷ started attempts
     */
    @Serdeable
    record Totals(long registrations, long participants, long attemptsStarted, long attemptsSubmitted,
                  long attemptsExpired, long attemptsOpen, long contestantsSubmitted, long disqualifiedContestants,
                  @Nullable BigDecimal completionPercent, @Nullable BigDecimal averageScore, @Nullable Integer maxScore) {
    }

    /** One Vietnam day: new registrations, contestants taking their first attempt, attempts started and submitted. */
    @Serdeable
    record Day(LocalDate day, long registrations, long newParticipants, long attemptsStarted, long attemptsSubmitted) {
    }

    /** A participant group (đối tượng) with its Vietnamese label. */
    @Serdeable
    record Group(String code, String label, long participants, long attempts, long attemptsSubmitted,
                 @Nullable BigDecimal averageScore) {
    }

    /**
     * A unit (đơn vị) or commune (xã, phường) as contestants declared it, with the catalog's
     * headcount where the catalog lists the name; {@code ratePercent} = participants ÷ headcount.
     */
    @Serdeable
    record Area(String name, long participants, @Nullable Integer headcount, @Nullable BigDecimal ratePercent) {
    }

    /** Graded attempts (submitted or timed out, not disqualified) by score. */
    @Serdeable
    record ScoreBucket(int score, long attempts) {
    }

    /** A question over every version shown: how often it was asked and answered right, as graded now (after regrades). */
    @Serdeable
    record QuestionFigure(String code, String text, long shown, long correct, BigDecimal correctPercent) {
    }

    /** A regrade (chấm lại) after a key fix, with the reason given for the fix. */
    @Serdeable
    record RegradeFigure(Instant at, String round, String questionCode, String keyBefore, String keyAfter,
                         long attemptsRescored, long attemptsChanged, @Nullable String reason, @Nullable String by) {
    }

    /** An entry the committee disqualified (truất quyền), by the decision in force; the name masked. */
    @Serdeable
    record Disqualification(Instant at, String round, String displayName, @Nullable String unit, String reason) {
    }

    /** An individual prize of a published decision. */
    @Serdeable
    record IndividualPrize(String scope, String tier, long amountVnd, int rank, String fullName, String displayName,
                           @Nullable String unit, String commune, int score) {
    }

    /** A collective prize (giải tập thể) of a published decision. */
    @Serdeable
    record CollectivePrize(String scope, String tier, long amountVnd, String unit, int participants,
                           @Nullable BigDecimal ratePercent, int points) {
    }

    /** A round's frozen ranking and its SHA-256 content hash, as stored at close. */
    @Serdeable
    record FrozenRanking(String round, Instant computedAt, int entries, @Nullable Long predictionActual, String hash) {
    }
}
