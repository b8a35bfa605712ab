package vn.dongnai.contest.admission;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.TestServices;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How fast the waiting room calls a wave in, against real Redis (the room's Lua script) on a
 * simulated clock: people arrive faster than the start lane takes them, each node's lane holds
 * {@code K} starts at a time and a start takes {@code T} ms, and every refused person comes back
 * after the Retry-After the filter would send ({@link Pace}) with the page's ± 20 % jitter (a seeded
 * random). Each try is one real call of the script, in simulated-time order, so the figures are the
 * same on a busy or a quiet machine: no wall-clock assertion.
 * <p>
 * The lane can start {@code K / T} people a second; the wave of {@code N} must be in after about
 * {@code N · T / K} (plus the time the last called people take to come back), not many times that, and
 * no ticket may be let in while one more than twice the room's window (one second of the lane's pace)
 * earlier still waits: the rule's stated tolerance. The former rule (one ticket called per poll that
 * found room, a window and a pace from the admissions of the last slot) is run on the same wave for
 * comparison: it took about forty times as long, as measured on the quiet box (56 s instead of 11).
 */
class WaitingRoomPaceTest {

    /** The room's window: this many seconds of the lanes' capacity (the default of contest.admission.window-seconds). */
    private static final double WINDOW_SECONDS = 1;
    /** Each node's first-come-first-served queue: this many seconds of its lane (contest.admission.queue-seconds). */
    private static final double QUEUE_SECONDS = 0.5;
    /** How long a called ticket whose holder has not come back holds a place in the window (contest.admission.call-grace). */
    private static final Duration CALL_GRACE = Duration.ofSeconds(10);
    private static RedisClient client;
    private static Redis redis;

    @BeforeAll
    static void connect() {
        client = RedisClient.create(String.valueOf(TestServices.properties().get("redis.uri")));
        redis = Redis.of(client);
    }

    @AfterAll
    static void close() {
        client.shutdown();
    }

    /** What one simulated wave came to. */
    record Outcome(long lastAdmittedMs, long tries, int mostTries, long worstOvertaking, long window, long worstWaitMs) {
    }

    private static final class SimulatedClock extends Clock {
        long millis;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public long millis() {
            return millis;
        }
    }

    /** A person's try ({@code done} false), the end of a start on its node, or a seat given back ({@code node} -1). */
    private record Event(long at, long seq, int person, int node, boolean done) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }

    /**
     * {@code n} people arriving evenly over {@code arrivalMs}, {@code nodes} app nodes whose start lanes
     * hold {@code k} each, a start taking {@code t} ms. {@code paced}: the rule of this class's subject
     * — each node also queues, first come first served, what it serves within {@code queueSeconds}
     * ({@link Lanes#inTurn}, {@link Lanes#openings}), a request with room calls as many tickets as the
     * node's openings, a called ticket coming back always goes in (and waits on its node for a place),
     * the window and the pace come from the lanes' capacity; otherwise the former rule (no queue, one
     * call per arrival with room, no capacity known: the minimum window and a pace of one a second),
     * for comparison.
     */
    private static Outcome wave(String room, int n, long arrivalMs, int nodes, int k, long t, double queueSeconds,
                                boolean paced) {
        return wave(room, n, arrivalMs, nodes, k, t, queueSeconds, paced, 0, 0);
    }

    /**
     * The same under a seat budget ({@link Seats}) when {@code seats} > 0: everyone let in holds a seat
     * for {@code seatMs} (their attempt), and the room is told the free seats whenever the node has an
     * opening, as the filter tells it.
     */
    private static Outcome wave(String room, int n, long arrivalMs, int nodes, int k, long t, double queueSeconds,
                                boolean paced, int seats, long seatMs) {
        return wave(room, n, arrivalMs, nodes, k, t, queueSeconds, paced, seats, seatMs, 0, 1);
    }

    /**
     * The same with a stall: for the first {@code stallMs} a start takes {@code slower} times as long,
     * and the lanes measure their capacity that much lower ({@link Lanes#capacity}), as on a cold node
     * at a round's opening.
     */
    private static Outcome wave(String room, int n, long arrivalMs, int nodes, int k, long t, double queueSeconds,
                                boolean paced, int seats, long seatMs, long stallMs, int slower) {
        SimulatedClock clock = new SimulatedClock();
        clock.millis = 1_000_000_000L;
        long began = clock.millis;
        redis.sync().del(WaitingRooms.keys(room));
        RedisDegradation degradation = new RedisDegradation(new SimpleMeterRegistry(), clock);
        List<WaitingRooms> rooms = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            rooms.add(new WaitingRooms(redis, degradation, clock, Duration.ofSeconds(5), Duration.ofHours(1),
                    CALL_GRACE, 10, WINDOW_SECONDS));
        }
        try {
            double nodeCapacity = k * 1000.0 / t;
            int queueMax = paced ? (int) Math.floor(nodeCapacity * queueSeconds) : 0;
            int[] inflight = new int[nodes];
            List<ArrayDeque<Integer>> queued = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                queued.add(new ArrayDeque<>());
            }
            long[] ticket = new long[n];
            int[] tries = new int[n];
            long[] arrived = new long[n];
            long worstWait = 0;
            TreeSet<Long> waitingTickets = new TreeSet<>();
            Random random = new Random(20);
            PriorityQueue<Event> events = new PriorityQueue<>();
            long seq = 0;
            for (int p = 0; p < n; p++) {
                arrived[p] = began + p * arrivalMs / n;
                events.add(new Event(arrived[p], seq++, p, random.nextInt(nodes), false));
            }
            int started = 0;
            long lastStarted = began;
            long allTries = 0;
            long worstOvertaking = 0;
            long window = 0;
            int taken = 0;
            while (started < n) {
                Event e = events.poll();
                clock.millis = e.at();
                int node = e.node();
                if (node < 0) {
                    taken--;
                    continue;
                }
                boolean stalled = clock.millis < began + stallMs;
                long startMs = stalled ? t * slower : t;
                if (e.done()) {
                    inflight[node]--;
                    Integer next = queued.get(node).poll();
                    if (next != null) {
                        inflight[node]++;
                        started++;
                        lastStarted = clock.millis;
                        worstWait = Math.max(worstWait, clock.millis - arrived[next]);
                        events.add(new Event(clock.millis + startMs, seq++, next, node, true));
                    }
                    continue;
                }
                int p = e.person();
                tries[p]++;
                allTries++;
                assertTrue(allTries < 100L * n, "the wave does not get in");
                // the node's queue holds what its measured capacity serves in queueSeconds (Lanes#openings)
                int queueNow = stalled ? (int) Math.floor(nodeCapacity / slower * queueSeconds) : queueMax;
                int openings = (k - inflight[node]) + Math.max(0, queueNow - queued.get(node).size());
                if (!paced) {
                    openings = Math.min(1, k - inflight[node]);
                }
                WaitingRooms.Visit visit = rooms.get(node).arrive(room, WaitingRooms.REDIS_LINE, ticket[p], openings > 0,
                        openings, paced && ticket[p] > 0 ? 1_000_000 : 0, paced ? (stalled ? nodeCapacity / slower : nodeCapacity) : 0,
                        seats > 0 && openings > 0 ? Math.max(0, seats - taken) : -1).toCompletableFuture().join();
                assertEquals(WaitingRooms.REDIS_LINE, visit.line(), "Redis answered");
                window = Math.max(window, visit.window());
                WaitingLine.Turn turn = visit.turn();
                if (turn.admitted()) {
                    if (seats > 0) {
                        taken++;
                        // attempts end spread over ± 25 % of their length, as people submit
                        events.add(new Event(clock.millis + Math.round(seatMs * (0.75 + 0.5 * random.nextDouble())),
                                seq++, p, -1, false));
                    }
                    if (turn.ticket() > 0) {
                        waitingTickets.remove(turn.ticket());
                        if (!waitingTickets.isEmpty()) {
                            worstOvertaking = Math.max(worstOvertaking, turn.ticket() - waitingTickets.first());
                        }
                    }
                    if (inflight[node] < k && queued.get(node).isEmpty()) {
                        inflight[node]++;
                        started++;
                        lastStarted = clock.millis;
                        worstWait = Math.max(worstWait, clock.millis - arrived[p]);
                        events.add(new Event(clock.millis + startMs, seq++, p, node, true));
                    } else {
                        queued.get(node).add(p);
                    }
                    continue;
                }
                if (ticket[p] == 0) {
                    ticket[p] = turn.ticket();
                    waitingTickets.add(turn.ticket());
                }
                long retryAfter = paced ? Pace.retryAfterMs(turn, visit.perSecond())
                        : Math.min(5_000, Math.max(500, 1000 * turn.place()));
                long delay = Math.max(250, Math.round(retryAfter * (0.8 + 0.4 * random.nextDouble())));
                events.add(new Event(clock.millis + delay, seq++, p, random.nextInt(nodes), false));
            }
            int most = 0;
            for (int c : tries) {
                most = Math.max(most, c);
            }
            return new Outcome(lastStarted - began, allTries, most, worstOvertaking, window, worstWait);
        } finally {
            rooms.forEach(WaitingRooms::close);
        }
    }

    @Test
    void aWaveFasterThanTheLaneIsAdmittedAtTheLanesPaceInArrivalOrderWithinTheWindow() {
        // 1,000 people in one second; the lane takes 10 at a time, 50 ms each: 200 a second, 5 s for all
        int n = 1_000;
        int k = 10;
        long t = 50;
        Outcome outcome = wave("pace-one-node", n, 1_000, 1, k, t, QUEUE_SECONDS, true);
        long ideal = n * t / k;
        System.out.println("[pace] one node: " + outcome + ", ideal " + ideal + " ms");

        assertTrue(outcome.lastAdmittedMs() <= ideal + ideal / 4 + 1_500,
                "all in after " + outcome.lastAdmittedMs() + " ms; the lane alone needs " + ideal + " ms");
        // the window is one second of the lane's pace: 200 tickets; the rule's tolerance is twice that
        assertEquals(200, outcome.window());
        assertTrue(outcome.worstOvertaking() <= 2 * outcome.window(),
                "a ticket went in " + outcome.worstOvertaking() + " places ahead of one still waiting");
        assertTrue(outcome.tries() <= 8L * n, outcome.tries() + " tries for " + n + " people");
    }

    @Test
    void aBurstTheQueueCanServeIsLetInWithOneTryEachInArrivalOrder() {
        // 90 people in half a second against 200 a second: the node's queue (half a second of it) holds them
        int n = 90;
        Outcome outcome = wave("pace-burst", n, 500, 1, 10, 50, QUEUE_SECONDS, true);
        System.out.println("[pace] burst within the queue: " + outcome);

        assertEquals(n, outcome.tries(), "nobody was sent away to poll");
        assertEquals(0, outcome.worstOvertaking());
        assertTrue(outcome.lastAdmittedMs() <= n * 50 / 10 + 50, "all started after " + outcome.lastAdmittedMs() + " ms");
    }

    @Test
    void acrossTwoNodesTheRoomAddsUpTheirCapacity() {
        // two nodes of 5 places each take the same 200 a second as one of 10
        int n = 1_000;
        Outcome outcome = wave("pace-two-nodes", n, 1_000, 2, 5, 50, QUEUE_SECONDS, true);
        System.out.println("[pace] two nodes: " + outcome + ", ideal 5000 ms");

        assertTrue(outcome.lastAdmittedMs() <= 5_000 + 1_250 + 1_500, "all in after " + outcome.lastAdmittedMs() + " ms");
        assertEquals(200, outcome.window());
        assertTrue(outcome.worstOvertaking() <= 2 * outcome.window(), "overtaken by " + outcome.worstOvertaking());
    }

    @Test
    void underASeatBudgetATicketIsOvertakenByNoMoreThanTheWindow() {
        // 3,000 people in ten seconds for 300 seats, each held about 20 s: the lane is never the limit, the
        // seats are, and the line waits far longer than the call grace for seats to free
        Outcome outcome = wave("pace-seats", 3_000, 10_000, 2, 10, 20, QUEUE_SECONDS, true, 300, 20_000);
        System.out.println("[pace] seats: " + outcome);

        // overtaken only while away: a ticket called while its holder waits out a long Retry-After (the
        // line stalls while the seats are full, and the pace it is told falls with it)
        assertTrue(outcome.worstOvertaking() <= outcome.window(),
                "a ticket went in " + outcome.worstOvertaking() + " places ahead of one still waiting (window "
                        + outcome.window() + ")");
    }

    @Test
    void peopleRefusedInAShortStallGetInSoonAfterItNotAtThePaceTheStallMeasured() {
        // 120 a second for 10 s against a lane of 200 a second, which for its first 2 s takes ten times as
        // long per start (and measures its capacity ten times lower): a round's opening on a cold node
        Outcome outcome = wave("pace-stall", 1_200, 10_000, 1, 10, 50, QUEUE_SECONDS, true, 0, 0, 2_000, 10);
        System.out.println("[pace] a 2 s stall: " + outcome);

        // the stall leaves about 200 people behind, which the lane clears in 2–3 s more: nobody should wait
        // much past the 4–5 s that takes. Told the stall's pace (20 a second, its 300th a 15 s wait) they
        // waited up to 9.4 s, most of it after the lane had room again
        assertTrue(outcome.worstWaitMs() <= 5_000, "waited up to " + outcome.worstWaitMs() + " ms");
        assertTrue(outcome.worstOvertaking() <= 2 * outcome.window(), "overtaken by " + outcome.worstOvertaking());
    }

    @Test
    void theFormerRuleCalledTheSameWaveManyTimesMoreSlowly() {
        Outcome paced = wave("pace-now", 600, 1_000, 1, 10, 50, QUEUE_SECONDS, true);
        Outcome former = wave("pace-before", 600, 1_000, 1, 10, 50, 0, false);
        System.out.println("[pace] now " + paced + "; former rule " + former);

        assertTrue(former.lastAdmittedMs() > 3 * paced.lastAdmittedMs(),
                "now " + paced.lastAdmittedMs() + " ms, before " + former.lastAdmittedMs() + " ms");
    }

    @Test
    void peopleAreToldThePaceTheLineIsReallyCalledAtNotTheCapacityTheLanesClaim() {
        SimulatedClock clock = new SimulatedClock();
        clock.millis = 2_000_000_000L;
        String room = "pace-held-back";
        WaitingRooms rooms = emptyRoom(room, clock);
        try {
            // a lane that could take 2,000 a second, held back by people mid-attempt to ten a second
            for (int i = 0; i < 1_000; i++) {
                rooms.arrive(room, WaitingRooms.REDIS_LINE, 0, false, 0, 0, 2_000).toCompletableFuture().join();
            }
            WaitingRooms.Visit last = null;
            for (int tick = 0; tick < 100; tick++) {
                clock.millis += 100;
                last = rooms.arrive(room, WaitingRooms.REDIS_LINE, 0, true, 1, 0, 2_000).toCompletableFuture().join();
            }
            System.out.println("[pace] held back: told " + last.perSecond() + " a second");

            // called at about ten a second: told about twice that, so that a person far back is not
            // sent to poll a hundred times faster than anyone is let in
            assertTrue(last.perSecond() <= 40, "told " + last.perSecond() + " a second");
            assertTrue(last.perSecond() >= 10, "told " + last.perSecond() + " a second");
        } finally {
            rooms.close();
        }
    }

    @Test
    void aRoomOfPeopleWhoLeftDoesNotHoldUpThoseWhoCameAfterThem() {
        SimulatedClock clock = new SimulatedClock();
        clock.millis = 2_000_000_000L;
        String room = "ghosts";
        WaitingRooms rooms = emptyRoom(room, clock);
        try {
            // a wave of 3,000 that all gave up; one of them still comes back every minute
            for (int i = 0; i < 3_000; i++) {
                rooms.arrive(room, WaitingRooms.REDIS_LINE, 0, false, 0, 0, 10).toCompletableFuture().join();
            }
            clock.millis += 50_000;
            rooms.arrive(room, WaitingRooms.REDIS_LINE, 1_500, false, 0, 0, 10).toCompletableFuture().join();
            clock.millis += 40_000;

            // the platform is idle again: the next person goes in within two calls, not after 300 calls of nobody
            WaitingRooms.Visit first = rooms.arrive(room, WaitingRooms.REDIS_LINE, 0, true, 1, 0, 10).toCompletableFuture().join();
            assertFalse(first.turn().admitted(), "the one who still comes is called first");
            assertEquals(1, first.pending());
            assertTrue(rooms.arrive(room, WaitingRooms.REDIS_LINE, 1_500, true, 1, 0, 10).toCompletableFuture().join().turn().admitted());
            WaitingRooms.Visit again = rooms.arrive(room, WaitingRooms.REDIS_LINE, first.turn().ticket(), true, 1, 0, 10)
                    .toCompletableFuture().join();
            assertTrue(again.turn().admitted(), "passed over in two calls (at most 2,000 a call), then in");
            assertEquals(0, again.pending(), "those who left took no place in the window");
        } finally {
            rooms.close();
        }
    }

    @Test
    void theFirstToComeAfterAWaveThatGaveUpAreToldToComeBackSoonNotInAMinute() {
        SimulatedClock clock = new SimulatedClock();
        clock.millis = 2_000_000_000L;
        String room = "after-a-wave";
        WaitingRooms rooms = emptyRoom(room, clock);
        try {
            // a wave of 5,000 that all gave up; the next round's first people come when the lane is full
            for (int i = 0; i < 5_000; i++) {
                rooms.arrive(room, WaitingRooms.REDIS_LINE, 0, false, 0, 0, 10).toCompletableFuture().join();
            }
            clock.millis += Pace.GONE_AFTER_MS + 1;

            WaitingRooms.Visit first = rooms.arrive(room, WaitingRooms.REDIS_LINE, 0, false, 0, 0, 10).toCompletableFuture().join();

            assertFalse(first.turn().admitted());
            assertTrue(first.turn().clearing(), "one arrival passes over 2,000 of the 5,000 who left");
            assertEquals(3_001, first.turn().place(), "the place still counts 3,000 who left");
            assertEquals(Pace.MIN_RETRY_MS, Pace.retryAfterMs(first.turn(), first.perSecond()),
                    "told to come back soon, not in a minute on a count of people who left");
            rooms.arrive(room, WaitingRooms.REDIS_LINE, 0, false, 0, 0, 10).toCompletableFuture().join();
            WaitingRooms.Visit back = rooms.arrive(room, WaitingRooms.REDIS_LINE, first.turn().ticket(), false, 0, 0, 10)
                    .toCompletableFuture().join();
            assertFalse(back.turn().clearing(), "the rest passed over by the next two tries");
            assertEquals(1, back.turn().place(), "first in line now");
        } finally {
            rooms.close();
        }
    }

    /** A room of this name with nothing left from an earlier run, on a clock the test moves. */
    private static WaitingRooms emptyRoom(String room, SimulatedClock clock) {
        redis.sync().del(WaitingRooms.keys(room));
        return new WaitingRooms(redis, new RedisDegradation(new SimpleMeterRegistry(), clock), clock,
                Duration.ofSeconds(5), Duration.ofHours(1), CALL_GRACE, 10, WINDOW_SECONDS);
    }
}
