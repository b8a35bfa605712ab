package vn.dongnai.contest.review;

import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Review flags nobody has decided yet (chờ rà soát), for the award committee: a prize must not be
 * signed over an entry the review queue still questions. Read from the queue itself, so the
 * awards see exactly what the review screen shows.
 */
@Singleton
public class PendingFlags {

    /** An undecided entry of one round and the kinds of flag it carries. */
    public record Pending(long roundId, String roundName, List<String> kinds) {
    }

    private final ReviewQueue queue;
    private final Sql sql;

    PendingFlags(ReviewQueue queue, Sql sql) {
        this.queue = queue;
        this.sql = sql;
    }

    /** Account → its undecided flags in this round. */
    public Map<Long, List<Pending>> ofRound(long roundId) {
        String name = sql.one("SELECT name FROM contest_round WHERE id = ?", rs -> rs.getString("name"), roundId).orElse("");
        Map<Long, List<Pending>> pending = new LinkedHashMap<>();
        collect(roundId, name, pending);
        return pending;
    }

    /** Account → its undecided flags in every round of the contest that people could take. */
    public Map<Long, List<Pending>> ofContest(long contestId) {
        Map<Long, List<Pending>> pending = new LinkedHashMap<>();
        record Round(long id, String name) {
        }
        sql.list("SELECT id, name FROM contest_round WHERE contest_id = ? AND status <> 'DRAFT' ORDER BY seq",
                        rs -> new Round(rs.getLong("id"), rs.getString("name")), contestId)
                .forEach(r -> collect(r.id(), r.name(), pending));
        return pending;
    }

    private void collect(long roundId, String roundName, Map<Long, List<Pending>> into) {
        for (ReviewQueue.Entry entry : queue.queue(roundId, "PENDING").entries()) {
            List<String> kinds = entry.flags().stream().map(ReviewQueue.FlagView::kind).distinct().toList();
            if (!kinds.isEmpty()) {
                into.computeIfAbsent(entry.accountId(), a -> new ArrayList<>()).add(new Pending(roundId, roundName, kinds));
            }
        }
    }
}
