package vn.dongnai.contest.account;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.SetArgs;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.token.Claims;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongnai.contest.system.Batches;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ends every access token of an account at once — on logout, a password change or reset,
 * disabling and a change of roles — although access tokens are stateless JWTs. Each account has a
 * "valid after" instant in MySQL; a token issued before it is refused. Checked on every request,
 * so it is cached: in this node (for {@code contest.sessions.node-cache}, 10 s by default) and in
 * Redis, falling back to MySQL. An ended session is announced on a Redis channel, so every node
 * drops its copy at once; the node cache's lifetime bounds the delay only when Redis is away.
 * <p>
 * The check never blocks the event loop it is asked on ({@link SessionCheckedTokens} asks it while
 * validating a token), and a miss holds no thread while it waits: an account in the node cache is
 * answered at once; a miss is read from Redis asynchronously, and only a Redis miss goes on to MySQL,
 * read in batches ({@link Batches}: the accounts that missed at the same moment in one
 * {@code IN (…)} query, so a peak of cold checks — people back after a pause longer than both
 * caches — costs a few queries a second, not a pooled connection each). The answer is handed to the
 * blocking pool, where the request's validation resumes (never on Redis' or the batch's own thread,
 * which the rest of the request could block). A copy older than half the node-cache time is
 * refreshed in the background on the next request (Caffeine's refreshAfterWrite), so a busy
 * account is not loaded on a request's way at all. When neither Redis nor MySQL answers, the check
 * fails (the token's validation fails with it): an ended session is never let through for want of
 * an answer.
 * <p>
 * A login or a renewal has just read the account's row, "valid after" included, and fills the
 * node cache with it ({@link #warm}), so the new token's first request is answered at once.
 */
@Singleton
public class SessionValidity {

    /** When the token's session was issued, in milliseconds (JWT's own iat has only seconds). */
    static final String ISSUED_AT_MILLIS = "sat";
    private static final Logger LOG = LoggerFactory.getLogger(SessionValidity.class);
    // short, so that an end of sessions Redis missed (it was down) reaches every node within a minute
    private static final String CHANNEL = "sessions-ended";
    private static final Duration REDIS_TTL = Duration.ofMinutes(1);
    private static final int LOOKUP_BATCH = 256;

    // looked up on first use: security builds its validators while Micronaut Data is still starting
    private final Provider<Sql> sql;
    private final Redis redis;
    private final RedisDegradation degradation;
    private final Clock clock;
    private final Executor blocking;
    private final Batches<Long, Long> fromMySql;
    private final AsyncLoadingCache<Long, Long> node;
    private final Duration nodeCache;
    // accounts whose sessions this node saw end within a node-cache time: a row read meanwhile may
    // predate the end, which is announced before its transaction commits, so it does not warm the cache
    private final Cache<Long, Boolean> endedLately;
    private @Nullable StatefulRedisPubSubConnection<String, String> announcements;
    /** For the tests: told of each read of an account from Redis or MySQL, and the thread it was made on. */
    volatile Consumer<Lookup> lookups = lookup -> {
    };

    /** A read of an account's "valid after": {@code from} is "redis" or "mysql". */
    public record Lookup(long accountId, String from, Thread thread) {
    }

    SessionValidity(Provider<Sql> sql, Redis redis, RedisDegradation degradation, Clock clock,
                    @Value("${contest.sessions.node-cache:10s}") Duration nodeCache,
                    @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.sql = sql;
        this.redis = redis;
        this.degradation = degradation;
        this.clock = clock;
        this.blocking = blocking;
        this.fromMySql = new Batches<>("session-lookup", 2, LOOKUP_BATCH, Duration.ZERO, blocking, this::fromMySql);
        this.nodeCache = nodeCache;
        this.endedLately = Caffeine.newBuilder().expireAfterWrite(nodeCache).maximumSize(500_000).build();
        Caffeine<Object, Object> builder = Caffeine.newBuilder().expireAfterWrite(nodeCache).maximumSize(500_000)
                .executor(blocking);
        Duration refresh = nodeCache.dividedBy(2);
        if (refresh.isPositive()) {
            builder.refreshAfterWrite(refresh);
        }
        this.node = builder.buildAsync((accountId, executor) -> load(accountId));
    }

    @PostConstruct
    void listen() {
        try {
            announcements = redis.connectPubSub();
            announcements.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String accountId) {
                    try {
                        ended(Long.parseLong(accountId));
                    } catch (NumberFormatException e) {
                        LOG.warn("Ignored a malformed ended-session announcement");
                    }
                }
            });
            announcements.sync().subscribe(CHANNEL);
        } catch (RuntimeException e) {
            LOG.warn("Ended sessions are not announced to this node ({}); its cache expires them", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void close() {
        if (announcements != null) {
            announcements.close();
        }
        fromMySql.close();
    }

    /** The claims a new session's tokens carry besides the account and its roles. */
    static Map<String, Object> claims(String fullName, Instant issuedAt) {
        return Map.of("name", fullName, ISSUED_AT_MILLIS, issuedAt.toEpochMilli());
    }

    /** The same, for an account that must replace a password the support desk set ({@link PasswordChangeRequired}). */
    static Map<String, Object> claims(String fullName, Instant issuedAt, boolean mustChangePassword) {
        return mustChangePassword
                ? Map.of("name", fullName, ISSUED_AT_MILLIS, issuedAt.toEpochMilli(), PasswordChangeRequired.CLAIM, true)
                : claims(fullName, issuedAt);
    }

    /**
     * Whether a token with these claims belongs to a session that has not been ended: completed at
     * once when the account is in the node cache, else on the blocking pool once Redis or MySQL has
     * answered; failed when neither can.
     */
    public CompletableFuture<Boolean> check(Function<String, Object> claims) {
        long accountId;
        try {
            accountId = Long.parseLong(String.valueOf(claims.apply(Claims.SUBJECT)));
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(false);
        }
        long issuedAt = issuedAtMillis(claims);
        return node.get(accountId).thenApply(validAfter -> validAfter == 0 || issuedAt >= validAfter);
    }

    /** The same for a claims set, waiting for the answer: for code that is not on an event loop. */
    public boolean validate(Claims claims) {
        return check(claims::get).join();
    }

    private static long issuedAtMillis(Function<String, Object> claims) {
        Object millis = claims.apply(ISSUED_AT_MILLIS);
        if (millis instanceof Number n) {
            return n.longValue();
        }
        Object seconds = claims.apply(Claims.ISSUED_AT);
        if (seconds instanceof Number n) {
            return n.longValue() * 1000;
        }
        if (seconds instanceof java.util.Date d) {
            return d.getTime();
        }
        return 0;
    }

    /**
     * Fills this node's cache with the "valid after" of an account row a login or a renewal read at
     * {@code readAtNanos} ({@link System#nanoTime()}), to issue a token now. Never replaces what the
     * node holds or is loading, and leaves the cache cold when the row may be stale: the account's
     * sessions ended on this node's watch lately, or the row was read too long ago.
     */
    void warm(long accountId, @Nullable Instant validAfter, long readAtNanos) {
        if (System.nanoTime() - readAtNanos > nodeCache.dividedBy(2).toNanos()) {
            return;
        }
        CompletableFuture<Long> known = CompletableFuture.completedFuture(millis(validAfter));
        if (node.asMap().putIfAbsent(accountId, known) == null && endedLately.getIfPresent(accountId) != null) {
            // checked after the put: an end recorded later than this check also invalidates the put
            node.asMap().remove(accountId, known);
        }
    }

    /** Drops this node's copy of the account and its memory of the account's ended sessions (the tests' cold cache). */
    void forget(long accountId) {
        endedLately.invalidate(accountId);
        node.synchronous().invalidate(accountId);
    }

    /**
     * Redis first, without waiting on a thread; a Redis miss from MySQL (batched), copied to Redis;
     * Redis failing or silent for its timeout, MySQL alone. Completed on the blocking pool.
     */
    private CompletableFuture<Long> load(long accountId) {
        String key = key(accountId);
        lookups.accept(new Lookup(accountId, "redis", Thread.currentThread()));
        CompletableFuture<String> cached;
        try {
            cached = redis.async().get(key).toCompletableFuture()
                    .orTimeout(redis.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            cached = CompletableFuture.failedFuture(e);
        }
        return cached.handle((value, failed) -> {
            if (failed != null) {
                degradation.record(RedisDegradation.SESSIONS, failed);
                return fromMySql.add(accountId);
            }
            if (value != null) {
                try {
                    return CompletableFuture.completedFuture(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    return fromMySql.add(accountId);
                }
            }
            return fromMySql.add(accountId).thenApply(validAfter -> copyToRedis(key, validAfter));
        }).thenCompose(Function.identity()).thenApplyAsync(Function.identity(), blocking);
    }

    /** NX: a session ended meanwhile on another node has written a newer value, which stays. Not waited for. */
    private long copyToRedis(String key, long validAfter) {
        try {
            redis.async().set(key, Long.toString(validAfter), SetArgs.Builder.nx().ex(REDIS_TTL.toSeconds()))
                    .exceptionally(failed -> {
                        degradation.record(RedisDegradation.SESSIONS, failed);
                        return null;
                    });
        } catch (RuntimeException e) {
            degradation.record(RedisDegradation.SESSIONS, e);
        }
        return validAfter;
    }

    /** The accounts that missed together, one query; an account that no longer exists refuses every token. */
    private List<Long> fromMySql(List<Long> accounts) {
        List<Long> ids = Sql.inList(accounts);
        Map<Long, Long> validAfter = new HashMap<>();
        sql.get().list("SELECT id, sessions_valid_after FROM account WHERE id IN (" + Sql.marks(ids.size()) + ")",
                rs -> validAfter.put(rs.getLong("id"), millis(Sql.instant(rs, "sessions_valid_after"))),
                ids.toArray());
        Thread thread = Thread.currentThread();
        ids.stream().distinct().forEach(accountId -> lookups.accept(new Lookup(accountId, "mysql", thread)));
        return accounts.stream().map(accountId -> validAfter.getOrDefault(accountId, Long.MAX_VALUE)).toList();
    }

    /** The column as the cache keeps it: never ended is 0, so every token is after it. */
    private static long millis(@Nullable Instant validAfter) {
        return validAfter == null ? 0L : validAfter.toEpochMilli();
    }

    /** Recorded before the copy is dropped, so a {@link #warm} that missed the drop sees the record. */
    private void ended(long accountId) {
        endedLately.put(accountId, Boolean.TRUE);
        node.synchronous().invalidate(accountId);
    }

    /**
     * Ends every session of the account issued before now; the caller also revokes its refresh
     * tokens. Runs inside the caller's transaction, and tells Redis and this node at once.
     */
    public Instant endSessions(long accountId) {
        Instant now = clock.instant();
        sql.get().update("UPDATE account SET sessions_valid_after = ? WHERE id = ?", now, accountId);
        try {
            redis.sync().set(key(accountId), Long.toString(now.toEpochMilli()), SetArgs.Builder.ex(REDIS_TTL.toSeconds()));
        } catch (RuntimeException e) {
            // nodes still reading an older copy from Redis learn it from MySQL when that copy expires
            LOG.warn("Ended sessions could not be written to Redis ({}); nodes rely on MySQL", e.getClass().getSimpleName());
        }
        ended(accountId);
        try {
            redis.sync().publish(CHANNEL, Long.toString(accountId));
        } catch (RuntimeException e) {
            LOG.warn("Ended sessions could not be announced ({}); other nodes expire them within their cache time",
                    e.getClass().getSimpleName());
        }
        return now;
    }

    /** Each account's key in its own Cluster slot: only single-key commands touch it. */
    private static String key(long accountId) {
        return "session-valid-after:" + accountId;
    }
}
