package vn.dongnai.contest.admission;

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
import java.util.Locale;
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
 * share a Redis Cluster slot and the script is legal there. Besides the two counters, a room keeps its
 * called-and-not-back tickets ({@code :called}, scored by the time they were called, members
 * zero-padded so that ties sort in ticket order), when each ticket not called yet last came
 * ({@code :seen}, so the tickets of people who left are passed over, {@link WaitingLine}) and each
 * node's lane capacity ({@code :capacity}, one field per node with the time it was written, dropped after 5 s of silence); their sum sets the
 * window. A start of a new attempt also brings the platform's free seats ({@link Seats}): the room then
 * calls no more tickets than those less the called ones not back. The pace people are told to come back at ({@code :pace}) is the rate the line is really
 * called at, doubled and capped by that capacity: while people mid-attempt hold the lanes back, the
 * capacity alone would have a room of thousands polling faster than anyone is let in.
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

    private static final String SCRIPT = """
            local issued = tonumber(redis.call('GET', KEYS[1]) or '0')
            local serving = tonumber(redis.call('GET', KEYS[2]) or '0')
            local ticket = tonumber(ARGV[1])
            local room = ARGV[2] == '1'
            local ttl = tonumber(ARGV[3])
            local now = tonumber(ARGV[4])
            local calls = math.max(1, tonumber(ARGV[10]))
            -- the platform's free seats (Seats), or negative when this start needs none
            local seats = tonumber(ARGV[13])
            redis.call('HSET', KEYS[4], ARGV[8], ARGV[9] .. ':' .. now)
            redis.call('EXPIRE', KEYS[4], 60)
            local capacity = 0
            local nodes = redis.call('HGETALL', KEYS[4])
            for i = 1, #nodes, 2 do
              local rate, at = string.match(nodes[i + 1], '^([%d%.]+):(%d+)$')
              if rate and tonumber(at) >= now - 5000 then
                capacity = capacity + tonumber(rate)
              else
                redis.call('HDEL', KEYS[4], nodes[i])
              end
            end
            redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. (now - tonumber(ARGV[5])))
            local pending = redis.call('ZCARD', KEYS[3])
            local window = math.max(tonumber(ARGV[6]), math.ceil(capacity * tonumber(ARGV[7])))
            -- those who left at the head of the line are passed over first, room or not, so that the
            -- places people are told count the people still there (WaitingLine)
            local gone = now - tonumber(ARGV[14])
            local passed = 0
            while serving < issued and passed < tonumber(ARGV[15]) do
              local at = tonumber(redis.call('HGET', KEYS[6], serving + 1))
              if not (at and at < gone) then
                break
              end
              serving = serving + 1
              redis.call('HDEL', KEYS[6], serving)
              passed = passed + 1
            end
            if passed > 0 then
              redis.call('SET', KEYS[2], serving)
            end
            -- more of them than one arrival passes over: the places told still count some who left
            local clearing = 0
            if passed >= tonumber(ARGV[15]) then
              clearing = 1
            end
            local admitted = 0
            if ticket <= 0 or ticket > issued then
              -- past the seats kept for the called on their way back
              if room and serving >= issued and (seats < 0 or seats - pending > 0) then
                admitted = 1
                ticket = 0
              else
                ticket = redis.call('INCR', KEYS[1])
                issued = ticket
              end
            end
            if ticket > 0 then
              if ticket <= serving then
                -- called: in with room, unless more called lately and not back are before it than the
                -- free places and the tolerance (they come back within a fraction of a second)
                local rank = redis.call('ZRANK', KEYS[3], string.format('%015d', ticket))
                local before = 0
                if rank then
                  before = rank - redis.call('ZCOUNT', KEYS[3], '-inf', '(' .. (now - tonumber(ARGV[11])))
                end
                local front = tonumber(ARGV[12])
                if ((room and before < calls + math.floor(window / 4)) or (front > 0 and before < front))
                    and (seats < 0 or seats > 0) then
                  admitted = 1
                  pending = pending - redis.call('ZREM', KEYS[3], string.format('%015d', ticket))
                end
              else
                -- not called yet: when they last came decides whether their turn is called or passed over
                redis.call('HSET', KEYS[6], ticket, now)
              end
              if ticket > serving and room then
                local n = math.min(calls, issued - serving, window - pending)
                if seats >= 0 then
                  -- never more called and not back than there are free seats
                  n = math.min(n, seats - pending)
                end
                if n > 0 then
                  -- a ticket whose holder has not come for longer than anyone is told to wait is passed
                  -- over (they left), without a place in the window (WaitingLine)
                  local members = {}
                  local called = 0
                  passed = 0
                  while called < n and serving < issued and passed < tonumber(ARGV[15]) do
                    serving = serving + 1
                    local at = tonumber(redis.call('HGET', KEYS[6], serving))
                    redis.call('HDEL', KEYS[6], serving)
                    if at and at < gone then
                      passed = passed + 1
                    else
                      members[#members + 1] = now
                      members[#members + 1] = string.format('%015d', serving)
                      called = called + 1
                    end
                  end
                  if called > 0 then
                    redis.call('ZADD', KEYS[3], unpack(members))
                  end
                  pending = pending + called
                  redis.call('SET', KEYS[2], serving)
                end
                if ticket <= serving then
                  admitted = 1
                  pending = pending - redis.call('ZREM', KEYS[3], string.format('%015d', ticket))
                end
              end
              redis.call('EXPIRE', KEYS[1], ttl)
              redis.call('EXPIRE', KEYS[2], ttl)
              redis.call('EXPIRE', KEYS[3], ttl)
              redis.call('EXPIRE', KEYS[6], ttl)
            end
            local ahead = 0
            if admitted == 0 and ticket > 0 then
              ahead = redis.call('ZRANK', KEYS[3], string.format('%015d', ticket)) or pending
            end
            -- the pace people are told to come back at: the rate the line is really called at (a moving
            -- average, sampled each second while people wait uncalled; the lanes' capacity when the line
            -- forms), doubled so that enough come back to take every opening, never above the capacity.
            -- The capacity alone is what the lanes take when nothing holds them back; while people
            -- mid-attempt hold them back, a room of thousands polling at it is more work than the starts
            local pace = capacity
            if issued > serving then
              local sample = redis.call('HMGET', KEYS[5], 'at', 'serving', 'rate')
              local at, before, rate = tonumber(sample[1]), tonumber(sample[2]), tonumber(sample[3])
              if not at then
                redis.call('HSET', KEYS[5], 'at', now, 'serving', serving, 'rate', capacity)
              else
                if now - at >= 1000 then
                  rate = 0.5 * rate + 0.5 * (serving - before) * 1000 / (now - at)
                  redis.call('HSET', KEYS[5], 'at', now, 'serving', serving, 'rate', rate)
                end
                pace = math.min(capacity, math.max(1, 2 * rate))
              end
              redis.call('EXPIRE', KEYS[5], ttl)
            else
              redis.call('DEL', KEYS[5])
            end
            return {admitted, ticket, serving, issued, tostring(pace), pending, window, ahead, clearing}
            """;

    /**
     * One arrival's turn, the pace the room is called at (the lanes' capacity across the nodes that
     * asked in the last seconds, per second), the called tickets not yet back and the window.
     */
    record Visit(WaitingLine.Turn turn, String line, double perSecond, long pending, long window) {
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
    private final String digest;

    WaitingRooms(Redis redis, RedisDegradation degradation, Clock clock,
                 @Value("${contest.admission.redis-timeout:200ms}") Duration timeout,
                 @Value("${contest.admission.room-ttl:1h}") Duration roomTtl,
                 @Value("${contest.admission.call-grace:10s}") Duration callGrace,
                 @Value("${contest.admission.min-window:10}") int minWindow,
                 @Value("${contest.admission.window-seconds:1}") double windowSeconds) {
        this.connection = redis.connect(StringCodec.UTF8);
        this.commands = connection instanceof StatefulRedisClusterConnection<String, String> c ? c.async()
                : ((StatefulRedisConnection<String, String>) connection).async();
        this.digest = commands.digest(SCRIPT);
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

    /** {@link #arrive(String, String, long, boolean, int, int, double)} calling one ticket, at no known capacity. */
    CompletionStage<Visit> arrive(String room, String line, long ticket, boolean hasRoom) {
        return arrive(room, line, ticket, hasRoom, 1, 0, 0);
    }

    /**
     * One arrival in {@code room} with the number of its ticket in {@code line} (0 for none), while its
     * lane has room or not. With room, this node has {@code freePlaces} places free in the lane (the
     * arrival's own among them): that many tickets are called. {@code capacity} is what this node's
     * lane takes per second ({@link Lanes#capacity}); the room adds up the nodes' figures for its
     * pace and its called-and-not-back window ({@code window-seconds} of it, at least
     * {@code min-window}). {@code front}: the lane's reserved places for the front of the line when
     * this request holds one, else 0 ({@link WaitingLine#arrive(long, boolean, int, int, long, int)}).
     */
    CompletionStage<Visit> arrive(String room, String line, long ticket, boolean hasRoom, int freePlaces, int front,
                                  double capacity) {
        return arrive(room, line, ticket, hasRoom, freePlaces, front, capacity, -1);
    }

    /**
     * The same under the platform's seat budget ({@link Seats#forRoom}): {@code seats} free seats, or
     * -1 when this start needs none. The room then calls no more tickets than the free seats less the
     * called ones not back yet, lets a newcomer straight in only past those, and lets a called ticket
     * in only while a seat is free (else it keeps its place, called). On this node's own line (Redis
     * slow or away) nobody goes in while the seats say none is free (they come from the last count then).
     */
    CompletionStage<Visit> arrive(String room, String line, long ticket, boolean hasRoom, int freePlaces, int front,
                                  double capacity, long seats) {
        long now = clock.millis();
        int calls = Math.max(1, Math.min(1_000, freePlaces));
        String[] keys = keys(room);
        String[] args = {String.valueOf(REDIS_LINE.equals(line) ? ticket : 0), hasRoom ? "1" : "0",
                String.valueOf(Math.max(1, roomTtl.toSeconds())), String.valueOf(now),
                String.valueOf(callGrace.toMillis()), String.valueOf(minWindow),
                String.format(Locale.ROOT, "%.3f", windowSeconds), nodeLine,
                String.format(Locale.ROOT, "%.3f", Math.max(0, capacity)), String.valueOf(calls),
                String.valueOf(WaitingLine.ORDER_GRACE_MS), String.valueOf(Math.max(0, front)),
                String.valueOf(seats < 0 ? -1 : seats), String.valueOf(Pace.GONE_AFTER_MS),
                String.valueOf(WaitingLine.MAX_PASSED_OVER)};
        CompletableFuture<List<Object>> answer = Redis.script(commands, SCRIPT, digest, ScriptOutputType.MULTI, keys, args);
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(r -> new Visit(new WaitingLine.Turn(number(r, 0) == 1, number(r, 1), number(r, 2), number(r, 3), number(r, 7),
                        number(r, 8) == 1),
                        REDIS_LINE, Double.parseDouble(String.valueOf(r.get(4))), number(r, 5), number(r, 6)))
                .exceptionally(e -> {
                    degradation.record(RedisDegradation.WAITING_ROOM, e);
                    int window = Pace.window(capacity, windowSeconds, minWindow);
                    WaitingLine line1 = local.computeIfAbsent(room, r -> new WaitingLine(callGrace.toMillis()));
                    // the seats still hold (the last count, SeatLedger): none free, nobody goes in on this line either
                    boolean seated = seats != 0;
                    int callable = seats > 0 ? (int) Math.min(calls, seats) : calls;
                    WaitingLine.Turn turn = line1.arrive(nodeLine.equals(line) ? ticket : 0, hasRoom && seated, callable,
                            seated ? front : 0, clock.millis(), window);
                    return new Visit(turn, nodeLine, capacity, line1.pending(), window);
                });
    }

    /** Every key of a room, in the order the script reads them. */
    static String[] keys(String room) {
        return new String[] {key(room, "issued"), key(room, "serving"), key(room, "called"), key(room, "capacity"),
                key(room, "pace"), key(room, "seen")};
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
