package vn.dongnai.contest.ranking;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.Redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Boards in Redis. Every change to one contestant is a single Lua script, atomic and guarded by
 * a version, so concurrent or replayed updates can neither double-count nor go backwards; reads
 * are one round trip each. Every script touches the keys of one board only, which share a hash tag
 * ({@link BoardKeys}): on a Redis Cluster they live in one slot, so the scripts run there unchanged.
 */
@Singleton
public class LeaderboardStore {

    /** How long a batch of board writes may wait for Redis before the submits behind it are told it failed. */
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
    /** A rebuild's staging keys expire if the rebuild dies halfway. */
    private static final long STAGING_TTL_SECONDS = 3_600;
    /** Set once the boards were built from MySQL; a Redis that restarted empty has lost it. */
    private static final String BUILT = "lb:{meta}:built";

    /** KEYS: order, members, entries, versions, units, communes, groups. ARGV: account, version, score, member, json, unit, commune. */
    private static final String UPSERT = """
            local applied = tonumber(redis.call('HGET', KEYS[4], ARGV[1]) or '-1')
            if tonumber(ARGV[2]) < applied then return 0 end
            redis.call('HSET', KEYS[4], ARGV[1], ARGV[2])
            local old = redis.call('HGET', KEYS[2], ARGV[1])
            if old then
              redis.call('ZREM', KEYS[1], old)
              redis.call('HDEL', KEYS[3], old)
            else
              if ARGV[6] ~= '' then redis.call('HINCRBY', KEYS[5], ARGV[6], 1) end
              redis.call('HINCRBY', KEYS[6], ARGV[7], 1)
              redis.call('HSET', KEYS[7], ARGV[1], ARGV[6] .. '\\t' .. ARGV[7])
            end
            redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
            redis.call('HSET', KEYS[3], ARGV[4], ARGV[5])
            return 1""";

    /** Same KEYS; ARGV: account, version. */
    private static final String REMOVE = """
            local applied = tonumber(redis.call('HGET', KEYS[4], ARGV[1]) or '-1')
            if tonumber(ARGV[2]) < applied then return 0 end
            redis.call('HSET', KEYS[4], ARGV[1], ARGV[2])
            local old = redis.call('HGET', KEYS[2], ARGV[1])
            if not old then return 0 end
            redis.call('ZREM', KEYS[1], old)
            redis.call('HDEL', KEYS[3], old)
            redis.call('HDEL', KEYS[2], ARGV[1])
            local group = redis.call('HGET', KEYS[7], ARGV[1])
            if group then
              local tab = string.find(group, '\\t', 1, true)
              local unit = string.sub(group, 1, tab - 1)
              local commune = string.sub(group, tab + 1)
              if unit ~= '' and redis.call('HINCRBY', KEYS[5], unit, -1) <= 0 then redis.call('HDEL', KEYS[5], unit) end
              if redis.call('HINCRBY', KEYS[6], commune, -1) <= 0 then redis.call('HDEL', KEYS[6], commune) end
              redis.call('HDEL', KEYS[7], ARGV[1])
            end
            return 1""";

    /** KEYS: order, entries. ARGV: start, stop. The page's board lines, in order. */
    private static final String PAGE = """
            local members = redis.call('ZRANGE', KEYS[1], ARGV[1], ARGV[2])
            if #members == 0 then return {} end
            return redis.call('HMGET', KEYS[2], unpack(members))""";

    /** KEYS: order, members, entries. ARGV: account. {0-based rank, line} or nil. */
    private static final String ME = """
            local member = redis.call('HGET', KEYS[2], ARGV[1])
            if not member then return nil end
            return {redis.call('ZRANK', KEYS[1], member), redis.call('HGET', KEYS[3], member)}""";

    /**
     * KEYS: live keys then staging keys, pairwise. Swaps a rebuilt board in at once; the staging
     * keys' expiry (left for a rebuild that died half-way) does not come with them.
     */
    private static final String SWAP = """
            local n = #KEYS / 2
            for i = 1, n do
              if redis.call('EXISTS', KEYS[n + i]) == 1 then
                redis.call('RENAME', KEYS[n + i], KEYS[i])
                redis.call('PERSIST', KEYS[i])
              else
                redis.call('DEL', KEYS[i])
              end
            end
            return n""";

    private final Redis redis;
    private final JsonMapper json;
    private final Map<String, String> shas = new ConcurrentHashMap<>();

    LeaderboardStore(Redis redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public record Row(long rank, BoardLine line) {
    }

    void upsert(BoardKeys board, long accountId, long version, RankingChain.BoardPosition position, BoardLine line) {
        write(List.of(upsertOf(board, accountId, version, position, line)));
    }

    void remove(BoardKeys board, long accountId, long version) {
        write(List.of(Change.remove(board, accountId, version)));
    }

    /** One contestant's change on one board: its line where it now sits, or its removal. */
    record Change(BoardKeys board, String script, String[] args) {

        static Change upsert(BoardKeys board, long accountId, long version, RankingChain.BoardPosition position,
                             String json, BoardLine line) {
            return new Change(board, UPSERT, new String[]{String.valueOf(accountId), String.valueOf(version),
                    String.valueOf(position.score()), position.member(), json, line.unit() == null ? "" : line.unit(),
                    line.commune()});
        }

        static Change remove(BoardKeys board, long accountId, long version) {
            return new Change(board, REMOVE, new String[]{String.valueOf(accountId), String.valueOf(version)});
        }
    }

    Change upsertOf(BoardKeys board, long accountId, long version, RankingChain.BoardPosition position, BoardLine line) {
        return Change.upsert(board, accountId, version, position, toJson(line), line);
    }

    /**
     * Many changes sent back to back on the shared connection (one round trip for a batch of
     * submits), each still its own atomic, versioned script.
     */
    void write(List<Change> changes) {
        RedisClusterAsyncCommands<String, String> async = redis.async();
        List<CompletableFuture<Long>> sent = new ArrayList<>(changes.size());
        for (Change c : changes) {
            sent.add(Redis.script(async, c.script(), sha(c.script()), ScriptOutputType.INTEGER, c.board().all(), c.args()));
        }
        for (CompletableFuture<Long> answer : sent) {
            await(answer, WRITE_TIMEOUT, "board write");
        }
    }

    List<Row> page(BoardKeys board, long offset, int limit) {
        List<Object> lines = run(PAGE, ScriptOutputType.MULTI, new String[]{board.order(), board.entries()},
                String.valueOf(offset), String.valueOf(offset + limit - 1));
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new Row(offset + i + 1, fromJson((String) lines.get(i))));
        }
        return rows;
    }

    @Nullable
    Row me(BoardKeys board, long accountId) {
        List<Object> found = run(ME, ScriptOutputType.MULTI, new String[]{board.order(), board.members(), board.entries()}, String.valueOf(accountId));
        // the script's nil comes back from Lettuce as a list holding one null
        if (found == null || found.isEmpty() || found.getFirst() == null) {
            return null;
        }
        return new Row((Long) found.get(0) + 1, fromJson((String) found.get(1)));
    }

    long size(BoardKeys board) {
        return redis.sync().zcard(board.order());
    }

    Map<String, Long> units(BoardKeys board) {
        return counts(redis.sync().hgetall(board.units()));
    }

    Map<String, Long> communes(BoardKeys board) {
        return counts(redis.sync().hgetall(board.communes()));
    }

    /** One entry of a rebuild: where it sits and what the board shows. */
    record Placed(RankingChain.BoardPosition position, BoardLine line) {
    }

    /**
     * Writes a whole board into staging keys over a dedicated pipelined connection, then swaps it
     * in with one script, so readers never see half a board.
     */
    void replace(BoardKeys board, List<Placed> placed, long version) {
        BoardKeys staging = board.staging(UUID.randomUUID().toString());
        try (Redis.Pipeline bulk = redis.pipeline()) {
            RedisClusterAsyncCommands<String, String> async = bulk.async();
            List<RedisFuture<?>> pending = new ArrayList<>();
            Map<String, Long> units = new HashMap<>();
            Map<String, Long> communes = new HashMap<>();
            for (Placed p : placed) {
                String account = String.valueOf(p.line().accountId());
                String member = p.position().member();
                pending.add(async.zadd(staging.order(), p.position().score(), member));
                pending.add(async.hset(staging.members(), account, member));
                pending.add(async.hset(staging.entries(), member, toJson(p.line())));
                pending.add(async.hset(staging.versions(), account, String.valueOf(version)));
                String unit = p.line().unit() == null ? "" : p.line().unit();
                pending.add(async.hset(staging.groups(), account, unit + "\t" + p.line().commune()));
                if (!unit.isEmpty()) {
                    units.merge(unit, 1L, Long::sum);
                }
                communes.merge(p.line().commune(), 1L, Long::sum);
                if (pending.size() >= 5_000) {
                    expireStaging(async, staging, pending);
                    flush(bulk, pending);
                }
            }
            units.forEach((unit, n) -> pending.add(async.hset(staging.units(), unit, String.valueOf(n))));
            communes.forEach((commune, n) -> pending.add(async.hset(staging.communes(), commune, String.valueOf(n))));
            expireStaging(async, staging, pending);
            flush(bulk, pending);
        }
        String[] keys = new String[14];
        System.arraycopy(board.all(), 0, keys, 0, 7);
        System.arraycopy(staging.all(), 0, keys, 7, 7);
        run(SWAP, ScriptOutputType.INTEGER, keys);
    }

    /** A rebuild that dies half-way (a node stopped, Redis away) leaves nothing behind for long. */
    private static void expireStaging(RedisClusterAsyncCommands<String, String> async, BoardKeys staging,
                                      List<RedisFuture<?>> pending) {
        for (String key : staging.all()) {
            pending.add(async.expire(key, STAGING_TTL_SECONDS));
        }
    }

    /** The masters holding the boards now ({@link Redis#masters}). */
    String masters() {
        return redis.masters();
    }

    boolean isBuilt() {
        return redis.sync().exists(BUILT) == 1;
    }

    void markBuilt() {
        redis.sync().set(BUILT, "1");
    }

    private static void flush(Redis.Pipeline bulk, List<RedisFuture<?>> pending) {
        bulk.flush();
        for (RedisFuture<?> future : pending) {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("leaderboard rebuild failed: " + e.getMessage(), e);
            }
        }
        pending.clear();
    }

    private <T> T run(String script, ScriptOutputType output, String[] keys, String... args) {
        return await(Redis.script(redis.async(), script, sha(script), output, keys, args), redis.timeout(), "board read");
    }

    /** A script's answer, or the Redis failure a synchronous command would have thrown. */
    private static <T> T await(CompletableFuture<T> answer, Duration timeout, String what) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RedisException redisFailure ? redisFailure : new RedisException(e.getCause());
        } catch (TimeoutException e) {
            throw new RedisCommandTimeoutException(what + " not answered in " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisException(e);
        }
    }

    private String sha(String script) {
        return shas.computeIfAbsent(script, redis.sync()::digest);
    }

    private String toJson(BoardLine line) {
        try {
            return json.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BoardLine fromJson(String text) {
        try {
            return json.readValue(text, BoardLine.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> counts(Map<String, String> raw) {
        Map<String, Long> counts = new LinkedHashMap<>();
        raw.forEach((k, v) -> counts.put(k, Long.parseLong(v)));
        return counts;
    }
}
