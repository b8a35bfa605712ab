package vn.dongnai.contest.admission;

import io.lettuce.core.ScoredValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.RedisProcesses;
import vn.dongnai.contest.support.TestServices;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seat budget over HTTP against real MySQL and Redis: this node carries {@value #SEATS} people
 * mid-attempt and is the only node of the platform (each test starts from no seat taken and no other
 * node), so the fourth person to start waits in the round's room until one of the first three is done.
 * The lanes themselves are wide open: whatever refuses here is the seats.
 */
@MicronautTest(transactional = false)
class SeatsTest extends IntegrationTest {

    private static final int SEATS = 3;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = super.getProperties();
        props.put("contest.admission.seats", String.valueOf(SEATS));
        return props;
    }

    @BeforeEach
    void noSeatTaken() {
        // other test classes' nodes share this Redis database: only this node counts here
        context.getBean(Redis.class).sync().del(SeatLedger.TAKEN, SeatLedger.NODES);
    }

    private static HttpResponse<String> start(HttpClient node, long roundId, String token, String ticket) {
        return WaitingRoomTest.start(node, roundId, token, ticket);
    }

    private HttpResponse<String> start(long roundId, Fixtures.Contestant person, String ticket) {
        return start(client, roundId, person.token(), ticket);
    }

    private Map<String, Object> body(HttpResponse<String> reply) {
        return new Api.Reply(reply.code(), reply.body(), json).map();
    }

    private long attemptId(HttpResponse<String> started) {
        assertEquals(201, started.code(), started.body());
        return ((Number) body(started).get("attemptId")).longValue();
    }

    /** The refusal's waiting-room details: it must be one. */
    private Map<String, Object> waiting(HttpResponse<String> reply) {
        assertEquals(503, reply.code(), reply.body());
        Map<String, Object> body = body(reply);
        assertEquals("WAITING_ROOM", body.get("code"), reply.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) body.get("details");
        assertEquals(details.get("ticket"), reply.getHeaders().get(WaitingRoomFilter.TICKET_HEADER));
        assertTrue(reply.getHeaders().get("Retry-After") != null, "Retry-After");
        return details;
    }

    private static long place(Map<String, Object> details) {
        return ((Number) details.get("place")).longValue();
    }

    private ContestRound freshRound(Fixtures.RoundSpec spec) {
        ContestRound round = fixtures.openRound(spec, 10);
        // round ids restart with a recreated test database; a room left in Redis by an earlier run must not count
        context.getBean(Redis.class).sync().del(WaitingRooms.keys("r:" + round.id()));
        return round;
    }

    /** Three people mid-attempt in a fresh round: every seat taken. */
    private List<Long> fillSeats(ContestRound round, List<Fixtures.Contestant> people) {
        return people.stream().map(p -> attemptId(start(round.id(), p, null))).toList();
    }

    private List<Fixtures.Contestant> people(int n) {
        return IntStream.range(0, n).mapToObj(i -> fixtures.contestant()).toList();
    }

    private static double gauge(ApplicationContext node, String name) {
        return node.getBean(MeterRegistry.class).get(name).gauge().value();
    }

    @Test
    void aFourthPersonWaitsForASeatAndGetsInWithTheirTicketOnceSomeoneSubmits() {
        ContestRound round = freshRound(Fixtures.RoundSpec.standard());
        List<Fixtures.Contestant> first = people(SEATS);
        List<Long> attempts = fillSeats(round, first);
        Fixtures.Contestant fourth = fixtures.contestant();

        Map<String, Object> refused = waiting(start(round.id(), fourth, null));
        assertEquals(1, place(refused));
        assertEquals(SEATS, gauge(context, "contest.admission.seats"));
        assertEquals(SEATS, gauge(context, "contest.admission.seats.taken"));
        String ticket = (String) refused.get("ticket");
        assertEquals(503, start(round.id(), fourth, ticket).code(), "still no seat free");

        Api.Reply submitted = api.submit(attempts.getFirst(), Map.of(), "k-" + attempts.getFirst(), first.getFirst().token());
        assertEquals(200, submitted.status(), submitted.body());

        attemptId(start(round.id(), fourth, ticket));
    }

    @Test
    void aLaterArrivalIsNotSeatedBeforeAnEarlierOne() {
        ContestRound round = freshRound(Fixtures.RoundSpec.standard());
        List<Fixtures.Contestant> first = people(SEATS);
        List<Long> attempts = fillSeats(round, first);
        Fixtures.Contestant fourth = fixtures.contestant();
        Fixtures.Contestant fifth = fixtures.contestant();
        String fourthTicket = (String) waiting(start(round.id(), fourth, null)).get("ticket");
        Map<String, Object> fifthFirst = waiting(start(round.id(), fifth, null));
        assertEquals(2, place(fifthFirst));

        assertEquals(200, api.submit(attempts.getFirst(), Map.of(), "k-" + attempts.getFirst(), first.getFirst().token()).status());
        // the one seat free is the fourth's: the fifth, back first, keeps waiting, first in line now
        Map<String, Object> fifthAgain = waiting(start(round.id(), fifth, (String) fifthFirst.get("ticket")));
        assertEquals(1, place(fifthAgain));
        // nor does a newcomer take it
        waiting(start(round.id(), fixtures.contestant(), null));

        attemptId(start(round.id(), fourth, fourthTicket));
        waiting(start(round.id(), fifth, (String) fifthFirst.get("ticket")));
    }

    @Test
    void aSeatKeptForACalledPersonIsNotTakenByANewcomer() {
        ContestRound round = freshRound(Fixtures.RoundSpec.standard());
        List<Fixtures.Contestant> first = people(SEATS);
        List<Long> attempts = fillSeats(round, first);
        Fixtures.Contestant fourth = fixtures.contestant();
        String ticket = (String) waiting(start(round.id(), fourth, null)).get("ticket");
        for (int i = 0; i < 2; i++) {
            assertEquals(200, api.submit(attempts.get(i), Map.of(), "k-" + attempts.get(i), first.get(i).token()).status());
        }

        // two seats free: a newcomer's arrival calls the fourth and takes the other seat
        attemptId(start(round.id(), fixtures.contestant(), null));
        // the last free seat is the fourth's, on their way back
        waiting(start(round.id(), fixtures.contestant(), null));
        // ... unless a start racing on another node took it meanwhile: called, the fourth still needs a free seat
        Redis redis = context.getBean(Redis.class);
        redis.sync().zadd(SeatLedger.TAKEN, System.currentTimeMillis() + 600_000.0, "r:0:racer");
        assertEquals(0, place(waiting(start(round.id(), fourth, ticket))));
        redis.sync().zrem(SeatLedger.TAKEN, "r:0:racer");

        attemptId(start(round.id(), fourth, ticket));
    }

    @Test
    void aStartLetInHoldsItsSeatBeforeItsAttemptIsWritten() {
        // one attempt each: a second start is let in by the room, then refused by the attempt engine
        ContestRound round = freshRound(new Fixtures.RoundSpec(5, 600, 1, 5, false));
        Fixtures.Contestant done = fixtures.contestant();
        long attempt = attemptId(start(round.id(), done, null));
        assertEquals(200, api.submit(attempt, Map.of(), "k-" + attempt, done.token()).status());
        fillSeats(round, people(SEATS - 1));

        HttpResponse<String> usedUp = start(round.id(), done, null);
        assertEquals(409, usedUp.code(), usedUp.body());

        // the seat it held from the moment it was let in is not free again at once
        waiting(start(round.id(), fixtures.contestant(), null));
    }

    @Test
    void anAttemptPastItsDeadlineFreesItsSeatWithoutASubmit() throws InterruptedException {
        // two seconds to answer: the three leave their seats by their deadline
        ContestRound round = freshRound(new Fixtures.RoundSpec(5, 2, 2, 0, false));
        fillSeats(round, people(SEATS));
        Fixtures.Contestant fourth = fixtures.contestant();
        String ticket = (String) waiting(start(round.id(), fourth, null)).get("ticket");

        Thread.sleep(2_200);

        attemptId(start(round.id(), fourth, ticket));
    }

    @Test
    void aPersonMidAttemptIsToldToResumeItWhileEverySeatIsTaken() {
        ContestRound round = freshRound(Fixtures.RoundSpec.standard());
        List<Fixtures.Contestant> first = people(SEATS);
        List<Long> attempts = fillSeats(round, first);
        waiting(start(round.id(), fixtures.contestant(), null));

        // starting again needs no seat: the start answers with the attempt in progress to resume
        HttpResponse<String> again = start(round.id(), first.get(1), null);
        assertEquals(409, again.code(), again.body());
        assertEquals("ATTEMPT_OPEN", body(again).get("code"));
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) body(again).get("details");
        assertEquals(attempts.get(1), ((Number) details.get("attemptId")).longValue());
        assertEquals(200, api.get("/api/attempts/" + attempts.get(1), first.get(1).token()).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withNoSeatsSetThereIsNoBudget() {
        ContestRound round = freshRound(Fixtures.RoundSpec.standard());
        Map<String, Object> props = new HashMap<>(TestServices.properties());
        props.put("contest.admission.seats", "0");
        props.put("micronaut.server.port", -1);
        try (ApplicationContext other = ApplicationContext.run(props, "test");
             EmbeddedServer server = other.getBean(EmbeddedServer.class).start();
             HttpClient node = HttpClient.create(server.getURL())) {
            // more people mid-attempt than any node's default seats: a budget of any size would be full
            ScoredValue<String>[] held = IntStream.range(0, 20_000)
                    .mapToObj(i -> ScoredValue.just(System.currentTimeMillis() + 600_000.0, "r:0:held-" + i))
                    .toArray(ScoredValue[]::new);
            context.getBean(Redis.class).sync().zadd(SeatLedger.TAKEN, held);
            for (Fixtures.Contestant person : people(2)) {
                attemptId(start(node, round.id(), person.token(), null));
            }
            assertEquals(0, gauge(other, "contest.admission.seats"));
        }
    }

    @Test
    void unfixedSeatsAreTheNodesCapacityOverTheGuessedPaceUntilPeopleShowTheirOwn() {
        ContestRound round = freshRound(Fixtures.RoundSpec.standard());
        Map<String, Object> props = new HashMap<>(TestServices.properties());
        props.put("contest.admission.seats", "-1");
        // one in-progress request a second per core, people guessed to answer every 2 s: 2 seats a core
        props.put("contest.admission.in-progress-capacity-per-core", "1");
        props.put("contest.admission.answer-seconds", "2s");
        props.put("micronaut.server.port", -1);
        try (ApplicationContext other = ApplicationContext.run(props, "test");
             EmbeddedServer server = other.getBean(EmbeddedServer.class).start();
             HttpClient node = HttpClient.create(server.getURL())) {
            // this class's own node says its fixed three as well: the platform's seats are the sum
            int seats = SEATS + 2 * Runtime.getRuntime().availableProcessors();
            for (Fixtures.Contestant person : people(seats)) {
                attemptId(start(node, round.id(), person.token(), null));
            }

            waiting(start(node, round.id(), fixtures.contestant().token(), null));
            assertEquals(seats, gauge(other, "contest.admission.seats"));
            assertEquals(0.5, gauge(other, "contest.admission.seat.pace"), 1e-9, "fewer than 50 people: still the guess");
        }
    }

    @Test
    void whileRedisIsAwayStartsAreAdmittedAndTheFallbackIsCounted() throws InterruptedException {
        ContestRound round = freshRound(Fixtures.RoundSpec.standard());
        RedisProcesses servers = RedisProcesses.orSkip();
        try (servers) {
            int port = servers.start();
            Map<String, Object> props = new HashMap<>(TestServices.properties());
            props.put("redis.uri", "redis://127.0.0.1:" + port);
            props.put("contest.admission.seats", "1");
            props.put("micronaut.server.port", -1);
            try (ApplicationContext other = ApplicationContext.run(props, "test");
                 EmbeddedServer server = other.getBean(EmbeddedServer.class).start();
                 HttpClient node = HttpClient.create(server.getURL())) {
                attemptId(start(node, round.id(), fixtures.contestant().token(), null));
                waiting(start(node, round.id(), fixtures.contestant().token(), null));
                servers.kill(port);

                // a late answer is not a free seat: the last count (full) holds for a few seconds
                waiting(start(node, round.id(), fixtures.contestant().token(), null));
                Thread.sleep(SeatLedger.LAST_COUNT_MS + 500);
                for (Fixtures.Contestant person : people(2)) {
                    attemptId(start(node, round.id(), person.token(), null));
                }
                double counted = other.getBean(MeterRegistry.class)
                        .counter("contest.redis.degraded", "use", RedisDegradation.SEATS).count();
                assertTrue(counted >= 2, "seat fallbacks counted: " + counted);
            }
        }
    }
}
