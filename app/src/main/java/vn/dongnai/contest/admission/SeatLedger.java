package vn.dongnai.contest.admission;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import vn.dongnai.contest.attempt.AttemptGraded;
import vn.dongnai.contest.attempt.AttemptStarted;
import vn.dongnai.contest.attempt.AttemptsGraded;
import vn.dongnai.contest.system.AfterCommit;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The seats of the platform ({@link Seats}), kept in Redis so that every app node counts the same
 * people: {@code seats:{platform}:taken} is a sorted set of the attempts in progress (member: round
 * and account, {@link Seats#member}; score: the attempt's deadline in epoch ms) and
 * {@code seats:{platform}:nodes} a hash of each node's seats with the time it last said so, dropped
 * after {@value #NODE_SILENCE_MS} ms of silence; the platform's seats are their sum, so adding app
 * nodes adds seats. A node's seats follow the pace people keep (unless {@code contest.admission.seats}
 * fixes them): each second, its in-progress capacity ({@code in-progress-capacity-per-core} × cores,
 * requests a second) over what one person mid-attempt sends ({@link SeatPace}: the in-progress requests
 * it served over the last {@value #PACE_WINDOW} s, times the nodes, over the people in progress), at
 * most {@code seats-max-per-core} × cores. Both keys share the hash tag {@code {platform}}, so the counting script is legal
 * on Redis Cluster. An attempt is added once its start has committed and removed once its submit or
 * close has committed ({@link AfterCommit}); one whose deadline has passed without either is dropped
 * by its score when counting, so a person who walks away frees their seat at their deadline. A start
 * the waiting room lets in holds its seat at once ({@link #hold}), before its attempt is written.
 * <p>
 * Counted on every start this node has an opening for (one with none is refused by the room
 * whatever the seats say, {@code WaitingRoomFilter}), in one script (one round trip, asynchronous, never
 * on an event loop's time): the count is then exact at the moment of the start. A count cached per node for a few
 * hundred ms would be cheaper for Redis, but a start wave of 1,200 a second would overshoot the budget
 * by hundreds of people per node in each period, and every one of them autosaves until they submit;
 * one tiny script per start is nothing next to what a start costs MySQL. Each node still says its
 * seats every {@code seats-refresh} on its own ({@link #advertise}), so a node that meets no start
 * for a while keeps its seats in the sum, and the gauges stay current.
 * <p>
 * When Redis fails or does not answer within {@code contest.admission.redis-timeout}, a start meets
 * the last count (with the seats this node has held since) for up to {@value #LAST_COUNT_MS} ms — a
 * box past capacity answers slowly exactly when the budget matters — and after that no budget (each
 * node's lanes still hold), never a start refused or lost for Redis; {@code
 * contest_redis_degraded_total{use="seats"}} counts it. An attempt Redis missed is simply not counted
 * (its seat is free early), one whose removal Redis missed holds its seat until its deadline.
 * {@code contest.admission.seats=0} turns the budget off on this node (no Redis work at all): set the
 * same on every node.
 * <p>
 * Metrics: {@code contest_admission_seats} (the platform's seats as this node last saw them, 0: no
 * budget), {@code contest_admission_seats_taken} and {@code contest_admission_seat_pace} (requests a
 * second per person mid-attempt, as reckoned).
 */
@Singleton
class SeatLedger {

    static final String TAKEN = "seats:{platform}:taken";
    static final String NODES = "seats:{platform}:nodes";
    static final long NODE_SILENCE_MS = 5_000;
    static final long HOLD_MS = 15_000;
    static final long PACE_WINDOW = 10;
    static final long LAST_COUNT_MS = 5_000;

    private static final String SCRIPT = """
            local now = tonumber(ARGV[1])
            redis.call('HSET', KEYS[2], ARGV[2], ARGV[3] .. ':' .. now)
            redis.call('EXPIRE', KEYS[2], 60)
            local seats = 0
            local nodes = redis.call('HGETALL', KEYS[2])
            for i = 1, #nodes, 2 do
              local n, at = string.match(nodes[i + 1], '^(%d+):(%d+)$')
              if n and tonumber(at) >= now - tonumber(ARGV[4]) then
                seats = seats + tonumber(n)
              else
                redis.call('HDEL', KEYS[2], nodes[i])
              end
            end
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            local taken = redis.call('ZCARD', KEYS[1])
            local mine = 0
            if ARGV[5] ~= '' and redis.call('ZSCORE', KEYS[1], ARGV[5]) then
              mine = 1
            end
            return {seats, taken, mine, redis.call('HLEN', KEYS[2])}
            """;

    private final RedisClusterAsyncCommands<String, String> commands;
    private final String digest;
    private final RedisDegradation degradation;
    private final AfterCommit afterCommit;
    private final Clock clock;
    private final Duration timeout;
    private final int fixedSeats;
    private final double capacity;
    private final int maxSeats;
    private final SeatPace pace;
    private final Lanes lanes;
    /** In-progress requests served, sampled each second over the last {@value #PACE_WINDOW} s. */
    private final ArrayDeque<long[]> served = new ArrayDeque<>();
    private volatile int nodeSeats;
    private volatile long countedAt;
    /** Seats this node has held for starts since its last count (the count includes them from then on). */
    private final AtomicLong heldSince = new AtomicLong();
    private volatile long nodes = 1;
    private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile long platform;
    /** Starts that asked Redis for the count (tests: a refused try of a full lane asks nothing). */
    final LongAdder counts = new LongAdder();
    private volatile long taken;

    SeatLedger(Redis redis, RedisDegradation degradation, AfterCommit afterCommit, Clock clock, MeterRegistry meters,
               Lanes lanes,
               @Value("${contest.admission.seats:-1}") int seats,
               @Value("${contest.admission.in-progress-capacity-per-core:1600}") int capacityPerCore,
               @Value("${contest.admission.seats-max-per-core:25000}") int maxPerCore,
               @Value("${contest.admission.answer-seconds:20s}") Duration answerEvery,
               @Value("${contest.admission.redis-timeout:200ms}") Duration timeout) {
        this.commands = redis.async();
        this.digest = commands.digest(SCRIPT);
        this.degradation = degradation;
        this.afterCommit = afterCommit;
        this.clock = clock;
        this.timeout = timeout;
        this.lanes = lanes;
        int cores = Runtime.getRuntime().availableProcessors();
        this.fixedSeats = seats;
        this.capacity = (double) Math.max(0, capacityPerCore) * cores;
        this.maxSeats = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, maxPerCore) * cores);
        this.pace = new SeatPace(1.0 / Math.max(1, answerEvery.toSeconds()));
        this.nodeSeats = seats >= 0 ? seats : Seats.ofPace(capacity, pace.perPerson(), maxSeats);
        Gauge.builder("contest.admission.seats", this, l -> l.platform)
                .description("the platform's seats (people mid-attempt it carries), as this node last saw them; 0: no budget")
                .register(meters);
        Gauge.builder("contest.admission.seats.taken", this, l -> l.taken)
                .description("seats held by attempts in progress, as this node last saw them")
                .register(meters);
        Gauge.builder("contest.admission.seat.pace", pace, SeatPace::perPerson)
                .description("in-progress requests a second one person mid-attempt sends, as the seats reckon it")
                .register(meters);
    }

    /**
     * The seats as a start of {@code holder} in {@code roundId} meets them: {@link Seats#NONE} when
     * there is no budget or Redis did not answer. Never fails.
     */
    CompletionStage<Seats> count(long roundId, String holder) {
        if (fixedSeats == 0) {
            return CompletableFuture.completedFuture(Seats.NONE);
        }
        counts.increment();
        return run(Seats.member(roundId, holder)).thenApply(r -> new Seats(r[0], r[1], r[2] == 1))
                .exceptionally(e -> {
                    degradation.record(RedisDegradation.SEATS, e);
                    return lastKnown();
                });
    }

    /**
     * When the count does not come back in time — on a box past capacity Redis' answers wait behind
     * everything else on the shared connection — the last count, with the seats this node has held
     * since: a budget dropped whenever the box is busiest would let a start wave in exactly then. Only
     * after {@value #LAST_COUNT_MS} ms without a count is there no budget (Redis away).
     */
    private Seats lastKnown() {
        if (clock.millis() - countedAt > LAST_COUNT_MS || platform <= 0) {
            return Seats.NONE;
        }
        return new Seats(platform, taken + heldSince.get(), false);
    }

    /**
     * Each second: this node's seats from the pace people keep (unless fixed), said to Redis with the
     * count read back for the gauges, whether or not starts come.
     */
    @Scheduled(fixedDelay = "${contest.admission.seats-refresh:1s}", initialDelay = "1s")
    void advertise() {
        if (fixedSeats == 0) {
            return;
        }
        if (fixedSeats < 0) {
            nodeSeats = Seats.ofPace(capacity, pace.observe(servedPerSecond() * nodes, taken), maxSeats);
        }
        run("").exceptionally(e -> {
            degradation.record(RedisDegradation.SEATS, e);
            return null;
        });
    }

    /**
     * This node's in-progress requests a second over the last {@value #PACE_WINDOW} s; times the nodes,
     * the platform's (nginx spreads people evenly).
     */
    private double servedPerSecond() {
        long now = System.nanoTime();
        served.addLast(new long[]{now, lanes.inProgressServed()});
        while (served.size() > 2 && now - served.peekFirst()[0] > PACE_WINDOW * 1_000_000_000L) {
            served.removeFirst();
        }
        long[] first = served.peekFirst();
        long[] last = served.peekLast();
        double seconds = (last[0] - first[0]) / 1e9;
        return seconds < 0.5 ? 0 : (last[1] - first[1]) / seconds;
    }

    /**
     * Holds a seat for a start the room has just let in, until its attempt is written (which replaces
     * the hold with the attempt's deadline) or for {@value #HOLD_MS} ms: without it, the starts let in
     * and still waiting on their node for a place in the lane or for MySQL would not count, and the
     * next arrivals would be let in on the same free seats. Sent without waiting for the answer (the
     * node's commands reach Redis in order, so the node's next count sees it); a start that fails
     * afterwards (its attempts used up, its session ended) holds the seat until the hold runs out.
     */
    void hold(long roundId, String holder) {
        if (fixedSeats == 0) {
            return;
        }
        heldSince.incrementAndGet();
        // NX: never shortens an attempt in progress that the count raced with
        bounded(commands.zadd(TAKEN, ZAddArgs.Builder.nx(), clock.millis() + (double) HOLD_MS,
                Seats.member(roundId, holder)));
    }

    @EventListener
    void onStarted(AttemptStarted started) {
        if (fixedSeats == 0) {
            return;
        }
        String member = Seats.member(started.roundId(), String.valueOf(started.accountId()));
        double deadline = started.deadlineAt().toEpochMilli();
        afterCommit.runThenWait(() -> bounded(commands.zadd(TAKEN, deadline, member)));
    }

    @EventListener
    void onGraded(AttemptGraded graded) {
        free(List.of(graded));
    }

    @EventListener
    void onGradedTogether(AttemptsGraded together) {
        free(together.graded());
    }

    private void free(List<AttemptGraded> graded) {
        if (fixedSeats == 0 || graded.isEmpty()) {
            return;
        }
        String[] members = graded.stream().map(g -> Seats.member(g.roundId(), String.valueOf(g.accountId())))
                .toArray(String[]::new);
        afterCommit.runThenWait(() -> bounded(commands.zrem(TAKEN, members)));
    }

    /** A write after commit: waited for at most the timeout (the reply follows it), never failing the caller. */
    private CompletableFuture<?> bounded(CompletionStage<?> write) {
        return write.toCompletableFuture().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((done, e) -> {
                    if (e != null) {
                        degradation.record(RedisDegradation.SEATS, e);
                    }
                    return null;
                });
    }

    /** The script: {seats, taken, holder seated (1/0)}, also kept for the gauges. */
    private CompletableFuture<long[]> run(String member) {
        String[] keys = {TAKEN, NODES};
        String[] args = {String.valueOf(clock.millis()), node, String.valueOf(nodeSeats), String.valueOf(NODE_SILENCE_MS),
                member};
        CompletableFuture<List<Object>> answer = Redis.script(commands, SCRIPT, digest, ScriptOutputType.MULTI, keys, args);
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).thenApply(r -> {
            long[] counted = {((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue(), ((Number) r.get(2)).longValue()};
            platform = counted[0];
            taken = counted[1];
            countedAt = clock.millis();
            heldSince.set(0);
            nodes = Math.max(1, ((Number) r.get(3)).longValue());
            return counted;
        });
    }

    /** Leaves the sum at once rather than after the silence: a stopped node carries nobody. */
    @PreDestroy
    void leave() {
        if (fixedSeats == 0) {
            return;
        }
        try {
            commands.hdel(NODES, node).toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Redis away: the node drops out of the sum after its silence
        }
    }
}
