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
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.ReadReplica;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public list of contests and their rounds; with a token it also says how many attempts you used. */
@Controller("/api/contests")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ContestController {

    private static final List<String> VISIBLE_ROUNDS = List.of(ContestRound.PUBLISHED, ContestRound.CLOSED);

    private final ContestRepository contests;
    private final RoundRepository rounds;
    private final Sql sql;
    private final Clock clock;
    // the public list reads the replica when there is one: it tolerates a second of lag
    private final @Nullable ReplicaContestReads replicaContests;
    private final @Nullable ReplicaRoundReads replicaRounds;
    private final Sql lagTolerant;

    ContestController(ContestRepository contests, RoundRepository rounds, Sql sql, Clock clock,
                      @Nullable ReplicaContestReads replicaContests, @Nullable ReplicaRoundReads replicaRounds,
                      ReadReplica replica) {
        this.contests = contests;
        this.rounds = rounds;
        this.sql = sql;
        this.clock = clock;
        this.replicaContests = replicaContests;
        this.replicaRounds = replicaRounds;
        this.lagTolerant = replica.sql();
    }

    @Get
    List<ContestView> list(@Nullable Authentication authentication) {
        List<Contest> published = replicaContests != null
                ? replicaContests.findByStatusOrderById(Contest.PUBLISHED)
                : contests.findByStatusOrderById(Contest.PUBLISHED);
        return views(published, authentication);
    }

    @Get("/{id}")
    ContestView one(long id, @Nullable Authentication authentication) {
        Contest contest = contests.findById(id).filter(Contest::published)
                .orElseThrow(() -> ApiException.notFound("cuộc thi"));
        return views(List.of(contest), authentication).getFirst();
    }

    private List<ContestView> views(List<Contest> published, @Nullable Authentication authentication) {
        if (published.isEmpty()) {
            return List.of();
        }
        List<Long> ids = published.stream().map(Contest::id).toList();
        Map<Long, List<ContestRound>> roundsByContest = (replicaRounds != null
                ? replicaRounds.findByContestIdInAndStatusInOrderBySeq(ids, VISIBLE_ROUNDS)
                : rounds.findByContestIdInAndStatusInOrderBySeq(ids, VISIBLE_ROUNDS))
                .stream().collect(Collectors.groupingBy(ContestRound::contestId));
        Map<Long, Integer> used = authentication == null ? Map.of() : attemptsUsed(Long.parseLong(authentication.getName()));
        Instant now = clock.instant();
        Map<Long, Published> extras = published(published.stream().map(Contest::id).toList());
        return published.stream().map(c -> {
            Published more = extras.get(c.id());
            return new ContestView(c.id(), c.slug(), c.name(), c.description(), c.organizer(), c.rulesMd(),
                    more == null ? null : more.prizes(),
                    more == null ? new Eligibility(null, false, List.of()) : more.eligibility(),
                    more == null ? new Branding(null, null) : more.branding(),
                    roundsByContest.getOrDefault(c.id(), List.of()).stream()
                            .map(r -> RoundView.of(r, now, authentication == null ? null : used.getOrDefault(r.id(), 0)))
                            .toList(),
                    more == null ? null : more.supportHotline(), more == null ? null : more.supportHours());
        }).toList();
    }

    private record Published(@Nullable String prizes, Eligibility eligibility, Branding branding,
                             @Nullable String supportHotline, @Nullable String supportHours) {
    }

    /** What the console sets and contestants must see: prize structure, who may take part, branding, the support desk. */
    private Map<Long, Published> published(List<Long> ids) {
        Map<Long, Published> byId = new HashMap<>();
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        lagTolerant.list("""
                SELECT id, prize_md, eligibility_min_age, eligibility_local_only, eligibility_groups, brand_color,
                       brand_logo_url, support_hotline, support_hours
                FROM contest WHERE id IN (%s)""".formatted(marks), rs -> {
            String groups = rs.getString(5);
            return byId.put(rs.getLong(1), new Published(rs.getString(2),
                    new Eligibility(rs.getObject(3, Integer.class), rs.getBoolean(4),
                            groups == null ? List.of() : List.of(groups.split(","))),
                    new Branding(rs.getString(6), rs.getString(7)), rs.getString(8), rs.getString(9)));
        }, ids.toArray());
        return byId;
    }

    private Map<Long, Integer> attemptsUsed(long accountId) {
        Map<Long, Integer> counts = new HashMap<>();
        sql.list("SELECT round_id, COUNT(*) FROM attempt WHERE account_id = ? GROUP BY round_id",
                rs -> counts.put(rs.getLong(1), rs.getInt(2)), accountId);
        return counts;
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
