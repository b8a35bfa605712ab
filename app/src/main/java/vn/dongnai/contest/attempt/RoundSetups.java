package vn.dongnai.contest.attempt;

import jakarta.inject.Singleton;
import vn.dongnai.contest.contest.Contest;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Contests;
import vn.dongnai.contest.contest.DrawRule;
import vn.dongnai.contest.contest.DrawRules;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.system.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A round as the attempt engine reads it on every start, autosave and submit: the round, whether
 * its contest is published, the bank it draws from and its draw rules. At a start spike thousands
 * of requests a second asked MySQL for the same four rows (and mapping the round entity cost more
 * CPU than the query); here they are kept for one second. So an organizer's change to a round
 * reaches contestants within a second on every node, as any other change does.
 */
@Singleton
class RoundSetups {

    static final Duration TTL = Duration.ofSeconds(1);

    /** @param avoidRepeatsAcrossRounds the contest's draws avoid what a contestant saw in its earlier rounds too */
    record Setup(ContestRound round, boolean contestPublished, long bankId, List<QuestionDraw.Rule> rules,
                 boolean avoidRepeatsAcrossRounds, Instant loadedAt) {
    }

    private final Rounds rounds;
    private final Contests contests;
    private final DrawRules drawRules;
    private final Clock clock;
    private final Map<Long, Setup> setups = new ConcurrentHashMap<>();

    RoundSetups(Rounds rounds, Contests contests, DrawRules drawRules, Clock clock) {
        this.rounds = rounds;
        this.contests = contests;
        this.drawRules = drawRules;
        this.clock = clock;
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
        Instant now = clock.instant();
        Setup known = setups.get(roundId);
        if (known != null && known.loadedAt().plus(TTL).isAfter(now)) {
            return Optional.of(known);
        }
        Optional<Setup> loaded = rounds.byId(roundId).map(round -> {
            Optional<Contest> contest = contests.byId(round.contestId());
            List<QuestionDraw.Rule> rules = drawRules.forRound(roundId).map(DrawRule::parts).orElse(List.of()).stream()
                    .map(r -> new QuestionDraw.Rule(r.topicId(), r.difficulty(), r.audience(), r.count()))
                    .toList();
            return new Setup(round, contest.map(Contest::published).orElse(false),
                    contest.map(Contest::bankId).orElse(0L), rules,
                    contest.map(Contest::avoidRepeatsAcrossRounds).orElse(false), now);
        });
        loaded.ifPresentOrElse(s -> setups.put(roundId, s), () -> setups.remove(roundId));
        return loaded;
    }
}
