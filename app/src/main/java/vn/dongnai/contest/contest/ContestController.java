package vn.dongnai.contest.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.dongnai.contest.account.Principals;
import vn.dongnai.contest.system.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The public list of contests and their rounds; with a token it also says how many attempts you used. */
@Controller("/api/contests")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ContestController {

    private final PublicContests contests;
    private final Clock clock;

    ContestController(PublicContests contests, Clock clock) {
        this.contests = contests;
        this.clock = clock;
    }

    @Get
    List<ContestView> list(@Nullable Authentication authentication) {
        return views(contests.published(), authentication);
    }

    @Get("/{id}")
    ContestView one(long id, @Nullable Authentication authentication) {
        PublicContests.Listed contest = contests.published(id).orElseThrow(() -> ApiException.notFound("cuộc thi"));
        return views(List.of(contest), authentication).getFirst();
    }

    /** With the prize structure, who may take part, branding and the support desk, as the console set them. */
    private List<ContestView> views(List<PublicContests.Listed> published, @Nullable Authentication authentication) {
        if (published.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> used = authentication == null ? Map.of()
                : contests.attemptsUsed(Principals.accountId(authentication));
        Instant now = clock.instant();
        return published.stream().map(listed -> {
            Contest c = listed.contest();
            return new ContestView(c.id(), c.slug(), c.name(), c.description(), c.organizer(), c.rulesMd(), c.prizeMd(),
                    new Eligibility(c.eligibilityMinAge(), c.eligibilityLocalOnly(), c.eligibilityGroups()),
                    new Branding(c.brandColor(), c.brandLogoUrl()),
                    listed.rounds().stream()
                            .map(r -> RoundView.of(r, now, authentication == null ? null : used.getOrDefault(r.id(), 0)))
                            .toList(),
                    c.supportHotline(), c.supportHours());
        }).toList();
    }

    /**
     * @param prizes      cơ cấu giải thưởng (Markdown)
     * @param eligibility điều kiện dự thi: minimum age, only people who live, study or work in the
     *                    province, participant groups
     */
    @Serdeable
    record ContestView(long id, String slug, String name, @Nullable String description, String organizer,
                       @Nullable String rules, @Nullable String prizes, Eligibility eligibility, Branding branding,
                       List<RoundView> rounds, @Nullable String supportHotline, @Nullable String supportHours) {
    }

    @Serdeable
    record Eligibility(@Nullable Integer minAge, boolean localOnly, List<String> groups) {
    }

    @Serdeable
    record Branding(@Nullable String color, @Nullable String logoUrl) {
    }

    @Serdeable
    record RoundView(long id, int seq, String name, Instant opensAt, Instant closesAt, String status,
                     int questionCount, int timeLimitSeconds, int attemptsAllowed,
                     @Nullable Integer attemptsUsed, @Nullable String predictionPrompt, Instant serverTime) {

        static RoundView of(ContestRound r, Instant now, @Nullable Integer used) {
            return new RoundView(r.id(), r.seq(), r.name(), r.opensAt(), r.closesAt(), r.phaseAt(now),
                    r.questionCount(), r.timeLimitSeconds(), r.attemptsAllowed(), used,
                    r.hasPrediction() ? r.predictionPrompt() : null, now);
        }
    }
}
