package vn.dongnai.contest.award;

import vn.dongnai.contest.export.TableWriter;
import vn.dongnai.contest.export.ExportFormat;
import io.micronaut.context.ApplicationContext;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.support.Benchmarks;
import vn.dongnai.contest.system.Sql;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Not a test: fills a throw-away database with one closed round of N ranked entries (real
 * encrypted personal data, Vietnamese names), then exports the full ranking to .xlsx the way the
 * download does — rows streamed from MySQL, decrypted and masked, written by fastexcel — and
 * prints wall time and heap. Run it with {@code -Xmx256m}; the figures go in docs/performance.md.
 *
 * <pre>
 * java -Xmx256m -cp … vn.dongnai.contest.award.AwardExportBenchmark \
 *   jdbc:mysql://127.0.0.1:3306/contest_h_awd_bench redis://127.0.0.1:6379/10 200000
 * </pre>
 * The database named in the URL is dropped and created again, and dropped at the end; a fourth
 * argument {@code keep} keeps it, and a later run with {@code keep} reuses it instead of seeding.
 */
public final class AwardExportBenchmark {

    private AwardExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306/contest_h_awd_bench";
        String redisUri = args.length > 1 ? args[1] : "redis://127.0.0.1:6379/10";
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        boolean keep = args.length > 3 && args[3].equals("keep");
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/'));
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        boolean reuse = keep && seeded(server, database, Benchmarks.options(), entries);
        try (Benchmarks.Platform platform = Benchmarks.start(jdbcUrl, redisUri, keep, !reuse)) {
            ApplicationContext context = platform.context;
            long roundId = reuse ? context.getBean(Sql.class).one("SELECT round_id FROM ranking_snapshot",
                    rs -> rs.getLong("round_id")).orElseThrow() : seed(context, entries);
            measure(context, roundId, entries, "first export in this JVM (code not yet compiled by the JIT)");
            measure(context, roundId, entries, "second export (warm, as on a running server)");
        }
    }

    /** With "keep", a database seeded by an earlier run with as many entries is used again. */
    private static boolean seeded(String server, String database, String options, int entries) {
        try (Connection connection = DriverManager.getConnection(server + "/" + database + options, "root", "");
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT entry_count FROM ranking_snapshot")) {
            return rs.next() && rs.getInt("entry_count") == entries;
        } catch (Exception e) {
            return false;
        }
    }

    /** One closed round of {@code entries} ranked entries; returns its id. */
    private static long seed(ApplicationContext context, int entries) {
        Sql sql = context.getBean(Sql.class);
        PersonalData personalData = context.getBean(PersonalData.class);
        Instant now = Instant.now();
        long started = System.nanoTime();
        long bankId = sql.insert("INSERT INTO bank (name, created_at) VALUES ('Ngân hàng đo hiệu năng', ?)", now);
        long contestId = sql.insert("""
                INSERT INTO contest (slug, name, organizer, bank_id, status, created_at, updated_at)
                VALUES ('bench', 'Tìm hiểu về Chuyển đổi số và Cải cách hành chính', 'UBND tỉnh Đồng Nai', ?, 'PUBLISHED', ?, ?)""",
                bankId, now, now);
        long roundId = sql.insert("""
                INSERT INTO contest_round (contest_id, seq, name, opens_at, closes_at, question_count, time_limit_seconds,
                                           attempts_allowed, counting_rule, grace_seconds, points_per_question, prediction_kind,
                                           status, created_at, updated_at)
                VALUES (?, 1, 'Đợt 1', ?, ?, 20, 900, 1, 'BEST', 5, 1, 'PARTICIPANTS', 'CLOSED', ?, ?)""",
                contestId, now.minusSeconds(86_400 * 7), now.minusSeconds(3600), now, now);
        Random random = new Random(2025);
        long firstSubmission = now.minusSeconds(86_400 * 7).toEpochMilli();
        int batch = 5000;
        int seq = 0;
        for (int from = 0; from < entries; from += batch) {
            int to = Math.min(entries, from + batch);
            List<Object[]> ranked = new ArrayList<>();
            for (Benchmarks.Contestant c : Benchmarks.contestants(sql, personalData, from, to, random, now,
                    i -> "Đơn vị số " + (1 + i % 50))) {
                seq++;
                // ranked in order: scores fall every 10,000 places, durations rise within them
                ranked.add(new Object[]{roundId, seq, c.accountId(), c.accountId(), 20 - seq / 10_000, 20 - seq / 10_000, 20,
                        (long) random.nextInt(500_000), (long) random.nextInt(1000), 60_000L + seq % 10_000 * 60L,
                        Instant.ofEpochMilli(firstSubmission + random.nextInt(86_400_000))});
            }
            sql.batch("""
                    INSERT INTO ranked_entry (round_id, rank_no, account_id, attempt_id, score, correct_count, question_count,
                                              prediction, prediction_error, duration_ms, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ranked);
        }
        sql.update("""
                INSERT INTO ranking_snapshot (round_id, computed_at, prediction_actual, entry_count, content_hash, closed_by)
                VALUES (?, ?, ?, ?, ?, NULL)""", roundId, now, (long) entries, entries, "0".repeat(64));
        System.out.printf("seeded %,d ranked entries in %.1f s%n", entries, (System.nanoTime() - started) / 1e9);
        return roundId;
    }

    private static void measure(ApplicationContext context, long roundId, int entries, String label) throws Exception {
        AwardExports exports = context.getBean(AwardExports.class);
        Map<Long, String> prizes = new HashMap<>();
        context.getBean(Sql.class).list("SELECT account_id FROM ranked_entry WHERE round_id = ? AND rank_no <= 100",
                rs -> prizes.put(rs.getLong("account_id"), "Giải Khuyến khích"), roundId);
        Path file = Files.createTempFile("ranking-", ".xlsx");
        Benchmarks.Watch watch = Benchmarks.watch();
        long written;
        Counting counting = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024));
        try (TableWriter table = ExportFormat.XLSX.open("Xếp hạng", counting)) {
            written = exports.writeRanking(roundId, prizes, false, table);
            table.finish(List.<String[]>of(new String[]{"Nội dung", "Đo hiệu năng"}));
        }
        Benchmarks.Figures figures = watch.stop();
        double seconds = figures.seconds();
        long readBack;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            readBack = rows.count();
        }
        Files.delete(file);
        System.out.printf("%n%s: %,d ranked entries to .xlsx (masked citizen ID and phone, decrypted per row)%n", label, written);
        System.out.printf("  wall time                     %.2f s (%,.0f rows/s)%n", seconds, written / seconds);
        System.out.printf("  CPU: exporting thread         %.2f s; whole JVM %.2f s (GC and JIT included)%n",
                figures.threadCpuSeconds(), figures.processCpuSeconds());
        System.out.printf("  file size                     %.1f MB; rows read back %,d (header + %,d)%n",
                counting.bytes / 1e6, readBack, readBack - 1);
        figures.printHeap();
        if (written != entries) {
            throw new IllegalStateException("exported " + written + " of " + entries);
        }
    }

    private static final class Counting extends FilterOutputStream {
        long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }
}
