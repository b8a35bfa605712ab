package vn.dongnai.contest.contest;

import jakarta.inject.Singleton;
import vn.dongnai.contest.system.ReadReplica;
import vn.dongnai.contest.system.Sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The published contests and their visible rounds, as the public list shows them. The list is read
 * from the read replica when there is one ({@code DATASOURCES_REPLICA_URL}): the page every visitor
 * opens first tolerates a second of lag and must not queue behind attempts on the primary.
 */
@Singleton
class PublicContests {

    private static final List<String> VISIBLE_ROUNDS = List.of(ContestRound.PUBLISHED, ContestRound.CLOSED);

    /** A published contest with its published and closed rounds, in order. */
    record Listed(Contest contest, List<ContestRound> rounds) {
    }

    private final Sql sql;
    private final Sql lagTolerant;
    private final Contests contests;

    PublicContests(Sql sql, ReadReplica replica, Contests contests) {
        this.sql = sql;
        this.lagTolerant = replica.sql();
        this.contests = contests;
    }

    List<Listed> published() {
        return withRounds(Contests.published(lagTolerant));
    }

    /** One published contest, read from the primary (its rounds from the replica, as the list's). */
    Optional<Listed> published(long id) {
        return contests.byId(id).filter(Contest::published).map(c -> withRounds(List.of(c)).getFirst());
    }

    /** How many attempts the account has started in each round, by round id. */
    Map<Long, Integer> attemptsUsed(long accountId) {
        Map<Long, Integer> counts = new HashMap<>();
        sql.list("SELECT round_id, COUNT(*) AS used FROM attempt WHERE account_id = ? GROUP BY round_id",
                rs -> counts.put(rs.getLong("round_id"), rs.getInt("used")), accountId);
        return counts;
    }

    private List<Listed> withRounds(List<Contest> published) {
        if (published.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContestRound>> rounds = Rounds.ofContests(lagTolerant,
                        published.stream().map(Contest::id).toList(), VISIBLE_ROUNDS)
                .stream().collect(Collectors.groupingBy(ContestRound::contestId));
        return published.stream().map(c -> new Listed(c, rounds.getOrDefault(c.id(), List.of()))).toList();
    }
}
