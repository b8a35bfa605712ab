package vn.dongnai.contest.admission;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.FixedLimit;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * One Netflix concurrency-limits {@link SimpleLimiter} per lane, per node. The in-progress lane's
 * limit is unbounded: it is counted (its in-flight requests are a gauge) but never refused, and it
 * queues only in the blocking pool it shares with the others. Every lower lane has an adaptive
 * limit (Gradient2: it shrinks when the lane's latency climbs well above its long-run latency, which
 * is what happens when the box is past capacity, and grows back when it falls), capped by its
 * configured maximum and never below half of it — a wave's own queueing inside the lane must not
 * shrink it to a trickle — so a start wave or a login wave can never put more than that many
 * requests ahead of an autosave. That alone would still let a start wave fill the cores while
 * autosaves wait behind it for CPU, so the lower lanes may use only a share of their limits, which
 * shrinks while the in-progress requests take longer than {@code in-progress-target} on average
 * and grows back when they are fast ({@link Share}). The lanes with a waiting room (start, sign-in) also have a short
 * first-come-first-served queue on this node ({@link #inTurn}): a request the room lets in while the
 * lane is full waits there for the next free place without holding a thread, instead of being sent
 * away to poll for it — a burst the box can serve within {@code queue-seconds} is served in arrival
 * order with one try each, and only past that does the room hand out tickets. They measure their
 * capacity ({@link #capacity}) for the queue's length and the room's pace ({@link Pace}, {@link WaitingRooms}).
 * <p>
 * Metrics ({@code /prometheus}): {@code contest_admission_inflight{lane}}, {@code _limit{lane}},
 * {@code contest_admission_share} (of their limits, for the lower lanes), {@code _capacity{lane}} (per
 * second when full), {@code _queued{lane}} (people in the lane's waiting rooms as this node last saw
 * them), {@code _called{lane}} (their tickets called and not back yet), {@code _waiting{lane}} (let in
 * and waiting on this node for a place), {@code _refused_total{lane}}, {@code _stale_total{lane}}
 * (reads answered from the short cache), {@code _served_total{lane}} and
 * {@code _serving_seconds_total{lane}} (requests served to the end and their summed time: the lane's
 * rate and mean time, for in progress, start and sign-in).
 */
@Singleton
class Lanes {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final long FIRST_GUESS_MS = 50;
    private static final double ALPHA = 0.05;
    private static final long SHARE_PERIOD_MS = 100;
    private static final double SHARE_STEP = 0.05;

    private final Map<Lane, SimpleLimiter<Void>> limiters = new EnumMap<>(Lane.class);
    private final Map<Lane, Counter> refused = new EnumMap<>(Lane.class);
    private final Map<Lane, Counter> stale = new EnumMap<>(Lane.class);
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<Lane, Timing> timings = new EnumMap<>(Lane.class);
    private final Map<Lane, ArrayDeque<CompletableFuture<Limiter.Listener>>> turns = new EnumMap<>(Lane.class);
    private final Map<Lane, Served> served = new EnumMap<>(Lane.class);
    private final double queueSeconds;
    private final Share share;
    private final LongSupplier ticker;

    @Inject
    Lanes(MeterRegistry meters,
          @Value("${contest.admission.algorithm:gradient2}") String algorithm,
          @Value("${contest.admission.start.max:0}") int startMax,
          @Value("${contest.admission.start.min:0}") int startMin,
          @Value("${contest.admission.public-read.max:0}") int readMax,
          @Value("${contest.admission.public-read.min:0}") int readMin,
          @Value("${contest.admission.sign-in.max:0}") int signInMax,
          @Value("${contest.admission.sign-in.min:0}") int signInMin,
          @Value("${contest.admission.queue-seconds:2}") double queueSeconds,
          @Value("${contest.admission.in-progress-target:50ms}") java.time.Duration inProgressTarget) {
        this(meters, algorithm, startMax, startMin, readMax, readMin, signInMax, signInMin, queueSeconds,
                inProgressTarget.toNanos(), System::nanoTime);
    }

    Lanes(MeterRegistry meters, String algorithm, int startMax, int startMin, int readMax, int readMin,
          int signInMax, int signInMin, double queueSeconds, long inProgressTargetNanos, LongSupplier ticker) {
        this.ticker = ticker;
        this.queueSeconds = Math.max(0, queueSeconds);
        this.share = new Share(inProgressTargetNanos);
        boolean adaptive = !"fixed".equalsIgnoreCase(algorithm);
        // defaults per core: a start costs a few ms of CPU and some waits on MySQL, a public read
        // less, a login 60 ms of BCrypt that no amount of concurrency beyond the cores speeds up
        limiters.put(Lane.IN_PROGRESS, limiter(Lane.IN_PROGRESS, FixedLimit.of(Integer.MAX_VALUE)));
        // minimums half the maximum: a wave's own queueing in the lane must not shrink it to a trickle
        // starts: 2 a core — a start costs the box several ms of CPU and MySQL, and in an overload run
        // (docs/performance.md, sixth pass) 8 a core let a wave's admitted starts take the cores from the
        // autosaves of people mid-attempt (their p99 1.1 s; 2 a core: 276 ms) for no more admitted
        int start = or(startMax, 2 * CORES);
        int read = or(readMax, 16 * CORES);
        int signIn = or(signInMax, 2 * CORES);
        limiters.put(Lane.START, limiter(Lane.START, limit(adaptive, start, or(startMin, Math.max(1, start / 2)))));
        limiters.put(Lane.PUBLIC_READ, limiter(Lane.PUBLIC_READ, limit(adaptive, read, or(readMin, Math.max(1, read / 2)))));
        limiters.put(Lane.SIGN_IN, limiter(Lane.SIGN_IN, limit(adaptive, signIn, or(signInMin, Math.max(1, signIn / 2)))));
        for (Lane roomed : new Lane[]{Lane.START, Lane.SIGN_IN}) {
            timings.put(roomed, new Timing());
            turns.put(roomed, new ArrayDeque<>());
        }
        for (Lane timed : new Lane[]{Lane.IN_PROGRESS, Lane.START, Lane.SIGN_IN}) {
            Served s = new Served();
            served.put(timed, s);
            FunctionCounter.builder("contest.admission.served", s.count, LongAdder::sum).tag("lane", timed.tag())
                    .description("requests of the lane served to the end").register(meters);
            FunctionCounter.builder("contest.admission.serving.seconds", s.nanos, n -> n.sum() / 1e9).tag("lane", timed.tag())
                    .description("their time from a place in the lane to its end, summed").register(meters);
        }
        Gauge.builder("contest.admission.share", share, s -> s.share)
                .description("the share of their limits the lower lanes may use; below 1 while people mid-attempt wait too long")
                .register(meters);
        for (Lane lane : limiters.keySet()) {
            SimpleLimiter<Void> limiter = limiters.get(lane);
            String tag = lane.tag();
            Gauge.builder("contest.admission.inflight", limiter, SimpleLimiter::getInflight).tag("lane", tag)
                    .description("requests of the lane being served or queued for a worker").register(meters);
            Gauge.builder("contest.admission.limit", limiter, l -> lane == Lane.IN_PROGRESS ? -1 : l.getLimit())
                    .tag("lane", tag).description("the lane's current concurrency limit (-1: never refused)").register(meters);
            Gauge.builder("contest.admission.queued", this, l -> l.rooms(lane, Room::uncalled)).tag("lane", tag)
                    .description("people in the lane's waiting rooms, as this node last saw them").register(meters);
            Gauge.builder("contest.admission.called", this, l -> l.rooms(lane, Room::called)).tag("lane", tag)
                    .description("tickets of the lane's rooms called and not back yet, as this node last saw them")
                    .register(meters);
            if (timings.containsKey(lane)) {
                Gauge.builder("contest.admission.capacity", this, l -> l.capacity(lane)).tag("lane", tag)
                        .description("what the lane takes per second on this node when full: limit / measured time of one request")
                        .register(meters);
                Gauge.builder("contest.admission.waiting", this, l -> l.waiting(lane)).tag("lane", tag)
                        .description("requests let in by the waiting room and waiting on this node for a place in the lane")
                        .register(meters);
            }
            refused.put(lane, Counter.builder("contest.admission.refused").tag("lane", tag)
                    .description("requests refused for capacity").register(meters));
            stale.put(lane, Counter.builder("contest.admission.stale").tag("lane", tag)
                    .description("refused reads answered from the short cache").register(meters));
        }
    }

    /** A place in the lane, or none when it is full; the in-progress lane always has one. */
    Optional<Limiter.Listener> tryAcquire(Lane lane) {
        SimpleLimiter<Void> limiter = limiters.get(lane);
        if (limiter == null) {
            return Optional.of(NONE);
        }
        if (lane == Lane.IN_PROGRESS) {
            return Optional.of(timedInProgress(limiter.acquire(null).orElseThrow()));
        }
        if (limiter.getInflight() >= allowed(lane)) {
            return Optional.empty();
        }
        Optional<Limiter.Listener> place = limiter.acquire(null);
        Timing timing = timings.get(lane);
        if (place.isEmpty() || timing == null) {
            return place;
        }
        Limiter.Listener inner = place.get();
        long began = ticker.getAsLong();
        Served s = served.get(lane);
        // a place given back goes to the first request waiting on this node for one
        return Optional.of(new Limiter.Listener() {
            @Override
            public void onSuccess() {
                long nanos = ticker.getAsLong() - began;
                timing.completed(nanos);
                s.add(nanos);
                inner.onSuccess();
                nextInTurn(lane);
            }

            @Override
            public void onIgnore() {
                inner.onIgnore();
                nextInTurn(lane);
            }

            @Override
            public void onDropped() {
                inner.onDropped();
                nextInTurn(lane);
            }
        });
    }

    private Limiter.Listener timedInProgress(Limiter.Listener inner) {
        long began = ticker.getAsLong();
        Served s = served.get(Lane.IN_PROGRESS);
        return new Limiter.Listener() {
            @Override
            public void onSuccess() {
                long nanos = ticker.getAsLong() - began;
                share.completed(nanos);
                s.add(nanos);
                inner.onSuccess();
            }

            @Override
            public void onIgnore() {
                inner.onIgnore();
            }

            @Override
            public void onDropped() {
                inner.onDropped();
            }
        };
    }

    /** In-progress requests this node has served since it started (the seats' pace, {@link SeatLedger}). */
    long inProgressServed() {
        return served.get(Lane.IN_PROGRESS).count.sum();
    }

    /** A lane's requests served to the end and their time, for {@code /prometheus}: its rate and mean time. */
    private record Served(LongAdder count, LongAdder nanos) {
        Served() {
            this(new LongAdder(), new LongAdder());
        }

        void add(long took) {
            count.increment();
            nanos.add(took);
        }
    }

    /** How many of a lower lane may be in flight now: its limit times the share the in-progress lane leaves it. */
    int allowed(Lane lane) {
        SimpleLimiter<Void> limiter = limiters.get(lane);
        if (lane == Lane.IN_PROGRESS) {
            return limiter.getLimit();
        }
        // may be 0: a concurrency limit is not a rate, and even one start at a time keeps adding people
        // whose autosaves the box cannot take; the lane then waits until the in-progress lane is fast again
        return (int) Math.floor(limiter.getLimit() * share.get() + 1e-9);
    }

    /**
     * Priority for people mid-attempt: the share of their limits the lower lanes may use, set every
     * {@value #SHARE_PERIOD_MS} ms from the mean time of the in-progress requests completed meanwhile.
     * Above the target (the box makes autosaves and submits wait) it shrinks by a fifth, down to none
     * at all — starts, reads and sign-ins then wait in their queues and rooms (or get the short cache),
     * which cost nothing; below half the target, or with no in-progress request at all, it grows back
     * by {@value #SHARE_STEP} of the limit. A concurrency
     * limit per lane alone would let a start wave fill the cores while autosaves queue behind it for
     * CPU. A target of 0 turns it off.
     */
    private final class Share {
        private final long targetNanos;
        private final LongAdder total = new LongAdder();
        private final LongAdder count = new LongAdder();
        private volatile double share = 1.0;
        private long adjustedAt;

        Share(long targetNanos) {
            this.targetNanos = targetNanos;
            this.adjustedAt = ticker.getAsLong();
        }

        void completed(long nanos) {
            total.add(nanos);
            count.increment();
        }

        double get() {
            if (targetNanos <= 0) {
                return 1.0;
            }
            long now = ticker.getAsLong();
            if (now - adjustedAt >= SHARE_PERIOD_MS * 1_000_000) {
                synchronized (this) {
                    if (now - adjustedAt >= SHARE_PERIOD_MS * 1_000_000) {
                        adjustedAt = now;
                        long n = count.sumThenReset();
                        double mean = n == 0 ? 0 : (double) total.sumThenReset() / n;
                        if (mean > targetNanos) {
                            share = share < 0.01 ? 0 : share * 0.8;
                        } else if (mean < targetNanos / 2.0) {
                            share = Math.min(1.0, share + SHARE_STEP);
                        }
                    }
                }
            }
            return share;
        }
    }

    /**
     * A place in a lane with a waiting room for a request the room has let in: at once when one is
     * free and nobody waits before it, else when the places given back reach it, first come first
     * served, without a thread held meanwhile. Cancelling the future gives up the turn.
     */
    CompletableFuture<Limiter.Listener> inTurn(Lane lane) {
        ArrayDeque<CompletableFuture<Limiter.Listener>> line = turns.get(lane);
        CompletableFuture<Limiter.Listener> turn = new CompletableFuture<>();
        synchronized (line) {
            line.add(turn);
        }
        nextInTurn(lane);
        return turn;
    }

    private void nextInTurn(Lane lane) {
        ArrayDeque<CompletableFuture<Limiter.Listener>> line = turns.get(lane);
        if (line == null) {
            return;
        }
        while (true) {
            CompletableFuture<Limiter.Listener> turn;
            Limiter.Listener place;
            synchronized (line) {
                while (!line.isEmpty() && line.peek().isDone()) {
                    line.poll(); // given up while waiting
                }
                if (line.isEmpty()) {
                    return;
                }
                Optional<Limiter.Listener> free = tryAcquire(lane);
                if (free.isEmpty()) {
                    return;
                }
                turn = line.poll();
                place = free.get();
            }
            // completed outside the lock: what follows the turn runs on its own event loop
            if (!turn.complete(place)) {
                place.onIgnore();
            }
        }
    }

    /**
     * Looks at the lines again every share period. A place given back or a newcomer let in hands the
     * next place on at once, but the share grows back with time alone: after a slow burst on a cold
     * node (the share down to none) a quiet moment brings neither, and whoever the room had let in
     * would wait in the line until their client gave up (seen: 21 starts held 60 s in a warm-up).
     */
    @Scheduled(fixedDelay = SHARE_PERIOD_MS + "ms")
    void lookAgain() {
        for (Lane lane : turns.keySet()) {
            nextInTurn(lane);
        }
    }

    /** Requests let in and waiting on this node for a place in the lane. */
    int waiting(Lane lane) {
        ArrayDeque<CompletableFuture<Limiter.Listener>> line = turns.get(lane);
        if (line == null) {
            return 0;
        }
        synchronized (line) {
            return line.size();
        }
    }

    /**
     * How many more the lane can take on this node now without anyone waiting longer than
     * {@code queue-seconds}: its free places, plus what its capacity serves in that time less those
     * already waiting. The waiting room lets a newcomer in only when this is above zero, and calls
     * up to this many tickets.
     */
    int openings(Lane lane) {
        int queue = (int) Math.min(100_000, Math.floor(capacity(lane) * queueSeconds));
        return free(lane) + Math.max(0, queue - waiting(lane));
    }

    /** The lane's free places on this node now: its limit minus what is in flight (never below 0). */
    int free(Lane lane) {
        return Math.max(0, allowed(lane) - limiters.get(lane).getInflight());
    }

    /**
     * What the lane takes per second on this node when it is full (Little's law): its limit divided
     * by the measured time of one request in it (a moving average of the last few dozen). Before the
     * first request of the lane has completed, its time is taken as {@value #FIRST_GUESS_MS} ms.
     */
    double capacity(Lane lane) {
        Timing timing = timings.get(lane);
        if (timing == null) {
            return Double.MAX_VALUE;
        }
        return allowed(lane) / Math.max(1e-4, timing.seconds());
    }

    /** A moving average (weight {@value #ALPHA} for the newest) of one request's time in a lane. */
    private static final class Timing {
        private double seconds = FIRST_GUESS_MS / 1000.0;

        synchronized void completed(long nanos) {
            seconds += ALPHA * (nanos / 1e9 - seconds);
        }

        synchronized double seconds() {
            return seconds;
        }
    }

    int limit(Lane lane) {
        return limiters.get(lane).getLimit();
    }

    int inflight(Lane lane) {
        return limiters.get(lane).getInflight();
    }

    void refused(Lane lane) {
        refused.get(lane).increment();
    }

    void servedStale(Lane lane) {
        stale.get(lane).increment();
    }

    /** A waiting room as last seen here: tickets not called yet, and called ones whose holders are not back. */
    private record Room(long uncalled, long called) {
    }

    /** How many wait in {@code room} uncalled, and how many called are not back yet, as last seen here. */
    void sawRoom(String room, long uncalled, long called) {
        rooms.put(room, new Room(Math.max(0, uncalled), Math.max(0, called)));
    }

    private double rooms(Lane lane, ToLongFunction<Room> figure) {
        String prefix = lane == Lane.SIGN_IN ? Admission.SIGN_IN_ROOM : lane == Lane.START ? "r:" : null;
        if (prefix == null) {
            return 0;
        }
        return rooms.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> figure.applyAsLong(e.getValue())).sum();
    }

    private static SimpleLimiter<Void> limiter(Lane lane, Limit limit) {
        return SimpleLimiter.newBuilder().named(lane.name().toLowerCase(Locale.ROOT)).limit(limit).build();
    }

    private static Limit limit(boolean adaptive, int max, int min) {
        if (!adaptive) {
            return FixedLimit.of(max);
        }
        return Gradient2Limit.newBuilder()
                .initialLimit(max)
                .maxConcurrency(max)
                .minLimit(Math.min(min, max))
                // the lane's own queue may grow by this much over the no-load limit before it shrinks
                .queueSize(Math.max(1, min / 2))
                // shrink only when a request takes more than twice its long-run time (the library's
                // 1.5 reads a full lane's own queueing on a quiet box as overload), and slowly
                .rttTolerance(2.0)
                .smoothing(0.1)
                .build();
    }

    private static int or(int configured, int fallback) {
        return configured > 0 ? configured : fallback;
    }

    private static final Limiter.Listener NONE = new Limiter.Listener() {
        @Override
        public void onSuccess() {
        }

        @Override
        public void onIgnore() {
        }

        @Override
        public void onDropped() {
        }
    };
}
