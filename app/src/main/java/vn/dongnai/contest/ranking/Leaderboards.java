package vn.dongnai.contest.ranking;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.attempt.AttemptGraded;
import vn.dongnai.contest.attempt.AttemptsGraded;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.system.AfterCommit;
import vn.dongnai.contest.system.Batches;
import vn.dongnai.contest.system.RedisDegradation;
import vn.dongnai.contest.system.Sql;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keeps the Redis boards a faithful projection of MySQL. A grade (or a regrade, or a
 * disqualification) writes an outbox row in its own transaction; after a grade's commit that
 * contestant's entry is recomputed from MySQL and written to Redis, and the row is marked applied
 * (in batches); a regrade's or a decision's rows are written by the drainer.
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
    private final FrozenRankings frozen;
    private final AfterCommit afterCommit;
    private final Clock clock;
    private final RedisDegradation degradation;
    private final TransactionOperations<Connection> transactions;
    /** The Redis masters the boards were last checked on; null until known. */
    private volatile @Nullable String masters;
    /** Rounds with entries not on their board, and when a write of theirs last failed. */
    private final Map<Long, Instant> staleRounds = new ConcurrentHashMap<>();
    /**
     * How old an outbox row must be before the drainer writes it: a younger one is normally being
     * written after its commit right now (at a peak, hundreds a second), and writing it twice is work
     * taken from the peak for nothing.
     */
    private final Duration settle;
    private final Queue<Write> applied = new ConcurrentLinkedQueue<>();
    /** Board writes after commits, made in batches by one thread: at a peak, a few statements for many submits. */
    private final Batches<Write, Void> writes = new Batches<>("board-writes", 1, 256, batch -> {
        applyAll(batch);
        return java.util.Collections.nCopies(batch.size(), null);
    });

    Leaderboards(Sql sql, Entries entries, LeaderboardStore store, FrozenRankings frozen,
                 AfterCommit afterCommit, Clock clock, RedisDegradation degradation,
                 MeterRegistry meters, TransactionOperations<Connection> transactions,
                 @Value("${contest.leaderboard.drain-settle:5s}") Duration settle) {
        this.sql = sql;
        this.settle = settle;
        this.entries = entries;
        this.store = store;
        this.frozen = frozen;
        this.afterCommit = afterCommit;
        this.clock = clock;
        this.degradation = degradation;
        this.transactions = transactions;
        // the contest-day dashboard's "boards behind" panel (deploy/grafana)
        meters.gaugeMapSize("contest.leaderboard.stale.rounds", List.of(), staleRounds);
        writes.bindTo(meters);
    }

    @EventListener
    void onGraded(AttemptGraded graded) {
        record(graded.roundId(), graded.accountId());
    }

    /**
     * Announced inside the change's transaction (a regrade, a review decision), the row commits or
     * rolls back with the change and the drainer writes the board: a regrade of thousands does not
     * write them one by one on the request thread, and a crash after commit loses nothing.
     * Announced outside one, the entry is written at once.
     */
    @EventListener
    void onEntryChanged(EntryChanged changed) {
        if (transactions.findTransactionStatus().isPresent()) {
            sql.insert(OUTBOX_INSERT,
                    changed.roundId(), changed.accountId(), clock.instant());
        } else {
            record(changed.roundId(), changed.accountId());
        }
    }

    /** Whether this node knows of entries of the round that are not on its board yet. */
    public boolean stale(long roundId) {
        return staleRounds.containsKey(roundId);
    }

    /** A group of submits graded in one transaction: their outbox rows in one statement, then as {@link #record}. */
    @EventListener
    void onGradedTogether(AttemptsGraded together) {
        List<Object[]> rows = new ArrayList<>(together.graded().size());
        Instant now = clock.instant();
        together.graded().forEach(g -> rows.add(new Object[]{g.roundId(), g.accountId(), now}));
        long[] versions = sql.insertAll(OUTBOX_INSERT, rows);
        List<Write> batch = new ArrayList<>(versions.length);
        for (int i = 0; i < versions.length; i++) {
            AttemptGraded g = together.graded().get(i);
            batch.add(new Write(g.roundId(), g.accountId(), versions[i]));
        }
        afterCommit.runThenWait(() -> CompletableFuture.allOf(batch.stream()
                .map(w -> writes.add(w).exceptionally(e -> null)).toArray(CompletableFuture[]::new)));
    }

    private static final String OUTBOX_INSERT = "INSERT INTO leaderboard_outbox (round_id, account_id, created_at) VALUES (?, ?, ?)";

    /**
     * The outbox row in the grade's transaction; after commit, the board write, batched with whatever
     * else commits at the same moment (a failed write is the drainer's, never the submitter's error).
     */
    private void record(long roundId, long accountId) {
        long version = sql.insert(OUTBOX_INSERT,
                roundId, accountId, clock.instant());
        afterCommit.runThenWait(() -> writes.add(new Write(roundId, accountId, version)).exceptionally(e -> null));
    }

    /** Applies what is pending for one contestant in one round; on failure leaves it for the drainer. */
    boolean applyPending(long roundId, long accountId) {
        try {
            Optional<Long> version = sql.one("""
                            SELECT MAX(id) AS version FROM leaderboard_outbox
                            WHERE round_id = ? AND account_id = ? AND applied_at IS NULL""",
                    rs -> Sql.nullableLong(rs, "version"), roundId, accountId);
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
        return applyRound(roundId, List.of(new Write(roundId, accountId, version)));
    }

    /** A contestant's board write under an outbox version; once written, its rows (up to {@code version}) are to be marked applied. */
    private record Write(long roundId, long accountId, long version) {
    }

    /** A batch of board writes, round by round; a round that fails is left to the drainer. */
    private void applyAll(List<Write> batch) {
        Map<Long, List<Write>> byRound = new LinkedHashMap<>();
        batch.forEach(w -> byRound.computeIfAbsent(w.roundId(), k -> new ArrayList<>()).add(w));
        byRound.forEach(this::applyRound);
    }

    private boolean applyRound(long roundId, List<Write> batch) {
        try {
            apply(roundId, batch);
            applied.addAll(batch);
            return true;
        } catch (RuntimeException e) {
            return behind(roundId, e);
        }
    }

    /**
     * Marks written entries' outbox rows applied, many in one statement: at the peak this saves
     * every submit a statement and a commit. Rows not marked yet (a node stopped in between) are
     * written again by the drainer, which changes nothing on the board (same version).
     */
    @Scheduled(fixedDelay = "${contest.leaderboard.mark-interval:250ms}", initialDelay = "1s")
    void markApplied() {
        List<Write> batch = new ArrayList<>();
        for (Write a = applied.poll(); a != null; a = applied.poll()) {
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

    /** A stopping node makes the writes it queued and marks them. */
    @PreDestroy
    void stop() {
        writes.close();
        markApplied();
    }

    /**
     * Marking locks only the rows it changes: under REPEATABLE READ its scan of the pending index
     * would also lock the gaps that the outbox rows of the next submits go into, holding up every
     * group commit four times a second at a peak.
     */
    private static final TransactionDefinition MARKING = readCommitted();

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }

    private void mark(List<Write> batch) {
        List<Object> args = new ArrayList<>(1 + 3 * batch.size());
        args.add(clock.instant());
        StringJoiner which = new StringJoiner(" OR ", "(", ")");
        for (Write a : batch) {
            which.add("(round_id = ? AND account_id = ? AND id <= ?)");
            args.addAll(List.of(a.roundId(), a.accountId(), a.version()));
        }
        try {
            transactions.execute(MARKING, status ->
                    sql.update("UPDATE leaderboard_outbox SET applied_at = ? WHERE applied_at IS NULL AND " + which, args.toArray()));
        } catch (RuntimeException e) {
            LOG.debug("Outbox rows not marked; the drainer writes them again", e);
        }
    }

    private boolean behind(long roundId, RuntimeException e) {
        staleRounds.put(roundId, clock.instant());
        degradation.record(RedisDegradation.LEADERBOARD, e);
        LOG.warn("Leaderboard of round {} is behind ({}); the outbox keeps the entry", roundId, e.toString());
        LOG.debug("Why the leaderboard write failed", e);
        return false;
    }

    /**
     * Writes the contestants' entries as MySQL has them now, each under its outbox version (the board
     * keeps the highest version it has seen, so an older write arriving late changes nothing): one
     * query for the entries, one for the contest-wide standings, the scripts sent together.
     */
    private void apply(long roundId, List<Write> batch) {
        // read fresh on every write (no cache): a board must never take a live entry once its round closed
        record RoundState(String status, long contestId, boolean overallBoard) {
        }
        RoundState round = sql.one("""
                SELECT r.status, r.contest_id, c.overall_board FROM contest_round r JOIN contest c ON c.id = r.contest_id
                WHERE r.id = ?""", rs -> new RoundState(rs.getString("status"), rs.getLong("contest_id"),
                rs.getBoolean("overall_board")), roundId).orElseThrow();
        if (ContestRound.CLOSED.equals(round.status())) {
            return; // a closed round's board is its frozen ranking
        }
        Map<Long, Long> versions = new LinkedHashMap<>();
        batch.forEach(w -> versions.merge(w.accountId(), w.version(), Math::max));
        List<LeaderboardStore.Change> changes = new ArrayList<>();
        BoardKeys board = BoardKeys.round(roundId);
        Map<Long, Entry> found = entries.entriesOf(roundId, versions.keySet());
        versions.forEach((account, version) -> {
            Entry entry = found.get(account);
            changes.add(entry == null ? LeaderboardStore.Change.remove(board, account, version)
                    : store.upsertOf(board, account, version, RankingChain.LIVE.boardPosition(entry), line(entry)));
        });
        if (round.overallBoard()) {
            BoardKeys overallBoard = BoardKeys.contest(round.contestId());
            Map<Long, Entries.ContestStanding> standings = entries.standingsOf(round.contestId(), versions.keySet());
            versions.forEach((account, version) -> {
                Entries.ContestStanding standing = standings.get(account);
                changes.add(standing == null ? LeaderboardStore.Change.remove(overallBoard, account, version)
                        : store.upsertOf(overallBoard, account, version, RankingChain.CONTEST_WIDE.boardPosition(standing),
                        line(standing)));
            });
        }
        store.write(changes);
    }

    /**
     * Catches up whatever the immediate path could not write (Redis away, a node stopped mid-way),
     * and rebuilds everything when Redis comes back without its data.
     */
    @Scheduled(fixedDelay = "${contest.leaderboard.drain-interval:2s}",
            initialDelay = "${contest.leaderboard.drain-initial-delay:5s}")
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
        Instant settled = clock.instant().minus(settle);
        List<Pending> pending = sql.list("""
                SELECT round_id, account_id FROM leaderboard_outbox WHERE applied_at IS NULL AND created_at <= ?
                GROUP BY round_id, account_id ORDER BY MIN(id) LIMIT 1000""",
                rs -> new Pending(rs.getLong("round_id"), rs.getLong("account_id")), settled);
        boolean allApplied = true;
        for (Pending p : pending) {
            allApplied &= applyPending(p.roundId(), p.accountId());
        }
        if (allApplied) {
            markApplied();
            Set<Long> behind = Set.copyOf(sql.list(
                    "SELECT DISTINCT round_id FROM leaderboard_outbox WHERE applied_at IS NULL AND created_at <= ?",
                    rs -> rs.getLong("round_id"), settled));
            // a round whose write failed within the window keeps its mark until its row is old enough to be drained
            staleRounds.entrySet().removeIf(e -> !behind.contains(e.getKey()) && e.getValue().isBefore(settled));
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
            LOG.warn("Boards not checked at startup ({}); the drainer retries", e.toString());
        }
    }

    /** The rebuild command: every board recomputed from MySQL. Returns the number of boards. */
    public int rebuildAll() {
        int boards = 0;
        // the rounds a board is shown for: published, or closed with a frozen ranking
        for (long roundId : sql.list("SELECT id FROM contest_round WHERE status IN (?, ?)", rs -> rs.getLong("id"),
                ContestRound.PUBLISHED, ContestRound.CLOSED)) {
            rebuildRound(roundId);
            boards++;
        }
        for (long contestId : sql.list("SELECT id FROM contest WHERE overall_board = TRUE", rs -> rs.getLong("id"))) {
            rebuildContest(contestId);
            boards++;
        }
        return boards;
    }

    /** Rebuilds a round's board: the live entries, or the frozen ranking once the round is closed. */
    public void rebuildRound(long roundId) {
        long version = currentOutboxId();
        String status = sql.one("SELECT status FROM contest_round WHERE id = ?", rs -> rs.getString("status"), roundId)
                .orElseThrow();
        List<LeaderboardStore.Placed> placed = ContestRound.CLOSED.equals(status) ? frozen.placed(roundId)
                : entries.liveRanking(roundId).stream()
                .map(e -> new LeaderboardStore.Placed(RankingChain.LIVE.boardPosition(e), line(e))).toList();
        store.replace(BoardKeys.round(roundId), placed, version);
        replayAfter(roundId, version);
        staleRounds.remove(roundId);
    }

    /** What changed while a rebuild was reading MySQL is written again on top, newest wins by version. */
    private void replayAfter(long roundId, long version) {
        record Changed(long accountId, long version) {
        }
        List<Changed> changed = sql.list("""
                SELECT account_id, MAX(id) AS version FROM leaderboard_outbox WHERE round_id = ? AND id > ? GROUP BY account_id""",
                rs -> new Changed(rs.getLong("account_id"), rs.getLong("version")), roundId, version);
        for (int from = 0; from < changed.size(); from += 1_000) {
            apply(roundId, changed.subList(from, Math.min(changed.size(), from + 1_000)).stream()
                    .map(c -> new Write(roundId, c.accountId(), c.version())).toList());
        }
        sql.update("UPDATE leaderboard_outbox SET applied_at = ? WHERE round_id = ? AND id <= ? AND applied_at IS NULL",
                clock.instant(), roundId, version);
    }

    public void rebuildContest(long contestId) {
        long version = currentOutboxId();
        List<LeaderboardStore.Placed> placed = entries.contestRanking(contestId).stream()
                .map(o -> new LeaderboardStore.Placed(RankingChain.CONTEST_WIDE.boardPosition(o), line(o)))
                .toList();
        store.replace(BoardKeys.contest(contestId), placed, version);
        sql.list("SELECT id FROM contest_round WHERE contest_id = ?", rs -> rs.getLong("id"), contestId)
                .forEach(roundId -> replayAfter(roundId, version));
    }

    private long currentOutboxId() {
        return sql.one("SELECT COALESCE(MAX(id), 0) AS version FROM leaderboard_outbox", rs -> rs.getLong("version"))
                .orElse(0L);
    }

    static BoardLine line(Entry e) {
        return new BoardLine(e.accountId(), e.displayName(), e.unit(), e.commune(), e.score(), e.durationMs());
    }

    private static BoardLine line(Entries.ContestStanding o) {
        return new BoardLine(o.accountId(), o.displayName(), o.unit(), o.commune(), o.score(), o.durationMs());
    }
}
