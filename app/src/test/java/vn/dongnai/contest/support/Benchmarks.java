package vn.dongnai.contest.support;

import io.micronaut.context.ApplicationContext;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the benchmarks ({@code *Benchmark}, run by hand with {@code main}) share: a platform on a
 * database of its own, created empty and dropped afterwards, and a watch on the heap, the GC and the
 * CPU while the measured work runs.
 */
public final class Benchmarks {

    private static final String OPTIONS =
            "?connectionTimeZone=UTC&rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true";

    private Benchmarks() {
    }

    /** The application on a fresh database (dropped at close unless {@code keep}), with the tests' settings. */
    public static final class Platform implements AutoCloseable {
        private final String server;
        private final String database;
        private final boolean keep;
        public final ApplicationContext context;

        private Platform(String server, String database, boolean keep, ApplicationContext context) {
            this.server = server;
            this.database = database;
            this.keep = keep;
            this.context = context;
        }

        @Override
        public void close() throws SQLException {
            try {
                context.close();
            } finally {
                if (!keep) {
                    execute(server, "DROP DATABASE IF EXISTS `" + database + "`");
                }
            }
        }
    }

    public static Platform start(String jdbcUrl, String redisUri, boolean keep) throws SQLException {
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/'));
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        execute(server, "DROP DATABASE IF EXISTS `" + database + "`");
        execute(server, "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        ApplicationContext context = ApplicationContext.builder().environments("test").properties(Map.of(
                "datasources.default.url", jdbcUrl + OPTIONS,
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "redis.uri", redisUri,
                "contest.rounds.auto-close-interval", "1h")).start();
        return new Platform(server, database, keep, context);
    }

    private static void execute(String server, String statementText) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "/" + OPTIONS, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        }
    }

    /** Heap, GC and CPU from {@link #watch()} to {@link #stop()}: the heap sampled every 2 ms. */
    public static final class Watch {
        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final AtomicLong maxUsed = new AtomicLong();
        private final long baseline;
        private final long gcCountBefore = gcCount();
        private final long gcTimeBefore = gcTime();
        private final double loadBefore;
        private final long processCpuBefore;
        private final long threadCpuBefore;
        private final long started;
        private final Thread sampler;

        private Watch() {
            System.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            loadBefore = os.getSystemLoadAverage();
            processCpuBefore = os.getProcessCpuTime();
            threadCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            started = System.nanoTime();
        }

        /** Stops the watch (on the thread that started it, for the thread's CPU) and gives its figures. */
        public Figures stop() throws InterruptedException {
            double seconds = (System.nanoTime() - started) / 1e9;
            double threadCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuBefore) / 1e9;
            double processCpu = (os.getProcessCpuTime() - processCpuBefore) / 1e9;
            sampler.interrupt();
            sampler.join();
            long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Figures(seconds, threadCpu, processCpu, loadBefore, os.getSystemLoadAverage(),
                    os.getAvailableProcessors(), Runtime.getRuntime().maxMemory(), baseline, maxUsed.get(), poolPeaks,
                    gcCount() - gcCountBefore, gcTime() - gcTimeBefore);
        }
    }

    public record Figures(double seconds, double threadCpuSeconds, double processCpuSeconds, double loadBefore,
                          double loadAfter, int cores, long heapMax, long heapBefore, long heapMaxSampled,
                          long heapPoolPeaks, long gcCollections, long gcMillis) {

        /** The heap and GC lines every benchmark prints. */
        public void printHeap() {
            System.out.printf("  machine load average          %.1f before, %.1f after (%d cores)%n", loadBefore, loadAfter, cores);
            System.out.printf("  heap max (-Xmx)               %d MB%n", heapMax >> 20);
            System.out.printf("  heap used before              %d MB (application context)%n", heapBefore >> 20);
            System.out.printf("  heap used, max sampled (2 ms) %d MB%n", heapMaxSampled >> 20);
            System.out.printf("  heap pools' peaks, summed     %d MB (upper bound)%n", heapPoolPeaks >> 20);
            System.out.printf("  GC                            %d collections, %d ms%n", gcCollections, gcMillis);
        }
    }

    public static Watch watch() {
        return new Watch();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
