package vn.dongnai.contest.ranking;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: a harness that fills one round's board with a million entries through the real
 * update script, then measures top-10 and my-rank reads. Prints figures; asserts nothing.
 *
 * <pre>
 * ./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=vn.dongnai.contest.ranking.LeaderboardBenchmark \
 *   -Dexec.args="redis://127.0.0.1:6379/9 1000000"
 * </pre>
 */
public final class LeaderboardBenchmark {

    private static final io.lettuce.core.protocol.ProtocolKeyword LATENCY = new io.lettuce.core.protocol.ProtocolKeyword() {
        @Override
        public byte[] getBytes() {
            return "LATENCY".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        @Override
        public String toString() {
            return "LATENCY";
        }
    };

    private LeaderboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args.length > 0 ? args[0] : "redis://127.0.0.1:6379/9";
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int threads = 8;
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            LeaderboardStore store = new LeaderboardStore(vn.dongnai.contest.system.Redis.of(client), JsonMapper.createDefault());
            BoardKeys board = BoardKeys.round(999_999_999L);
            connection.sync().del(board.all());

            Random random = new Random(7);
            long[] scores = new long[entries];
            long[] durations = new long[entries];
            for (int i = 0; i < entries; i++) {
                scores[i] = random.nextInt(21);
                durations[i] = 60_000 + random.nextInt(840_000);
            }
            AtomicLong next = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < entries; i = next.getAndIncrement()) {
                        int s = (int) scores[(int) i];
                        long d = durations[(int) i];
                        store.upsert(board, i + 1, i + 1, new RankingChain.BoardPosition(RankingChain.boardScore(s, d),
                                RankingChain.member(1_763_600_000_000L + i, i + 1)),
                                new BoardLine(i + 1, "Nguyễn V. A.", "Sở Khoa học và Công nghệ", "Phường Trấn Biên", s, d));
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            System.out.printf("entries written: %,d with %d threads in %.1f s → %,.0f updates/s (Lua: ZADD + 3 HSET + group counters)%n",
                    store.size(board), threads, seconds, entries / seconds);

            int reads = 20_000;
            connection.sync().configResetstat();
            long[] top = new long[reads];
            for (int i = 0; i < reads; i++) {
                long t0 = System.nanoTime();
                store.page(board, 0, 10);
                top[i] = System.nanoTime() - t0;
            }
            String topServer = serverSide(connection);
            connection.sync().configResetstat();
            long[] me = new long[reads];
            for (int i = 0; i < reads; i++) {
                long account = 1 + random.nextInt(entries);
                long t0 = System.nanoTime();
                store.me(board, account);
                me[i] = System.nanoTime() - t0;
            }
            String meServer = serverSide(connection);
            report("top-10 page", top);
            System.out.println("  server side (Redis LATENCY HISTOGRAM evalsha): " + topServer);
            report("my rank     ", me);
            System.out.println("  server side (Redis LATENCY HISTOGRAM evalsha): " + meServer);
            connection.sync().del(board.all());
        } finally {
            client.shutdown();
        }
    }

    /** p50 and p99 of the scripts' execution inside Redis, from its power-of-two latency histogram. */
    @SuppressWarnings("unchecked")
    private static String serverSide(StatefulRedisConnection<String, String> connection) {
        List<Object> reply = connection.sync().dispatch(LATENCY,
                new io.lettuce.core.output.NestedMultiOutput<>(io.lettuce.core.codec.StringCodec.UTF8),
                new io.lettuce.core.protocol.CommandArgs<>(io.lettuce.core.codec.StringCodec.UTF8).add("HISTOGRAM").add("evalsha"));
        List<Object> stats = (List<Object>) reply.get(1);
        long calls = (Long) stats.get(1);
        List<Object> buckets = (List<Object>) stats.get(3);
        String p50 = null;
        String p99 = null;
        for (int i = 0; i < buckets.size(); i += 2) {
            long upTo = (Long) buckets.get(i);
            long cumulative = (Long) buckets.get(i + 1);
            if (p50 == null && cumulative >= calls * 0.50) {
                p50 = "≤ " + upTo + " µs";
            }
            if (p99 == null && cumulative >= calls * 0.99) {
                p99 = "≤ " + upTo + " µs";
            }
        }
        return "p50 " + p50 + ", p99 " + p99 + " over " + calls + " calls";
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%s: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%,d reads, round trip measured by the client)%n",
                what, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6,
                nanos.length);
    }
}
