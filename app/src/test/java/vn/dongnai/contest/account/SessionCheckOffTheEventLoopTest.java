package vn.dongnai.contest.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;
import vn.dongnai.contest.system.Redis;

import java.time.Instant;
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
 * resumes when the answer is back; an ended session is still refused. A login or a renewal fills
 * the cache from the account row it has just read, so its token's first request needs no lookup.
 */
@MicronautTest(transactional = false)
class SessionCheckOffTheEventLoopTest extends IntegrationTest {

    private final List<SessionValidity.Lookup> lookups = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopWatching() {
        lookups.clear();
        context.getBean(SessionValidity.class).lookups = lookup -> {
        };
    }

    private void coldCache(Fixtures.Contestant person) {
        SessionValidity sessions = sessions();
        sessions.forget(person.id());
        // nor in Redis: the lookup goes on to MySQL
        context.getBean(Redis.class).sync().del("session-valid-after:" + person.id());
        watch(person);
    }

    /** Records the loads of this person's account only: other tests' accounts may be refreshed meanwhile. */
    private void watch(Fixtures.Contestant person) {
        sessions().lookups = lookup -> {
            if (lookup.accountId() == person.id()) {
                lookups.add(lookup);
            }
        };
    }

    private SessionValidity sessions() {
        return context.getBean(SessionValidity.class);
    }

    @Test
    void aColdCacheReadsMySqlOffTheEventLoop() {
        Fixtures.Contestant person = fixtures.contestant();
        coldCache(person);

        assertEquals(200, api.get("/api/me", person.token()).status());

        List<Thread> fromMySql = lookups.stream().filter(l -> l.from().equals("mysql")).map(SessionValidity.Lookup::thread).toList();
        assertEquals(1, fromMySql.size(), "read from Redis, then once from MySQL: " + lookups);
        for (Thread thread : fromMySql) {
            assertFalse(thread.getName().contains("EventLoop"), "read MySQL on " + thread.getName());
            assertFalse(thread instanceof io.netty.util.concurrent.FastThreadLocalThread, "read MySQL on a Netty thread: " + thread.getName());
        }
    }

    @Test
    void aColdNodeCacheIsAnsweredFromRedisWithoutMySql() {
        Fixtures.Contestant person = fixtures.contestant();
        coldCache(person);
        assertEquals(200, api.get("/api/me", person.token()).status());
        sessions().forget(person.id());
        lookups.clear();

        assertEquals(200, api.get("/api/me", person.token()).status());

        assertEquals(List.of("redis"), lookups.stream().map(SessionValidity.Lookup::from).toList());
    }

    @Test
    void coldChecksOfManyAccountsAtOnceShareTheirMySqlReads() throws Exception {
        List<Fixtures.Contestant> people = java.util.stream.IntStream.range(0, 40).mapToObj(i -> fixtures.contestant()).toList();
        List<SessionValidity.Lookup> reads = new CopyOnWriteArrayList<>();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Fixtures.Contestant person : people) {
            sessions().forget(person.id());
            context.getBean(Redis.class).sync().del("session-valid-after:" + person.id());
            ids.add(person.id());
        }
        sessions().lookups = lookup -> {
            if (ids.contains(lookup.accountId()) && lookup.from().equals("mysql")) {
                reads.add(lookup);
            }
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            var replies = pool.invokeAll(people.stream().map(person ->
                    (java.util.concurrent.Callable<Integer>) () -> api.get("/api/me", person.token()).status()).toList());
            for (var reply : replies) {
                assertEquals(200, reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(40, reads.size(), "each account read once");
        long threads = reads.stream().map(SessionValidity.Lookup::thread).distinct().count();
        assertTrue(threads <= 2, "read by the two lookup threads, not a pooled thread each: " + threads);
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
    void aLoginFillsTheCacheSoItsTokensFirstRequestNeedsNoLookup() {
        Fixtures.Contestant person = fixtures.contestant();
        coldCache(person);

        String token = fixtures.login(person.phone(), person.password());

        assertEquals(200, api.get("/api/me", token).status());
        assertTrue(lookups.isEmpty(), "looked up: " + lookups);
    }

    @Test
    void aRenewalFillsTheCacheToo() {
        Fixtures.Contestant person = fixtures.contestant();
        String refresh = (String) api.post("/login", Map.of("username", person.phone(), "password", person.password()), null)
                .map().get("refresh_token");
        coldCache(person);

        Api.Reply renewed = api.post("/oauth/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refresh), null);

        assertEquals(200, renewed.status(), renewed.body());
        assertEquals(200, api.get("/api/me", (String) renewed.map().get("access_token")).status());
        assertTrue(lookups.isEmpty(), "looked up: " + lookups);
    }

    @Test
    void aCacheFilledByALoginStillRefusesTokensFromBeforeTheSessionsEnded() {
        Fixtures.Contestant person = fixtures.contestant();
        // sessions ended long ago, on another node: this one was not told, so nothing keeps a login from filling the cache
        sql.update("UPDATE account SET sessions_valid_after = ? WHERE id = ?", Instant.now(), person.id());
        coldCache(person);

        String token = fixtures.login(person.phone(), person.password());

        assertEquals(401, api.get("/api/me", person.token()).status(), "the token from before the end");
        assertEquals(200, api.get("/api/me", token).status());
        assertTrue(lookups.isEmpty(), "answered from the login's row: " + lookups);
    }

    @Test
    void aLoginJustAfterTheSessionsEndedLeavesTheCacheToTheLookup() {
        Fixtures.Contestant person = fixtures.contestant();
        assertEquals(204, api.post("/api/logout", Map.of(), person.token()).status());
        // the row a login reads may predate an end not yet committed; this node saw the end, so it does not trust the row
        watch(person);

        String token = fixtures.login(person.phone(), person.password());

        assertEquals(200, api.get("/api/me", token).status());
        assertFalse(lookups.isEmpty(), "the login filled the cache right after an end of sessions");
        assertEquals(401, api.get("/api/me", person.token()).status());
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
