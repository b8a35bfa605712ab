package vn.dongnai.contest.system;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's one way to Redis, whichever shape it runs as: standalone or Sentinel ({@code redis.uri},
 * a {@link RedisClient} from micronaut-redis) or a Cluster ({@code redis.uris}, a
 * {@link RedisClusterClient}). Features use the command interfaces both connections share, so a key
 * is routed to its slot's master by Lettuce, and after a Sentinel failover the reconnect asks the
 * Sentinels for the new master.
 */
@Singleton
public final class Redis {

    private static final Pattern RUN_ID = Pattern.compile("run_id:([0-9a-f]+)");

    private final @Nullable RedisClient client;
    private final @Nullable RedisClusterClient cluster;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterCommands<String, String> commands;
    private final RedisClusterAsyncCommands<String, String> asyncCommands;
    private final Duration timeout;

    Redis(@Nullable RedisClient client, @Nullable RedisClusterClient cluster,
          @Value("${redis.timeout:2s}") Duration timeout) {
        if (client == null && cluster == null) {
            throw new IllegalStateException("No Redis configured: set REDIS_URI (standalone or redis-sentinel://) or REDIS_URIS (Cluster seed nodes)");
        }
        this.client = cluster == null ? client : null;
        this.cluster = cluster;
        this.timeout = timeout;
        if (cluster != null) {
            cluster.setDefaultTimeout(timeout);
            cluster.setOptions(ClusterClientOptions.builder()
                    .autoReconnect(true)
                    // While a slot's master is away, its commands fail at once instead of queuing until a
                    // timeout: a submission never waits on a board, the outbox catches it up afterwards.
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    // A promoted replica or a moved slot is learnt from MOVED/ASK answers and a periodic look.
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enablePeriodicRefresh(Duration.ofSeconds(10))
                            .enableAllAdaptiveRefreshTriggers()
                            .build())
                    .build());
            StatefulRedisClusterConnection<String, String> c = cluster.connect();
            this.connection = c;
            this.commands = c.sync();
            this.asyncCommands = c.async();
        } else {
            client.setDefaultTimeout(timeout);
            client.setOptions(ClientOptions.builder()
                    .autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
            StatefulRedisConnection<String, String> c = client.connect();
            this.connection = c;
            this.commands = c.sync();
            this.asyncCommands = c.async();
        }
        // micronaut-redis builds the client from the URI string, which drops redis.timeout: without
        // this, a command to a Redis that stopped answering waits Lettuce's default of 60 s
        connection.setTimeout(timeout);
    }

    /** Outside a context (benchmarks, tools): a standalone or Sentinel client. */
    public static Redis of(RedisClient client) {
        return new Redis(client, null, Duration.ofSeconds(2));
    }

    /** Outside a context (benchmarks, tools): a Cluster client. */
    public static Redis of(RedisClusterClient cluster) {
        return new Redis(null, cluster, Duration.ofSeconds(2));
    }

    /** Synchronous commands on the shared connection (thread-safe, multiplexed). */
    public RedisClusterCommands<String, String> sync() {
        return commands;
    }

    /**
     * Asynchronous commands on the shared connection: many sent back to back go out together
     * (pipelined) without a connection of their own.
     */
    public RedisClusterAsyncCommands<String, String> async() {
        return asyncCommands;
    }

    /** How long a command may wait for its answer ({@code redis.timeout}): async callers bound their futures by it too. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * A Lua script run by its digest ({@code commands.digest(script)}, kept by the caller), sent in
     * full only when the Redis node answering has not seen it — a restart, a promoted replica, another
     * Cluster master: EVAL then runs it there and leaves it cached. Never throws: a failure is the
     * future's.
     */
    @SuppressWarnings("unchecked")
    public static <T> CompletableFuture<T> script(RedisClusterAsyncCommands<String, String> commands, String script,
                                                  String digest, ScriptOutputType output, String[] keys, String... args) {
        try {
            return commands.<T>evalsha(digest, output, keys, args).toCompletableFuture().exceptionallyCompose(e -> {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                return cause instanceof RedisNoScriptException
                        ? commands.<T>eval(script, output, keys, args).toCompletableFuture()
                        : CompletableFuture.failedFuture(cause);
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public boolean isCluster() {
        return cluster != null;
    }

    /** A new connection with its own codec, for a caller that needs raw bytes (Bucket4j) or its own pipeline. */
    public <K, V> StatefulConnection<K, V> connect(RedisCodec<K, V> codec) {
        return cluster != null ? cluster.connect(codec) : client.connect(codec);
    }

    /** A new connection whose commands are flushed by the caller: bulk writes in one pipeline. */
    public Pipeline pipeline() {
        StatefulConnection<String, String> c = cluster != null ? cluster.connect() : client.connect();
        c.setAutoFlushCommands(false);
        // bulk work (a board rebuilt from MySQL) on its own connection: thousands of commands sent at
        // once are answered in turn, which on a busy Redis can take longer than a request may wait
        c.setTimeout(BULK_TIMEOUT);
        return new Pipeline(c, c instanceof StatefulRedisClusterConnection<String, String> cc ? cc.async()
                : ((StatefulRedisConnection<String, String>) c).async());
    }

    private static final Duration BULK_TIMEOUT = Duration.ofSeconds(30);

    public record Pipeline(StatefulConnection<String, String> connection,
                           RedisClusterAsyncCommands<String, String> async) implements AutoCloseable {
        public void flush() {
            connection.flushCommands();
        }

        @Override
        public void close() {
            connection.close();
        }
    }

    /** Messages (ended sessions) reach every node: in a Cluster, PUBLISH is broadcast to all of it. */
    public StatefulRedisPubSubConnection<String, String> connectPubSub() {
        return cluster != null ? cluster.connectPubSub() : client.connectPubSub();
    }

    /**
     * Which server processes hold the data now: the run ids of the masters, sorted. It changes when a
     * master restarts or a replica takes over — both may lose the last writes that were acknowledged
     * but not yet replicated or saved, so whoever keeps a projection in Redis rebuilds it then.
     */
    public String masters() {
        List<String> ids = new ArrayList<>();
        if (cluster != null) {
            StatefulRedisClusterConnection<String, String> c = (StatefulRedisClusterConnection<String, String>) connection;
            for (RedisClusterNode node : c.getPartitions()) {
                if (node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.getSlots().isEmpty()) {
                    ids.add(runId(c.getConnection(node.getNodeId()).sync().info("server")));
                }
            }
        } else {
            ids.add(runId(commands.info("server")));
        }
        ids.sort(null);
        return String.join(",", ids);
    }

    private static String runId(String info) {
        Matcher m = RUN_ID.matcher(info);
        return m.find() ? m.group(1) : "";
    }

    @PreDestroy
    void close() {
        connection.close();
    }
}
