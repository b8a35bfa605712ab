package vn.dongnai.contest.admission;

import com.netflix.concurrency.limits.Limiter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.system.Redis;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A start arriving while the start lane is full, over HTTP against real MySQL and Redis: with room in
 * the node's short queue it waits there for the next place (one try, no 503) instead of being sent
 * to poll; the lane holds one start at a time and the queue several seconds of it.
 */
@MicronautTest(transactional = false)
class WaitingRoomQueueTest extends IntegrationTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = super.getProperties();
        props.putAll(Map.of("contest.admission.algorithm", "fixed",
                "contest.admission.start.max", "1",
                "contest.admission.queue-seconds", "5"));
        return props;
    }

    @Test
    void aStartFindingTheLaneFullWaitsOnTheNodeForThePlaceGivenBack() throws Exception {
        ContestRound round = fixtures.openRound(Fixtures.RoundSpec.standard(), 10);
        context.getBean(Redis.class).sync().del(WaitingRooms.keys("r:" + round.id()));
        Fixtures.Contestant person = fixtures.contestant();
        Lanes lanes = context.getBean(Lanes.class);
        Limiter.Listener held = lanes.tryAcquire(Lane.START).orElseThrow();
        CompletableFuture<HttpResponse<String>> start;
        try {
            MutableHttpRequest<Object> request = HttpRequest.POST("/api/rounds/" + round.id() + "/attempts", (Object) Map.of());
            request.bearerAuth(person.token());
            start = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.toBlocking().exchange(request, String.class);
                } catch (HttpClientResponseException e) {
                    return HttpResponse.<String>status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""));
                }
            });
            // it waits for the held place, neither refused nor let past it
            assertThrows(java.util.concurrent.TimeoutException.class, () -> start.get(700, TimeUnit.MILLISECONDS));
            assertEquals(1, lanes.waiting(Lane.START));
        } finally {
            held.onSuccess();
        }
        HttpResponse<String> started = start.get(10, TimeUnit.SECONDS);
        assertEquals(201, started.code(), started.body());
        assertEquals(0, lanes.waiting(Lane.START));
        assertFalse(started.body().contains("WAITING_ROOM"));
    }
}
