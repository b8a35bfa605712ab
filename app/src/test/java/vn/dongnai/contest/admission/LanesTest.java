package vn.dongnai.contest.admission;

import com.netflix.concurrency.limits.Limiter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The node's first-come-first-served queue for places in a lane with a waiting room. */
class LanesTest {

    private final Lanes lanes = new Lanes(new SimpleMeterRegistry(), "fixed", 2, 0, 0, 0, 0, 0, 0.5, 0, System::nanoTime);

    @Test
    void aRequestLetInWhileTheLaneIsFullGetsTheNextPlaceGivenBackInArrivalOrder() {
        Limiter.Listener first = lanes.inTurn(Lane.START).join();
        Limiter.Listener second = lanes.inTurn(Lane.START).join();
        CompletableFuture<Limiter.Listener> third = lanes.inTurn(Lane.START);
        CompletableFuture<Limiter.Listener> fourth = lanes.inTurn(Lane.START);
        assertFalse(third.isDone());
        assertEquals(2, lanes.waiting(Lane.START));

        second.onSuccess();
        assertTrue(third.isDone(), "the first waiting gets the place given back");
        assertFalse(fourth.isDone());
        // a newcomer with a place free would still wait behind the fourth
        first.onIgnore();
        assertTrue(fourth.isDone());
        assertEquals(0, lanes.waiting(Lane.START));
        assertEquals(2, lanes.inflight(Lane.START));
    }

    @Test
    void aTurnGivenUpWhileWaitingIsSkippedAndItsPlaceGoesToTheNext() {
        Limiter.Listener first = lanes.inTurn(Lane.START).join();
        lanes.inTurn(Lane.START).join();
        CompletableFuture<Limiter.Listener> gone = lanes.inTurn(Lane.START);
        CompletableFuture<Limiter.Listener> next = lanes.inTurn(Lane.START);
        gone.cancel(false);

        first.onSuccess();
        assertTrue(next.isDone());
        assertEquals(2, lanes.inflight(Lane.START), "no place held for the one who left");
    }

    @Test
    void openingsAreTheFreePlacesAndTheQueueLeftBeforeAnyoneWaitsLongerThanQueueSeconds() {
        // before a request is timed the lane's time is taken as 50 ms: 2 places, 40 a second, a queue of 20
        assertEquals(2 + 20, lanes.openings(Lane.START));
        lanes.inTurn(Lane.START).join();
        lanes.inTurn(Lane.START).join();
        lanes.inTurn(Lane.START);
        assertEquals(19, lanes.openings(Lane.START));
    }

    @Test
    void whilePeopleMidAttemptWaitTooLongTheLowerLanesGetLessOfTheirLimitAndGetItBackAfter() {
        AtomicLong nanos = new AtomicLong();
        // a start lane of 20, in-progress requests should take 50 ms on average at most
        Lanes guarded = new Lanes(new SimpleMeterRegistry(), "fixed", 20, 0, 40, 0, 0, 0, 0.5, 50_000_000, nanos::get);
        assertEquals(20, guarded.allowed(Lane.START));

        // autosaves taking 200 ms each: at each look, at most every 100 ms, the share shrinks by a fifth
        for (int period = 0; period < 10; period++) {
            Limiter.Listener autosave = guarded.tryAcquire(Lane.IN_PROGRESS).orElseThrow();
            nanos.addAndGet(200_000_000L);
            autosave.onSuccess();
            guarded.allowed(Lane.START);
        }
        int squeezed = guarded.allowed(Lane.START);
        assertTrue(squeezed <= 3, "the start lane still takes " + squeezed);
        assertTrue(guarded.allowed(Lane.PUBLIC_READ) <= 5);
        for (int i = 0; i < squeezed; i++) {
            assertTrue(guarded.tryAcquire(Lane.START).isPresent());
        }
        assertTrue(guarded.tryAcquire(Lane.START).isEmpty(), "full at its share");
        // the in-progress lane itself is never refused
        assertTrue(guarded.tryAcquire(Lane.IN_PROGRESS).isPresent());

        // still slow: the lower lanes stop altogether (even one start at a time adds people the box cannot take)
        for (int period = 0; period < 20; period++) {
            Limiter.Listener autosave = guarded.tryAcquire(Lane.IN_PROGRESS).orElseThrow();
            nanos.addAndGet(200_000_000L);
            autosave.onSuccess();
            guarded.allowed(Lane.START);
        }
        assertEquals(0, guarded.allowed(Lane.START));
        assertEquals(0, guarded.openings(Lane.START), "no room: newcomers take tickets");

        // autosaves fast again (5 ms): the share grows back, a twentieth of the limit every 100 ms
        for (int period = 0; period < 25; period++) {
            Limiter.Listener autosave = guarded.tryAcquire(Lane.IN_PROGRESS).orElseThrow();
            nanos.addAndGet(5_000_000);
            autosave.onSuccess();
            nanos.addAndGet(100_000_000);
            guarded.allowed(Lane.START);
        }
        assertEquals(20, guarded.allowed(Lane.START));
    }

    @Test
    void whoeverWaitsInTheLineIsLetInWhenTheShareGrowsBackInAQuietMoment() {
        AtomicLong nanos = new AtomicLong();
        Lanes guarded = new Lanes(new SimpleMeterRegistry(), "fixed", 2, 0, 4, 0, 0, 0, 0.5, 50_000_000, nanos::get);
        Limiter.Listener first = guarded.inTurn(Lane.START).join();
        // a cold burst: submits of 300 ms, period after period, until the start lane may take none
        for (int period = 0; period < 30; period++) {
            Limiter.Listener submit = guarded.tryAcquire(Lane.IN_PROGRESS).orElseThrow();
            nanos.addAndGet(300_000_000L);
            submit.onSuccess();
            guarded.allowed(Lane.START);
        }
        first.onSuccess();
        assertEquals(0, guarded.allowed(Lane.START));
        CompletableFuture<Limiter.Listener> waiting = guarded.inTurn(Lane.START);
        assertFalse(waiting.isDone());

        // then nothing: no place given back, nobody new; only time passes, looked at every period
        for (int period = 0; period < 20 && !waiting.isDone(); period++) {
            nanos.addAndGet(100_000_000L);
            guarded.lookAgain();
        }
        assertTrue(waiting.isDone(), "let in once the share allows one start again, without anyone else arriving");
        assertEquals(1, guarded.inflight(Lane.START));
    }

    @Test
    void theMetricsCountEachLanesRequestsServedAndTheirTime() {
        AtomicLong nanos = new AtomicLong();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Lanes counted = new Lanes(meters, "fixed", 2, 0, 4, 0, 0, 0, 0.5, 0, nanos::get);
        for (long ms : new long[]{10, 30}) {
            Limiter.Listener save = counted.tryAcquire(Lane.IN_PROGRESS).orElseThrow();
            nanos.addAndGet(ms * 1_000_000);
            save.onSuccess();
        }
        Limiter.Listener start = counted.tryAcquire(Lane.START).orElseThrow();
        nanos.addAndGet(50_000_000);
        start.onSuccess();
        // a start given up (the client left) was not served
        counted.tryAcquire(Lane.START).orElseThrow().onIgnore();

        assertEquals(2, meters.get("contest.admission.served").tag("lane", "in-progress").functionCounter().count());
        assertEquals(0.040, meters.get("contest.admission.serving.seconds").tag("lane", "in-progress").functionCounter().count(), 1e-9);
        assertEquals(1, meters.get("contest.admission.served").tag("lane", "start").functionCounter().count());
        assertEquals(0.050, meters.get("contest.admission.serving.seconds").tag("lane", "start").functionCounter().count(), 1e-9);
        assertEquals(2, counted.inProgressServed());
    }

    @Test
    void theMetricsShowEachLanesRoomsAsLastSeenUncalledAndCalledNotBack() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Lanes seen = new Lanes(meters, "fixed", 2, 0, 4, 0, 0, 0, 0.5, 0, System::nanoTime);
        seen.sawRoom("r:1", 300, 40);
        seen.sawRoom("r:2", 20, 5);
        seen.sawRoom("r:1", 250, 60);
        seen.sawRoom(Admission.SIGN_IN_ROOM, 7, 2);

        assertEquals(270, meters.get("contest.admission.queued").tag("lane", "start").gauge().value());
        assertEquals(65, meters.get("contest.admission.called").tag("lane", "start").gauge().value());
        assertEquals(7, meters.get("contest.admission.queued").tag("lane", "sign-in").gauge().value());
        assertEquals(2, meters.get("contest.admission.called").tag("lane", "sign-in").gauge().value());
    }
}
