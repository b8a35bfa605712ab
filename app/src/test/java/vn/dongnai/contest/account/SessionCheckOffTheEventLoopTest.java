package vn.dongnai.contest.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.system.Redis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session check of every signed-in request ({@link SessionValidity}, asked by
 * {@link SessionCheckedTokens} while the token is validated) reads Redis and MySQL only on the
 * blocking pool: an account nobody has asked about on this node is looked up there, and the request
 * resumes when the answer is back; an ended session is still refused.
 */
@MicronautTest(transactional = false)
class SessionCheckOffTheEventLoopTest extends IntegrationTest {

    private final List<Thread> lookups = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopWatching() {
        context.getBean(SessionValidity.class).lookups = thread -> {
        };
    }

    private void coldCache(Fixtures.Contestant person) {
        SessionValidity sessions = context.getBean(SessionValidity.class);
        sessions.forget(person.id());
        // nor in Redis: the lookup goes on to MySQL
        context.getBean(Redis.class).sync().del("session-valid-after:" + person.id());
        sessions.lookups = lookups::add;
    }

    @Test
    void aColdCacheIsLookedUpOnTheBlockingPoolNotOnTheEventLoop() {
        Fixtures.Contestant person = fixtures.contestant();
        coldCache(person);

        assertEquals(200, api.get("/api/me", person.token()).status());

        assertFalse(lookups.isEmpty(), "the cold cache was looked up");
        for (Thread thread : lookups) {
            assertFalse(thread.getName().contains("EventLoop"), "looked up on " + thread.getName());
            assertFalse(thread instanceof io.netty.util.concurrent.FastThreadLocalThread
                    && thread.getName().startsWith("default-"), "looked up on a Netty thread: " + thread.getName());
        }
    }

    @Test
    void aWarmCacheAnswersWithoutAnyLookup() {
        Fixtures.Contestant person = fixtures.contestant();
        coldCache(person);
        assertEquals(200, api.get("/api/me", person.token()).status());
        lookups.clear();

        assertEquals(200, api.get("/api/me", person.token()).status());

        assertTrue(lookups.isEmpty(), "looked up again: " + lookups);
    }

    @Test
    void anEndedSessionIsRefusedAfterAColdLookupToo() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(204, api.post("/api/logout", Map.of(), person.token()).status());
        coldCache(person);

        assertEquals(401, api.get("/api/me", person.token()).status());
        assertFalse(lookups.isEmpty());
    }
}
