package vn.dongnai.contest.account;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.dongnai.contest.system.Redis;
import vn.dongnai.contest.system.RedisDegradation;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.security.token.Claims;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Not a test: what the "sessions valid after" check costs a request, on its two paths — the
 * node's cache holds the account (most requests), or it asks Redis (an account's first request in
 * a node-cache period). Prints figures; asserts nothing.
 *
 * <pre>
 * ./mvnw -q -pl app -am process-test-classes -DskipUiBuild=true     # writes app/target/test-runtime.classpath
 * $JAVA_HOME/bin/java -cp app/target/test-classes:app/target/classes:$(cat app/target/test-runtime.classpath) \
 *   vn.dongnai.contest.account.SessionCheckBenchmark redis://127.0.0.1:6379/9 20000
 * </pre>
 */
public final class SessionCheckBenchmark {

    private SessionCheckBenchmark() {
    }

    public static void main(String[] args) {
        String uri = args.length > 0 ? args[0] : "redis://127.0.0.1:6379/9";
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            for (int i = 1; i <= accounts; i++) {
                redis.async().set("session-valid-after:" + i, "1700000000000");
            }
            redis.sync().ping();
            long now = System.currentTimeMillis();
            Redis shared = Redis.of(client);
            RedisDegradation degradation = new RedisDegradation(new SimpleMeterRegistry(), Clock.systemUTC());
            // Redis answers every lookup (the key is set), so MySQL is never asked
            SessionValidity nodeCached = new SessionValidity(() -> {
                throw new IllegalStateException("MySQL is not part of this measure");
            }, shared, degradation, Clock.systemUTC(), Duration.ofSeconds(10), Runnable::run);
            SessionValidity uncached = new SessionValidity(() -> {
                throw new IllegalStateException("MySQL is not part of this measure");
            }, shared, degradation, Clock.systemUTC(), Duration.ofNanos(1), Runnable::run);
            for (int round = 0; round < 3; round++) {
                report("node cache hit", measure(nodeCached, accounts, now, 10));
                report("Redis lookup (cache expired)", measure(uncached, accounts, now, 1));
            }
        } finally {
            client.shutdown();
        }
    }

    private static long[] measure(SessionValidity check, int accounts, long issuedAt, int passes) {
        long[] nanos = new long[accounts * passes];
        int n = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 1; i <= accounts; i++) {
                Claims claims = claims(i, issuedAt);
                long start = System.nanoTime();
                if (!check.validate(claims)) {
                    throw new IllegalStateException("a valid session was refused");
                }
                nanos[n++] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static void report(String path, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-30s %8d checks  p50 %7.1f µs  p99 %7.1f µs  mean %7.1f µs%n", path, sorted.length,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0,
                Arrays.stream(sorted).average().orElse(0) / 1000.0);
    }

    private static Claims claims(long accountId, long issuedAt) {
        Map<String, Object> values = Map.of(Claims.SUBJECT, String.valueOf(accountId), SessionValidity.ISSUED_AT_MILLIS, issuedAt);
        return new Claims() {
            @Override
            public Object get(String name) {
                return values.get(name);
            }

            @Override
            public Set<String> names() {
                return values.keySet();
            }

            @Override
            public boolean contains(String name) {
                return values.containsKey(name);
            }
        };
    }
}
