package vn.dongnai.contest.admission;

import com.netflix.concurrency.limits.Limiter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaceTest {

    @Test
    void theCalledComeBackAtOnceTheNearFrontAfterASecondTheFarBackWhenCalled() {
        assertEquals(Pace.CALLED_RETRY_MS, Pace.retryAfterMs(0, 0, 200));
        assertEquals(Pace.MIN_RETRY_MS, Pace.retryAfterMs(20, 0, 200));
        // 1,000 places at 200 a second: called in 5 s, told 5 s (a called ticket goes in whenever it comes back)
        assertEquals(5_000, Pace.retryAfterMs(1_000, 0, 200));
        assertEquals(Pace.MAX_RETRY_MS, Pace.retryAfterMs(100_000, 0, 200));
        // called, with 100 called before it still on their way: after them
        assertEquals(500, Pace.retryAfterMs(0, 100, 200));
    }

    @Test
    void aSmallRoomComesBackAsOftenAsItsPollBudgetAllowsWhateverThePaceSays() {
        // 300th of 400 waiting at a stalled pace of 20 a second: called in 15 s by that pace, but 400 people
        // polling at 200 tries a second come back every 2 s and find the room the pace did not foresee
        assertEquals(2_000, Pace.retryAfterMs(300, 0, 20, 400));
        // a room of 50,000: no more often than its place is called
        assertEquals(5_000, Pace.retryAfterMs(1_000, 0, 200, 50_000));
        assertEquals(Pace.MAX_RETRY_MS, Pace.retryAfterMs(100_000, 0, 200, 200_000));
        // never more often than every second
        assertEquals(Pace.MIN_RETRY_MS, Pace.retryAfterMs(30, 0, 1, 40));
    }

    @Test
    void theEstimatedWaitCountsTheCalledBeforeThePlace() {
        assertEquals(1, Pace.estimatedSeconds(0, 0, 200));
        assertEquals(6, Pace.estimatedSeconds(1_000, 99, 200));
    }

    @Test
    void theWindowIsSecondsOfThePaceAndNeverBelowItsMinimum() {
        assertEquals(200, Pace.window(200, 1, 10));
        assertEquals(10, Pace.window(0, 1, 10));
    }

    @Test
    void aLanesCapacityIsItsLimitOverTheMeasuredTimeOfOneRequest() {
        AtomicLong nanos = new AtomicLong();
        Lanes lanes = new Lanes(new SimpleMeterRegistry(), "fixed", 10, 0, 0, 0, 0, 0, 0.5, 0, nanos::get);
        for (int i = 0; i < 500; i++) {
            Limiter.Listener place = lanes.tryAcquire(Lane.START).orElseThrow();
            nanos.addAndGet(50_000_000);
            place.onSuccess();
        }

        // ten at a time, 50 ms each: 200 a second
        assertEquals(200, lanes.capacity(Lane.START), 1);
        assertEquals(10, lanes.free(Lane.START));
        // its free places and half a second of its capacity for the node's first-come-first-served queue
        assertEquals(10 + 100, lanes.openings(Lane.START));
    }
}
