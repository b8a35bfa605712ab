package vn.dongnai.contest.admission;

import com.netflix.concurrency.limits.Limiter;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.support.TestServices;
import vn.dongnai.contest.account.SessionValidity;
import vn.dongnai.contest.system.Redis;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lanes past capacity, over HTTP against real MySQL and Redis: each lane of these nodes holds one
 * request at a time (a fixed limit of 1) with no queue on the node, and a test fills a lane by holding
 * that place itself.
 */
@MicronautTest(transactional = false)
class WaitingRoomTest extends IntegrationTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = super.getProperties();
        props.putAll(narrowLanes());
        return props;
    }

    private static Map<String, String> narrowLanes() {
        return Map.of("contest.admission.algorithm", "fixed",
                "contest.admission.start.max", "1",
                "contest.admission.public-read.max", "1",
                "contest.admission.sign-in.max", "1",
                // no queue on the node: a full lane sends the next request to the waiting room at once
                "contest.admission.queue-seconds", "0");
    }

    /** A start sent to {@code node} as the contest page sends it, with the room's ticket when it has one (SeatsTest too). */
    static HttpResponse<String> start(HttpClient node, long roundId, String token, String ticket) {
        MutableHttpRequest<Object> request = HttpRequest.POST("/api/rounds/" + roundId + "/attempts", (Object) Map.of());
        request.bearerAuth(token);
        if (ticket != null) {
            request.header(WaitingRoomFilter.TICKET_HEADER, ticket);
        }
        try {
            return node.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""))
                    .headers(h -> e.getResponse().getHeaders().forEachValue(h::add));
        }
    }

    private Map<String, Object> details(HttpResponse<String> reply) {
        Map<String, Object> body = new Api.Reply(reply.code(), reply.body(), json).map();
        assertEquals("WAITING_ROOM", body.get("code"), reply.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) body.get("details");
        return details;
    }

    private ContestRound freshRound() {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        // round ids restart with a recreated test database; a room left in Redis by an earlier run must not count
        context.getBean(Redis.class).sync().del(WaitingRooms.keys("r:" + round.id()));
        return round;
    }

    @Test
    void aRefusedStartAnswersAtOnceWith503RetryAfterAndThePersonsPlace() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
        try {
            long began = System.nanoTime();
            HttpResponse<String> refused = start(client, round.id(), person.token(), null);
            long ms = (System.nanoTime() - began) / 1_000_000;

            assertEquals(503, refused.code());
            Map<String, Object> details = details(refused);
            assertEquals(1, ((Number) details.get("place")).intValue());
            assertTrue(((Number) details.get("estimatedSeconds")).intValue() >= 1);
            assertEquals(String.valueOf(details.get("retryAfterSeconds")), refused.getHeaders().get("Retry-After"));
            assertEquals(details.get("ticket"), refused.getHeaders().get(WaitingRoomFilter.TICKET_HEADER));
            // answered before routing (WaitingRoomFilter), so no filter after it adds these: the door does
            assertEquals("nosniff", refused.getHeaders().get("X-Content-Type-Options"));
            assertEquals("DENY", refused.getHeaders().get("X-Frame-Options"));
            assertTrue(refused.getHeaders().contains("Content-Security-Policy"));
            assertTrue(refused.getHeaders().contains("Date"));
            assertEquals("no-store", refused.getHeaders().get("Cache-Control"));
            assertTrue(new Api.Reply(503, refused.body(), json).map().get("message").toString()
                    .startsWith("Hệ thống đang đông — bạn sẽ được vào thi sau khoảng "), refused.body());
            // generous for a shared test machine; the refusal does no blocking work at all
            assertTrue(ms < 1_000, "the refusal took " + ms + " ms");
        } finally {
            held.onIgnore();
        }
    }

    @Test
    void aStartBehindARoomOfPeopleWhoLeftIsToldToComeBackSoonWithoutAPromisedWait() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        // a wave of 5,000 that gave up two minutes ago is still in the room's line
        String room = "r:" + round.id();
        var redis = context.getBean(Redis.class).sync();
        long longAgo = System.currentTimeMillis() - Pace.GONE_AFTER_MS - 60_000;
        Map<String, String> seen = new HashMap<>();
        for (int ticket = 1; ticket <= 5_000; ticket++) {
            seen.put(String.valueOf(ticket), String.valueOf(longAgo));
        }
        redis.hset(WaitingRooms.key(room, "seen"), seen);
        redis.set(WaitingRooms.key(room, "issued"), "5000");
        Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
        try {
            HttpResponse<String> refused = start(client, round.id(), person.token(), null);

            assertEquals(503, refused.code(), refused.body());
            Map<String, Object> details = details(refused);
            assertEquals(true, details.get("counting"), refused.body());
            assertEquals(3_001, ((Number) details.get("place")).intValue(), "2,000 of them passed over by this try");
            assertEquals(Pace.MIN_RETRY_MS, ((Number) details.get("retryAfterMs")).longValue(), "not a minute");
            assertTrue(refused.body().contains("đang xếp chỗ cho bạn"), refused.body());

            start(client, round.id(), fixtures.contestant().token(), null);
            HttpResponse<String> again = start(client, round.id(), person.token(), (String) details.get("ticket"));
            Map<String, Object> now = details(again);
            assertEquals(false, now.get("counting"), again.body());
            assertEquals(1, ((Number) now.get("place")).intValue(), "first in line once the rest are passed over");
            assertTrue(again.body().contains("bạn sẽ được vào thi sau khoảng"), again.body());
        } finally {
            held.onIgnore();
        }
    }

    @Test
    void aStartRefusedForAFullLaneDoesNotCountTheSeatsAndOneWithAnOpeningDoes() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        SeatLedger seats = context.getBean(SeatLedger.class);
        Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
        HttpResponse<String> refused;
        long before = seats.counts.sum();
        try {
            refused = start(client, round.id(), person.token(), null);
            assertEquals(503, refused.code());
            // the room refuses whatever the seats say: no second Redis script for this try
            assertEquals(before, seats.counts.sum());
        } finally {
            held.onIgnore();
        }
        HttpResponse<String> admitted = start(client, round.id(), person.token(), details(refused).get("ticket").toString());
        assertEquals(201, admitted.code(), admitted.body());
        assertEquals(before + 1, seats.counts.sum());
    }

    /** This node forgets the person's session (node cache and Redis) and records its lookups from now on. */
    private List<Thread> coldSession(Fixtures.Contestant person) throws ReflectiveOperationException {
        SessionValidity sessions = context.getBean(SessionValidity.class);
        Method forget = SessionValidity.class.getDeclaredMethod("forget", long.class);
        forget.setAccessible(true);
        forget.invoke(sessions, person.id());
        context.getBean(Redis.class).sync().del("session-valid-after:" + person.id());
        List<Thread> lookups = new CopyOnWriteArrayList<>();
        Field hook = SessionValidity.class.getDeclaredField("lookups");
        hook.setAccessible(true);
        hook.set(sessions, (Consumer<SessionValidity.Lookup>) lookup -> {
            if (lookup.accountId() == person.id()) {
                lookups.add(lookup.thread());
            }
        });
        return lookups;
    }

    private void stopWatchingSessions() throws ReflectiveOperationException {
        Field hook = SessionValidity.class.getDeclaredField("lookups");
        hook.setAccessible(true);
        hook.set(context.getBean(SessionValidity.class), (Consumer<SessionValidity.Lookup>) lookup -> {
        });
    }

    @Test
    void aRefusedStartIsAnsweredFromItsTicketBeforeAnySessionLookup() throws ReflectiveOperationException {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        List<Thread> lookups = coldSession(person);
        try {
            Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
            String ticket;
            try {
                HttpResponse<String> refused = start(client, round.id(), person.token(), null);
                assertEquals(503, refused.code(), refused.body());
                ticket = (String) details(refused).get("ticket");
                HttpResponse<String> again = start(client, round.id(), person.token(), ticket);
                assertEquals(503, again.code(), again.body());
                assertEquals(1, ((Number) details(again).get("place")).intValue(), "the place is kept");
                // neither try waited for Redis or MySQL on the blocking pool to check the session
                assertTrue(lookups.isEmpty(), "the session was looked up for a refusal: " + lookups);
            } finally {
                held.onIgnore();
            }

            // let in: security checks the session in full before the start is made
            HttpResponse<String> admitted = start(client, round.id(), person.token(), ticket);
            assertEquals(201, admitted.code(), admitted.body());
            assertFalse(lookups.isEmpty(), "an admitted start had its session checked");
        } finally {
            stopWatchingSessions();
        }
    }

    @Test
    void aStartWithATokenNotOfOursGetsNoTicketEvenWhenTheLaneIsFull() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        String token = person.token();
        // the same claims under another signature
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
        try {
            HttpResponse<String> answer = start(client, round.id(), forged, null);
            assertEquals(401, answer.code(), answer.body());
            assertNull(answer.getHeaders().get(WaitingRoomFilter.TICKET_HEADER));
        } finally {
            held.onIgnore();
        }
    }

    @Test
    void aStartOfAnEndedSessionIsRefusedBySecurityOnceTheRoomLetsItIn() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(204, api.post("/api/logout", Map.of(), person.token()).status());

        HttpResponse<String> answer = start(client, round.id(), person.token(), null);

        assertEquals(401, answer.code(), answer.body());
    }

    @Test
    void aLaterArrivalOnAnotherNodeIsNotAdmittedBeforeAnEarlierOne() {
        ContestRound round = freshRound();
        Fixtures.Contestant early = fixtures.contestant();
        Fixtures.Contestant late = fixtures.contestant();
        Map<String, Object> props = new HashMap<>(TestServices.properties());
        props.putAll(narrowLanes());
        props.put("micronaut.server.port", -1);
        try (ApplicationContext other = ApplicationContext.run(props, "test");
             EmbeddedServer second = other.getBean(EmbeddedServer.class).start();
             HttpClient secondNode = HttpClient.create(second.getURL())) {
            Limiter.Listener heldHere = context.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
            Limiter.Listener heldThere = other.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
            try {
                String earlyTicket = (String) details(start(client, round.id(), early.token(), null)).get("ticket");
                Map<String, Object> lateFirst = details(start(secondNode, round.id(), late.token(), null));
                assertEquals(2, ((Number) lateFirst.get("place")).intValue());
                String lateTicket = (String) lateFirst.get("ticket");

                // the second node has room again: the later arrival comes back first, but its room calls the earlier ticket
                heldThere.onIgnore();
                HttpResponse<String> lateRetry = start(secondNode, round.id(), late.token(), lateTicket);
                assertEquals(503, lateRetry.code());
                assertEquals(1, ((Number) details(lateRetry).get("place")).intValue());

                // someone else's ticket is worth nothing: it is a new arrival, at the back
                HttpResponse<String> borrowed = start(secondNode, round.id(), late.token(), earlyTicket);
                assertEquals(503, borrowed.code());

                HttpResponse<String> earlyRetry = start(secondNode, round.id(), early.token(), earlyTicket);
                assertEquals(201, earlyRetry.code(), earlyRetry.body());
                HttpResponse<String> lateAgain = start(secondNode, round.id(), late.token(), lateTicket);
                assertEquals(201, lateAgain.code(), lateAgain.body());
            } finally {
                heldHere.onIgnore();
            }
        }
    }

    @Test
    void aPersonMidAttemptAutosavesAndSubmitsWhileStartsAreRefused() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        HttpResponse<String> started = start(client, round.id(), person.token(), null);
        assertEquals(201, started.code(), started.body());
        long attemptId = ((Number) new Api.Reply(201, started.body(), json).map().get("attemptId")).longValue();
        Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.START).orElseThrow();
        try {
            assertEquals(503, start(client, round.id(), fixtures.contestant().token(), null).code());

            assertEquals(200, api.get("/api/attempts/" + attemptId, person.token()).status());
            assertEquals(200, api.submit(attemptId, Map.of(), "k-" + attemptId, person.token()).status());
        } finally {
            held.onIgnore();
        }
    }

    @Test
    void aRefusedPublicReadIsAnsweredFromTheShortCacheMarkedStale() {
        ContestRound round = freshRound();
        String board = "/api/rounds/" + round.id() + "/units";
        assertEquals(200, api.get(board, null).status());
        // a board nobody has read yet has no copy: 503 BUSY, at once
        whileReadsAreRefused(board, null, "/api/rounds/" + round.id() + "/communes");
    }

    @Test
    void aBoardReadBySignedInPeopleOnlyStillLeavesACopyForARefusedReader() {
        ContestRound round = freshRound();
        String board = "/api/rounds/" + round.id() + "/leaderboard";
        Fixtures.Contestant reader = fixtures.contestant();
        assertEquals(200, api.get(board, reader.token()).status());
        // the contest list tells a signed-in person their own attempts: their answer is never the copy
        String contests = "/api/contests/" + round.contestId();
        assertEquals(200, api.get(contests, reader.token()).status());
        whileReadsAreRefused(board, fixtures.contestant().token(), contests);
    }

    /** With the read lane full: {@code copied} read with {@code token} is the stale copy, {@code uncopied} is 503 BUSY. */
    private void whileReadsAreRefused(String copied, String token, String uncopied) {
        Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.PUBLIC_READ).orElseThrow();
        try {
            MutableHttpRequest<?> refused = HttpRequest.GET(copied);
            if (token != null) {
                refused.bearerAuth(token);
            }
            HttpResponse<String> stale = client.toBlocking().exchange(refused, String.class);
            assertEquals(200, stale.code());
            assertEquals("true", stale.getHeaders().get(AdmissionFilter.STALE_HEADER));

            Api.Reply busy = api.get(uncopied, null);
            assertEquals(503, busy.status());
            assertEquals("BUSY", busy.code());
        } finally {
            held.onIgnore();
        }
    }

    @Test
    void aRefusedLoginWaitsInTheSignInRoomAndGetsInWithItsTicket() {
        Fixtures.Contestant person = fixtures.contestant();
        Redis redis = context.getBean(Redis.class);
        redis.sync().del(WaitingRooms.keys(Admission.SIGN_IN_ROOM));
        Limiter.Listener held = context.getBean(Lanes.class).tryAcquire(Lane.SIGN_IN).orElseThrow();
        Api.Reply refused = api.post("/login", Map.of("username", person.phone(), "password", person.password()), null);
        held.onIgnore();

        assertEquals(503, refused.status(), refused.body());
        assertEquals("WAITING_ROOM", refused.code());
        @SuppressWarnings("unchecked")
        String ticket = (String) ((Map<String, Object>) refused.map().get("details")).get("ticket");
        MutableHttpRequest<Object> retry = HttpRequest.POST("/login",
                (Object) Map.of("username", person.phone(), "password", person.password()));
        retry.header(WaitingRoomFilter.TICKET_HEADER, ticket);
        assertEquals(200, api.send(retry, null).status());
    }

    /**
     * The door sees a start or a sign-in by its path pattern (WaitingRoomFilter's @ServerFilter), the
     * lanes by LaneClassifier's parsing: a spelling of the path that routing still takes to the
     * controller must meet the door too. A trailing slash did not (a start answered 201, a login 200,
     * a registration 422, all past a full room); repeated slashes are merged before the door.
     */
    @Test
    void noSpellingOfAStartOrSignInPathWalksAroundAFullRoom() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        Lanes lanes = context.getBean(Lanes.class);
        Limiter.Listener start = lanes.tryAcquire(Lane.START).orElseThrow();
        Limiter.Listener signIn = lanes.tryAcquire(Lane.SIGN_IN).orElseThrow();
        try {
            for (String path : List.of("/api/rounds/" + round.id() + "/attempts/", "//api/rounds/" + round.id() + "/attempts",
                    "/api//rounds/" + round.id() + "/attempts", "/api/rounds/" + round.id() + "//attempts")) {
                MutableHttpRequest<Object> request = HttpRequest.POST(path, (Object) Map.of());
                Api.Reply reply = api.send(request, person.token());
                assertEquals(503, reply.status(), path + " answered " + reply.status() + " " + reply.body());
            }
            for (String path : List.of("/login/", "//login", "/api/register/", "/api//register")) {
                MutableHttpRequest<Object> request = HttpRequest.POST(path,
                        (Object) Map.of("username", person.phone(), "password", person.password()));
                Api.Reply reply = api.send(request, null);
                assertEquals(503, reply.status(), path + " answered " + reply.status() + " " + reply.body());
            }
        } finally {
            start.onIgnore();
            signIn.onIgnore();
            // the refused tries hold places in the sign-in room; the fixtures of later tests register through it
            context.getBean(Redis.class).sync().del(WaitingRooms.keys(Admission.SIGN_IN_ROOM));
        }
    }

    /**
     * A place is given back as served once its answer has gone out: Micronaut cancels the filter's
     * publisher after taking that one answer, and a place given back as ignored taught the lane nothing,
     * so its capacity stayed at its first guess and its adaptive limit never moved.
     */
    @Test
    void anAdmittedStartTeachesItsLaneHowLongAStartTakes() {
        ContestRound round = freshRound();
        Fixtures.Contestant person = fixtures.contestant();
        Lanes lanes = context.getBean(Lanes.class);
        double before = lanes.capacity(Lane.START);

        assertEquals(201, start(client, round.id(), person.token(), null).code());

        assertNotEquals(before, lanes.capacity(Lane.START), "the start's time measured");
    }
}
