package vn.dongnai.contest.attempt;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.inject.Singleton;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Contests;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.contest.DrawRules;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.system.ApiException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A round as the attempt engine reads it on every start, autosave and submit: the round, whether
 * its contest is published, the bank it draws from and its draw rules. At a start spike thousands
 * of requests a second asked MySQL for the same four rows (and mapping the round entity cost more
 * CPU than the query); here they are kept for one second in a Caffeine cache, which loads an
 * expired round once for all the requests waiting on it. So an organizer's change to a round
 * reaches contestants within a second on every node, as any other change does.
 */
@Singleton
class RoundSetups {

    static final Duration TTL = Duration.ofSeconds(1);

    /**
     * @param avoidRepeatsAcrossRounds the contest's draws avoid what a contestant saw in its earlier rounds too
     * @param eligibility              the contest's conditions of entry, checked at each start
     */
    record Setup(ContestRound round, boolean contestPublished, long bankId, List<DrawRule.Part> rules,
                 boolean avoidRepeatsAcrossRounds, EligibilityRule.Conditions eligibility) {
    }

    private final Rounds rounds;
    private final Contests contests;
    private final DrawRules drawRules;
    /** A missing round is not kept: the loader's null leaves no entry. */
    private final LoadingCache<Long, Setup> setups;

    RoundSetups(Rounds rounds, Contests contests, DrawRules drawRules) {
        this.rounds = rounds;
        this.contests = contests;
        this.drawRules = drawRules;
        this.setups = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000)
                .build(roundId -> fresh(roundId).orElse(null));
    }

    /** The round of an existing attempt. */
    ContestRound round(long roundId) {
        return find(roundId).orElseThrow().round();
    }

    /** A round contestants may see: not a draft, in a published contest; else 404. */
    Setup visible(long roundId) {
        return find(roundId)
                .filter(s -> !ContestRound.DRAFT.equals(s.round().status()) && s.contestPublished())
                .orElseThrow(() -> ApiException.notFound("đợt thi"));
    }

    private Optional<Setup> find(long roundId) {
        return Optional.ofNullable(setups.get(roundId));
    }

    /** A round read now, past the cache: the organizer's preview sees the rules just saved. */
    Optional<Setup> fresh(long roundId) {
        return rounds.byId(roundId).map(round -> {
            Optional<Contest> contest = contests.byId(round.contestId());
            List<DrawRule.Part> rules = drawRules.forRound(roundId).map(DrawRule::parts).orElse(List.of());
            return new Setup(round, contest.map(Contest::published).orElse(false),
                    contest.map(Contest::bankId).orElse(0L), rules,
                    contest.map(Contest::avoidRepeatsAcrossRounds).orElse(false),
                    contest.map(c -> new EligibilityRule.Conditions(c.eligibilityMinAge(), String.join(",", c.eligibilityGroups())))
                            .orElse(new EligibilityRule.Conditions(null, null)));
        });
    }
}
