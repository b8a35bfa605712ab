package vn.dongnai.contest.ranking;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.attempt.AttemptGraded;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.contest.Rounds;
import vn.dongnai.contest.system.AfterCommit;
import vn.dongnai.contest.system.RedisDegradation;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keeps the Redis boards a faithful projection of MySQL. A grade (or a regrade, or a
 * disqualification) writes an outbox row in its own transaction; after commit that contestant's
 * entry is recomputed from MySQL and written to Redis, and the row is marked applied (in batches).
 * If Redis is away the row stays, the round is marked stale, and the drainer catches up when Redis
 * returns — so no entry is lost, and because every write is a recomputation guarded by the row's id, none is counted twice.
 * When the Redis master changes (a Sentinel or Cluster failover, a restart from disk), writes it
 * acknowledged may not have reached the new one, so the boards are rebuilt from MySQL.
 */
@Singleton
public class Leaderboards {

    private static final Logger LOG = LoggerFactory.getLogger(Leaderboards.class);
    private static final int MARK_BATCH = 500;

    private final Sql sql;
    private final Entries entries;
    private final LeaderboardStore store;
    private final Rounds rounds;
    private final AfterCommit afterCommit;
    private final Clock clock;
    private final RedisDegradation degradation;
    /** The Redis masters the boards were last checked on; null until known. */
    private volatile @Nullable String masters;
    private final Set<Long> staleRounds = ConcurrentHashMap.newKeySet();
    private final Queue<Applied> applied = new ConcurrentLinkedQueue<>();

    Leaderboards(Sql sql, Entries entries, LeaderboardStore store, Rounds rounds,
                 AfterCommit afterCommit, Clock clock, RedisDegradation degradation,
                 MeterRegistry meters) {
        this.sql = sql;
        this.entries = entries;
        this.store = store;
        this.rounds = rounds;
        this.afterCommit = afterCommit;
        this.clock = clock;
        this.degradation = degradation;
        // the contest-day dashboard's "boards behind" panel (deploy/grafana)
        meters.gaugeCollectionSize("contest.leaderboard.stale.rounds", List.of(), staleRounds);
    }

    @EventListener
    void onGraded(AttemptGraded graded) {
        record(graded.roundId(), graded.accountId());
    }

    @EventListener
    void onEntryChanged(EntryChanged changed) {
        record(changed.roundId(), changed.accountId());
    }

    /** Whether this node knows of entries of the round that are not on its board yet. */
    public boolean stale(long roundId) {
        return staleRounds.contains(roundId);
    }

    private void record(long roundId, long accountId) {
        long version = sql.insert("INSERT INTO leaderboard_outbox (round_id, account_id, created_at) VALUES (?, ?, ?)",
                roundId, accountId, clock.instant());
        afterCommit.run(() -> applyUpTo(roundId, accountId, version));
    }

    /** Applies what is pending for one contestant in one round; on failure leaves it for the drainer. */
    boolean applyPending(long roundId, long accountId) {
        try {
            Optional<Long> version = sql.one("""
                            SELECT MAX(id) FROM leaderboard_outbox WHERE round_id = ? AND account_id = ? AND applied_at IS NULL""",
                    rs -> rs.getObject(1, Long.class), roundId, accountId);
            return version.isEmpty() || applyUpTo(roundId, accountId, version.get());
        } catch (RuntimeException e) {
            return behind(roundId, e);
        }
    }

    /**
     * Writes the contestant's entry as MySQL has it now, under the given outbox version (the board
     * keeps the highest version it has seen, so an older write arriving late changes nothing).
     */
    private boolean applyUpTo(long roundId, long accountId, long version) {
        try {
            apply(roundId, accountId, version);
            applied.add(new Applied(roundId, accountId, version));
            return true;
        } catch (RuntimeException e) {
            return behind(roundId, e);
        }
    }

    /** An entry written to Redis whose outbox rows (up to {@code version}) are not yet marked applied. */
    private record Applied(long roundId, long accountId, long version) {
    }

    /**
     * Marks written entries' outbox rows applied, many in one statement: at the peak this saves
     * every submit a statement and a commit. Rows not marked yet (a node stopped in between) are
     * written again by the drainer, which changes nothing on the board (same version).
     */
    @Scheduled(fixedDelay = "${contest.leaderboard.mark-interval:250ms}", initialDelay = "1s")
    @PreDestroy
    void markApplied() {
        List<Applied> batch = new ArrayList<>();
        for (Applied a = applied.poll(); a != null; a = applied.poll()) {
            batch.add(a);
            if (batch.size() == MARK_BATCH) {
                mark(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mark(batch);
        }
    }

    private void mark(List<Applied> batch) {
        List<Object> args = new ArrayList<>(1 + 3 * batch.size());
        args.add(clock.instant());
        StringJoiner which = new StringJoiner(" OR ", "(", ")");
        for (Applied a : batch) {
            which.add("(round_id = ? AND account_id = ? AND id <= ?)");
            args.addAll(List.of(a.roundId(), a.accountId(), a.version()));
        }
        try {
            sql.update("UPDATE leaderboard_outbox SET applied_at = ? WHERE applied_at IS NULL AND " + which, args.toArray());
        } catch (RuntimeException e) {
            LOG.debug("Outbox rows not marked; the drainer writes them again", e);
        }
    }

    private boolean behind(long roundId, RuntimeException e) {
        staleRounds.add(roundId);
        degradation.record(RedisDegradation.LEADERBOARD, e);
        LOG.warn("Leaderboard of round {} is behind ({}); the outbox keeps the entry", roundId, e.toString());
        LOG.debug("Why the leaderboard write failed", e);
        return false;
    }

    private void apply(long roundId, long accountId, long version) {
        // read fresh on every write (no cache): a board must never take a live entry once its round closed
        record RoundState(String status, long contestId, boolean overallBoard) {
        }
        RoundState round = sql.one("""
                SELECT r.status, r.contest_id, c.overall_board FROM contest_round r JOIN contest c ON c.id = r.contest_id
                WHERE r.id = ?""", rs -> new RoundState(rs.getString(1), rs.getLong(2), rs.getBoolean(3)), roundId).orElseThrow();
        if (ContestRound.CLOSED.equals(round.status())) {
            return; // a closed round's board is its frozen ranking
        }
        BoardKeys board = BoardKeys.round(roundId);
        Optional<Entry> entry = entries.entryOf(roundId, accountId);
        if (entry.isPresent()) {
            Entry e = entry.get();
            store.upsert(board, accountId, version, orderScore(e.score(), e.durationMs()),
                    RankingPolicy.member(e.submittedAt().toEpochMilli(), e.attemptId()), line(e));
        } else {
            store.remove(board, accountId, version);
        }
        if (round.overallBoard()) {
            BoardKeys overallBoard = BoardKeys.contest(round.contestId());
            Optional<Entries.Overall> overall = entries.overallOf(round.contestId(), accountId);
            if (overall.isPresent()) {
                Entries.Overall o = overall.get();
                store.upsert(overallBoard, accountId, version, orderScore(o.score(), o.durationMs()),
                        RankingPolicy.member(o.lastSubmittedAt().toEpochMilli(), accountId), line(o));
            } else {
                store.remove(overallBoard, accountId, version);
            }
        }
    }

    /**
     * Catches up whatever the immediate path could not write (Redis away, a node stopped mid-way),
     * and rebuilds everything when Redis comes back without its data.
     */
    @Scheduled(fixedDelay = "${contest.leaderboard.drain-interval:2s}", initialDelay = "5s")
    void drain() {
        try {
            String now = store.masters();
            if (!store.isBuilt()) {
                LOG.info("Redis has no boards (new or restarted empty): rebuilt {} from MySQL", rebuildAll());
                store.markBuilt();
            } else if (masters != null && !masters.equals(now)) {
                LOG.info("Redis masters changed (failover or restart): rebuilt {} boards from MySQL", rebuildAll());
            }
            masters = now;
        } catch (RuntimeException e) {
            degradation.record(RedisDegradation.LEADERBOARD, e);
            return; // Redis still away: the outbox waits
        }
        markApplied();
        record Pending(long roundId, long accountId) {
        }
        List<Pending> pending = sql.list("""
                SELECT round_id, account_id FROM leaderboard_outbox WHERE applied_at IS NULL
                GROUP BY round_id, account_id ORDER BY MIN(id) LIMIT 1000""",
                rs -> new Pending(rs.getLong(1), rs.getLong(2)));
        boolean allApplied = true;
        for (Pending p : pending) {
            allApplied &= applyPending(p.roundId(), p.accountId());
        }
        if (allApplied) {
            markApplied();
            Set<Long> behind = Set.copyOf(sql.list("SELECT DISTINCT round_id FROM leaderboard_outbox WHERE applied_at IS NULL",
                    rs -> rs.getLong(1)));
            staleRounds.retainAll(behind);
        }
        sql.update("DELETE FROM leaderboard_outbox WHERE applied_at < ? LIMIT 10000", clock.instant().minus(Duration.ofDays(1)));
    }

    /** After a restart without Redis data, boards come back from MySQL on their own. */
    @EventListener
    void onStartup(StartupEvent event) {
        try {
            String now = store.masters();
            if (!store.isBuilt()) {
                rebuildAll();
                store.markBuilt();
            }
            masters = now;
        } catch (RuntimeException e) {
            LOG.warn("Boards not checked at startup ({}); the drainer retries", e.getClass().getSimpleName());
        }
    }

    /** The rebuild command: every board recomputed from MySQL. Returns the number of boards. */
    public int rebuildAll() {
        int boards = 0;
        for (ContestRound round : visibleRounds()) {
            rebuildRound(round.id());
            boards++;
        }
        for (long contestId : sql.list("SELECT id FROM contest WHERE overall_board = TRUE", rs -> rs.getLong(1))) {
            rebuildContest(contestId);
            boards++;
        }
        return boards;
    }

    /** Rebuilds a round's board: the live entries, or the frozen ranking once the round is closed. */
    public void rebuildRound(long roundId) {
        long version = currentOutboxId();
        ContestRound round = rounds.byId(roundId).orElseThrow();
        List<LeaderboardStore.Placed> placed;
        if (ContestRound.CLOSED.equals(round.status())) {
            placed = sql.list("""
                    SELECT r.rank_no, r.account_id, r.attempt_id, r.score, r.duration_ms, r.submitted_at,
                           p.display_name, p.unit, p.commune
                    FROM ranked_entry r JOIN participant p ON p.account_id = r.account_id
                    WHERE r.round_id = ? ORDER BY r.rank_no""", rs -> new LeaderboardStore.Placed(rs.getLong(1),
                    RankingPolicy.member(rs.getTimestamp(6).toInstant().toEpochMilli(), rs.getLong(3)),
                    new BoardLine(rs.getLong(2), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(4),
                            rs.getLong(5))), roundId);
        } else {
            placed = entries.liveRanking(roundId).stream().map(e -> new LeaderboardStore.Placed(
                    orderScore(e.score(), e.durationMs()),
                    RankingPolicy.member(e.submittedAt().toEpochMilli(), e.attemptId()), line(e))).toList();
        }
        store.replace(BoardKeys.round(roundId), placed, version);
        replayAfter(roundId, version);
        staleRounds.remove(roundId);
    }

    /** What changed while a rebuild was reading MySQL is written again on top, newest wins by version. */
    private void replayAfter(long roundId, long version) {
        record Changed(long accountId, long version) {
        }
        List<Changed> changed = sql.list("""
                SELECT account_id, MAX(id) FROM leaderboard_outbox WHERE round_id = ? AND id > ? GROUP BY account_id""",
                rs -> new Changed(rs.getLong(1), rs.getLong(2)), roundId, version);
        for (Changed c : changed) {
            apply(roundId, c.accountId(), c.version());
        }
        sql.update("UPDATE leaderboard_outbox SET applied_at = ? WHERE round_id = ? AND id <= ? AND applied_at IS NULL",
                clock.instant(), roundId, version);
    }

    public void rebuildContest(long contestId) {
        long version = currentOutboxId();
        List<LeaderboardStore.Placed> placed = entries.overallRanking(contestId).stream()
                .map(o -> new LeaderboardStore.Placed(orderScore(o.score(), o.durationMs()),
                        RankingPolicy.member(o.lastSubmittedAt().toEpochMilli(), o.accountId()), line(o)))
                .toList();
        store.replace(BoardKeys.contest(contestId), placed, version);
        sql.list("SELECT id FROM contest_round WHERE contest_id = ?", rs -> rs.getLong(1), contestId)
                .forEach(roundId -> replayAfter(roundId, version));
    }

    private List<ContestRound> visibleRounds() {
        return rounds.withStatus(List.of(ContestRound.PUBLISHED, ContestRound.CLOSED));
    }

    private boolean hasEntries(long roundId) {
        return sql.one("SELECT 1 FROM attempt WHERE round_id = ? AND status IN ('SUBMITTED', 'EXPIRED') LIMIT 1",
                rs -> true, roundId).isPresent();
    }

    private long currentOutboxId() {
        return sql.one("SELECT COALESCE(MAX(id), 0) FROM leaderboard_outbox", rs -> rs.getLong(1)).orElse(0L);
    }

    static long orderScore(int score, long durationMs) {
        return (long) RankingPolicy.liveScore(score, durationMs);
    }

    private static BoardLine line(Entry e) {
        return new BoardLine(e.accountId(), e.displayName(), e.unit(), e.commune(), e.score(), e.durationMs());
    }

    private static BoardLine line(Entries.Overall o) {
        return new BoardLine(o.accountId(), o.displayName(), o.unit(), o.commune(), o.score(), o.durationMs());
    }

    @Nullable
    LeaderboardStore.Row me(BoardKeys board, long accountId) {
        return store.me(board, accountId);
    }
}
