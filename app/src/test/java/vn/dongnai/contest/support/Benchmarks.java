package vn.dongnai.contest.support;

import io.micronaut.context.ApplicationContext;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.system.Sql;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
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
        return start(jdbcUrl, redisUri, keep, true);
    }

    /** As {@link #start(String, String, boolean)}; with {@code recreate} false an existing database is used as it is. */
    public static Platform start(String jdbcUrl, String redisUri, boolean keep, boolean recreate) throws SQLException {
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/'));
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        if (recreate) {
            execute(server, "DROP DATABASE IF EXISTS `" + database + "`");
            execute(server, "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        ApplicationContext context = ApplicationContext.builder().environments("test").properties(Map.of(
                "datasources.default.url", jdbcUrl + OPTIONS,
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "redis.uri", redisUri,
                "contest.rounds.auto-close-interval", "1h")).start();
        return new Platform(server, database, keep, context);
    }

    /** The URL's server part and database options, for a benchmark's own JDBC connection. */
    public static String options() {
        return OPTIONS;
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

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu", "Quốc", "Kim"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hạnh", "Hương", "Khánh", "Linh", "Nam",
            "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Yến", "Ánh", "Đạt", "Ngọc Ánh", "Thùy Dương"};

    /** One seeded contestant: the account, its number in the run, the full name. */
    public record Contestant(long accountId, int index, String name) {
    }

    /**
     * Contestants {@code from} (inclusive) to {@code to}, registered as the platform registers them (encrypted
     * citizen ID and phone, a public display name), with random Vietnamese names and the unit {@code unitOf} gives.
     */
    public static List<Contestant> contestants(Sql sql, PersonalData personalData, int from, int to, Random random,
                                               Instant now, IntFunction<String> unitOf) {
        String tag = "bench-" + from;
        List<Object[]> accounts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            names.add(name);
            accounts.add(new Object[]{name, tag, now});
        }
        sql.batch("INSERT INTO account (full_name, password_hash, roles, enabled, created_at) VALUES (?, ?, 'CONTESTANT', TRUE, ?)",
                accounts);
        List<Long> ids = sql.list("SELECT id FROM account WHERE password_hash = ? ORDER BY id", rs -> rs.getLong("id"), tag);
        List<Object[]> participants = new ArrayList<>();
        List<Contestant> seeded = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            int i = from + k;
            String citizenId = "075" + "0" + String.format("%02d", 60 + i % 40) + String.format("%06d", i);
            String phone = "09" + String.format("%08d", i);
            participants.add(new Object[]{ids.get(k), personalData.hash("cid", citizenId), personalData.encrypt(citizenId),
                    personalData.hash("phone", phone), personalData.encrypt(phone), "Phường " + (1 + i % 95),
                    unitOf.apply(i), Masking.displayName(names.get(k)), now});
            seeded.add(new Contestant(ids.get(k), i, names.get(k)));
        }
        sql.batch("""
                INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, birth_date,
                                         commune, unit, participant_group, display_name, consent_version, consent_at)
                VALUES (?, ?, ?, ?, ?, '1990-05-17', ?, ?, 'OFFICIAL', ?, '2025-11-01', ?)""", participants);
        return seeded;
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
