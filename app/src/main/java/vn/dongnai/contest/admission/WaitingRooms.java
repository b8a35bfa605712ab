package vn.dongnai.contest.admission;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The waiting rooms of every app node, kept in Redis: one {@link WaitingLine} per room, run as one
 * Lua script so that the ticket counter (INCR) and the "now serving" counter move atomically for
 * all nodes. Keys carry the room as their hash tag ({@code wr:{r:12}:issued}), so one room's keys
 * share a Redis Cluster slot and the script is legal there.
 * <p>
 * Asked asynchronously, so a refusal is answered from the event loop without waiting for a worker.
 * When Redis fails or does not answer within {@code contest.admission.redis-timeout}, the room runs
 * on this node's own line instead (tickets then say so, and a ticket of the other line is a new
 * arrival): people are still let in in their arrival order on each node, never dropped and never
 * kept waiting on Redis; {@code contest_redis_degraded_total{use="waiting-room"}} counts it.
 */
@Singleton
class WaitingRooms {

    static final String REDIS_LINE = "redis";
    static final int RATE_SLOT_SECONDS = 5;

    private static final String SCRIPT = """
            local issued = tonumber(redis.call('GET', KEYS[1]) or '0')
            local serving = tonumber(redis.call('GET', KEYS[2]) or '0')
            local ticket = tonumber(ARGV[1])
            local room = ARGV[2] == '1'
            local ttl = tonumber(ARGV[3])
            local now = tonumber(ARGV[4])
            redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', '(' .. (now - tonumber(ARGV[5])))
            local pending = redis.call('ZCARD', KEYS[5])
            local recent = tonumber(redis.call('GET', KEYS[4]) or '0')
            local window = math.max(tonumber(ARGV[6]), math.ceil(recent * tonumber(ARGV[7])))
            local admitted = 0
            if ticket <= 0 or ticket > issued then
              if room and serving >= issued and pending == 0 then
                admitted = 1
                ticket = 0
              else
                ticket = redis.call('INCR', KEYS[1])
                issued = ticket
              end
            end
            if ticket > 0 then
              if ticket <= serving then
                if room then
                  admitted = 1
                  redis.call('ZREM', KEYS[5], ticket)
                end
              elseif room and pending < window then
                serving = redis.call('INCR', KEYS[2])
                redis.call('ZADD', KEYS[5], now, serving)
                if ticket <= serving then
                  admitted = 1
                  redis.call('ZREM', KEYS[5], ticket)
                end
              end
              redis.call('EXPIRE', KEYS[1], ttl)
              redis.call('EXPIRE', KEYS[2], ttl)
              redis.call('EXPIRE', KEYS[5], ttl)
            end
            if admitted == 1 then
              redis.call('INCR', KEYS[3])
              redis.call('EXPIRE', KEYS[3], 30)
            end
            return {admitted, ticket, serving, issued, recent}
            """;

    /** One arrival's turn and how many the room let in over the last whole slot (its pace). */
    record Visit(WaitingLine.Turn turn, String line, double admittedPerSecond) {
    }

    private final StatefulConnection<String, String> connection;
    private final RedisClusterAsyncCommands<String, String> commands;
    private final RedisDegradation degradation;
    private final Clock clock;
    private final Duration timeout;
    private final Duration roomTtl;
    private final Duration callGrace;
    private final int minWindow;
    private final double windowSeconds;
    private final String nodeLine = "node-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, WaitingLine> local = new ConcurrentHashMap<>();
    private volatile String sha;

    WaitingRooms(Redis redis, RedisDegradation degradation, Clock clock,
                 @Value("${contest.admission.redis-timeout:200ms}") Duration timeout,
                 @Value("${contest.admission.room-ttl:1h}") Duration roomTtl,
                 @Value("${contest.admission.call-grace:10s}") Duration callGrace,
                 @Value("${contest.admission.min-window:10}") int minWindow,
                 @Value("${contest.admission.window-seconds:2}") double windowSeconds) {
        this.connection = redis.connect(StringCodec.UTF8);
        this.commands = connection instanceof StatefulRedisClusterConnection<String, String> c ? c.async()
                : ((StatefulRedisConnection<String, String>) connection).async();
        this.degradation = degradation;
        this.clock = clock;
        this.timeout = timeout;
        this.roomTtl = roomTtl;
        this.callGrace = callGrace;
        this.minWindow = minWindow;
        this.windowSeconds = windowSeconds;
    }

    /** The line a ticket of this node's own fallback line belongs to. */
    String nodeLine() {
        return nodeLine;
    }

    /**
     * One arrival in {@code room} with the number of its ticket in {@code line} (0 for none), while its
     * lane has room or not.
     */
    CompletionStage<Visit> arrive(String room, String line, long ticket, boolean hasRoom) {
        long slot = clock.millis() / 1000 / RATE_SLOT_SECONDS;
        String[] keys = {key(room, "issued"), key(room, "serving"), key(room, "adm:" + slot), key(room, "adm:" + (slot - 1)),
                key(room, "called")};
        // the called-and-not-back window: at least minWindow, else what the room let in over windowSeconds
        String[] args = {String.valueOf(REDIS_LINE.equals(line) ? ticket : 0), hasRoom ? "1" : "0",
                String.valueOf(Math.max(1, roomTtl.toSeconds())), String.valueOf(clock.millis()),
                String.valueOf(callGrace.toMillis()), String.valueOf(minWindow),
                String.valueOf(windowSeconds / RATE_SLOT_SECONDS)};
        CompletableFuture<List<Object>> answer;
        try {
            answer = eval(keys, args);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(r -> new Visit(new WaitingLine.Turn(number(r, 0) == 1, number(r, 1), number(r, 2), number(r, 3)),
                        REDIS_LINE, number(r, 4) / (double) RATE_SLOT_SECONDS))
                .exceptionally(e -> {
                    degradation.record(RedisDegradation.WAITING_ROOM, e);
                    WaitingLine.Turn turn = local.computeIfAbsent(room, r -> new WaitingLine(callGrace.toMillis()))
                            .arrive(nodeLine.equals(line) ? ticket : 0, hasRoom, clock.millis(), minWindow);
                    return new Visit(turn, nodeLine, 0);
                });
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<List<Object>> eval(String[] keys, String[] args) {
        String digest = sha;
        if (digest == null) {
            // the first call: EVAL loads it, later calls send the digest only
            sha = digest = sha1(SCRIPT);
            return commands.<List<Object>>eval(SCRIPT, ScriptOutputType.MULTI, keys, args).toCompletableFuture();
        }
        return commands.<List<Object>>evalsha(digest, ScriptOutputType.MULTI, keys, args).toCompletableFuture()
                .exceptionallyCompose(e -> {
                    Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                    if (cause instanceof RedisNoScriptException) {
                        // a restarted Redis, a promoted replica or another Cluster master has not seen it yet
                        return commands.<List<Object>>eval(SCRIPT, ScriptOutputType.MULTI, keys, args).toCompletableFuture();
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }

    private static String sha1(String script) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(String room, String part) {
        return "wr:{" + room + "}:" + part;
    }

    private static long number(List<Object> values, int index) {
        return ((Number) values.get(index)).longValue();
    }

    @PreDestroy
    void close() {
        connection.close();
    }
}
