package vn.dongnai.contest.report;

import io.micronaut.context.ApplicationContext;
import vn.dongnai.contest.export.XlsxStream;
import vn.dongnai.contest.support.Benchmarks;
import vn.dongnai.contest.system.Sql;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Not a test: fills a throw-away database with one contest of two rounds and N entries (each with
 * its 20 shown questions and answers, 60 units and 95 communes in the catalog, over 14 days), then
 * builds the final report the way the downloads do — the figures from MySQL, the .xlsx workbook
 * and the Word document — and prints wall time and heap. The files are left in the directory
 * given as fourth argument, to be looked at.
 *
 * <pre>
 * java -Xmx256m -cp … vn.dongnai.contest.report.ReportBenchmark \
 *   jdbc:mysql://127.0.0.1:3306/contest_h5_report_bench redis://127.0.0.1:6379/5 100000 /tmp/report
 * </pre>
 * The database named in the URL is dropped and created again, and dropped at the end unless a fifth
 * argument {@code keep} asks to leave it for timing single queries.
 */
public final class ReportBenchmark {

    private static final String[] GROUPS = {"OFFICIAL", "UNION_MEMBER", "STUDENT", "RESIDENT"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306/contest_h5_report_bench";
        String redisUri = args.length > 1 ? args[1] : "redis://127.0.0.1:6379/5";
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path out = Path.of(args.length > 3 ? args[3] : "target/report-benchmark");
        // "keep" as fifth argument leaves the database in place, to time single queries against it
        boolean keep = args.length > 4 && "keep".equals(args[4]);
        Files.createDirectories(out);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try (Benchmarks.Platform platform = Benchmarks.start(jdbcUrl, redisUri, keep)) {
            ApplicationContext context = platform.context;
            long contestId = seed(context.getBean(Sql.class), entries);
            ReportQuery query = context.getBean(ReportQuery.class);
            for (String label : List.of("first report in this JVM (code not yet compiled by the JIT)",
                    "second report (warm, as on a running server)")) {
                Benchmarks.Watch watch = Benchmarks.watch();
                long t0 = System.nanoTime();
                ReportFigures figures = query.figures(contestId, null);
                long t1 = System.nanoTime();
                Path xlsx = out.resolve("bao-cao-tong-ket.xlsx");
                try (InputStream in = XlsxStream.startBook("report", book -> ReportWorkbook.write(figures, book),
                        ReportWorkbook.about(figures), executor)) {
                    Files.copy(in, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                long t2 = System.nanoTime();
                Path docx = out.resolve("bao-cao-tong-ket.docx");
                try (OutputStream o = Files.newOutputStream(docx)) {
                    ReportDocument.write(figures, o);
                }
                long t3 = System.nanoTime();
                Benchmarks.Figures heap = watch.stop();
                System.out.printf("%n%s: %,d entries, %,d participants, %,d units, %,d days%n", label,
                        figures.totals().attemptsStarted(), figures.totals().participants(), figures.units().size(),
                        figures.days().size());
                System.out.printf("  figures from MySQL   %.2f s%n", (t1 - t0) / 1e9);
                System.out.printf("  .xlsx workbook       %.2f s (%,d KB)%n", (t2 - t1) / 1e9, Files.size(xlsx) / 1024);
                System.out.printf("  .docx with charts    %.2f s (%,d KB)%n", (t3 - t2) / 1e9, Files.size(docx) / 1024);
                System.out.printf("  heap max (-Xmx)      %d MB; used before %d MB; max sampled %d MB%n",
                        heap.heapMax() >> 20, heap.heapBefore() >> 20, heap.heapMaxSampled() >> 20);
            }
        } finally {
            executor.shutdown();
        }
    }

    /** Two closed rounds over 14 days, 20 questions each, {@code entries} attempts split between them. */
    private static long seed(Sql sql, int entries) {
        long started = System.nanoTime();
        Instant t0 = Instant.parse("2025-11-03T01:00:00Z");
        long bankId = sql.insert("INSERT INTO bank (name, created_at) VALUES ('Ngân hàng đo hiệu năng', ?)", t0);
        long topicId = sql.insert("INSERT INTO topic (bank_id, name) VALUES (?, 'Chuyển đổi số')", bankId);
        List<Long> versions = new ArrayList<>();
        for (int q = 0; q < 40; q++) {
            long qid = sql.insert("""
                    INSERT INTO question (bank_id, code, topic_id, difficulty, current_version, status, created_at, updated_at)
                    VALUES (?, ?, ?, 'MEDIUM', 1, 'ACTIVE', ?, ?)""", bankId, "CDS-%03d".formatted(q + 1), topicId, t0, t0);
            versions.add(sql.insert("INSERT INTO question_version (question_id, version_no, text, created_at) VALUES (?, 1, ?, ?)",
                    qid, "Câu hỏi số " + (q + 1) + " về chuyển đổi số và cải cách hành chính?", t0));
        }
        long contestId = sql.insert("""
                INSERT INTO contest (slug, name, organizer, bank_id, status, created_at, updated_at)
                VALUES ('bench', 'Tìm hiểu về Chuyển đổi số và Cải cách hành chính', 'UBND tỉnh Đồng Nai', ?, 'PUBLISHED', ?, ?)""",
                bankId, t0, t0);
        long[] rounds = new long[2];
        for (int r = 0; r < 2; r++) {
            rounds[r] = sql.insert("""
                    INSERT INTO contest_round (contest_id, seq, name, opens_at, closes_at, question_count, time_limit_seconds,
                                               attempts_allowed, counting_rule, grace_seconds, points_per_question, prediction_kind,
                                               status, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 20, 900, 1, 'BEST', 5, 1, 'NONE', 'CLOSED', ?, ?)""",
                    contestId, r + 1, "Đợt " + (r + 1), t0.plusSeconds(86_400L * 7 * r), t0.plusSeconds(86_400L * 7 * (r + 1)),
                    t0, t0);
        }
        List<Object[]> units = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            units.add(new Object[]{"Đơn vị số " + (u + 1), 2000 + u * 50});
        }
        sql.batch("INSERT INTO unit (name, kind, headcount, active) VALUES (?, 'SO_NGANH', ?, TRUE)", units);
        List<Object[]> communes = new ArrayList<>();
        for (int c = 0; c < 95; c++) {
            communes.add(new Object[]{"Phường " + (c + 1), 5000 + c * 100});
        }
        sql.batch("INSERT INTO commune (name, kind, headcount, active) VALUES (?, 'PHUONG', ?, TRUE)", communes);
        Random random = new Random(2025);
        int batch = 2000;
        for (int from = 0; from < entries; from += batch) {
            int to = Math.min(entries, from + batch);
            String tag = "bench-" + from;
            List<Object[]> accounts = new ArrayList<>();
            for (int i = from; i < to; i++) {
                accounts.add(new Object[]{"Người dự thi " + i, tag, t0});
            }
            sql.batch("INSERT INTO account (full_name, password_hash, roles, enabled, created_at) VALUES (?, ?, 'CONTESTANT', TRUE, ?)",
                    accounts);
            List<Long> ids = sql.list("SELECT id FROM account WHERE password_hash = ? ORDER BY id", rs -> rs.getLong("id"), tag);
            List<Object[]> participants = new ArrayList<>();
            List<Object[]> attempts = new ArrayList<>();
            for (int k = 0; k < ids.size(); k++) {
                int i = from + k;
                int round = i % 2;
                Instant registered = t0.plusSeconds(86_400L * 7 * round + random.nextInt(86_400 * 6));
                byte[] hash = new byte[32];
                random.nextBytes(hash);
                byte[] phoneHash = new byte[32];
                random.nextBytes(phoneHash);
                participants.add(new Object[]{ids.get(k), hash, new byte[]{1}, phoneHash, new byte[]{1},
                        "Phường " + (1 + i % 95), "Đơn vị số " + (1 + i % 60), GROUPS[i % 4], "Người D. T.", registered});
                int correct = Math.min(20, (int) Math.round(12 + random.nextGaussian() * 4));
                correct = Math.max(0, correct);
                Instant start = registered.plusSeconds(60 + random.nextInt(3600));
                attempts.add(new Object[]{rounds[round], ids.get(k), i % 50 == 0 ? "EXPIRED" : "SUBMITTED", start,
                        start.plusSeconds(900), start.plusSeconds(300), 300_000L, correct, correct});
            }
            sql.batch("""
                    INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, birth_date,
                                             commune, unit, participant_group, display_name, consent_version, consent_at)
                    VALUES (?, ?, ?, ?, ?, '1990-05-17', ?, ?, ?, ?, '2025-11-01', ?)""", participants);
            sql.batch("""
                    INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at,
                                         duration_ms, question_count, correct_count, score)
                    VALUES (?, ?, 1, ?, ?, ?, ?, ?, 20, ?, ?)""", attempts);
            List<long[]> attemptIds = sql.list("""
                    SELECT a.id, a.correct_count FROM attempt a JOIN account ac ON ac.id = a.account_id
                    WHERE ac.password_hash = ?""", rs -> new long[]{rs.getLong("id"), rs.getLong("correct_count")}, tag);
            List<Object[]> shown = new ArrayList<>();
            List<Object[]> answers = new ArrayList<>();
            for (long[] a : attemptIds) {
                int offset = random.nextInt(20);
                for (int p = 0; p < 20; p++) {
                    long version = versions.get(offset + p);
                    shown.add(new Object[]{a[0], p, version});
                    // harder questions further down the bank: the first `correct` shown are right
                    answers.add(new Object[]{a[0], version, p < a[1], t0});
                }
            }
            sql.batch("INSERT INTO attempt_question (attempt_id, position, question_version_id, option_order) VALUES (?, ?, ?, '')",
                    shown);
            sql.batch("INSERT INTO answer (attempt_id, question_version_id, option_id, correct, saved_at) VALUES (?, ?, 0, ?, ?)",
                    answers);
        }
        for (long round : rounds) {
            long count = sql.one("SELECT COUNT(*) AS attempts FROM attempt WHERE round_id = ?", rs -> rs.getLong("attempts"), round).orElse(0L);
            sql.update("""
                    INSERT INTO ranking_snapshot (round_id, computed_at, prediction_actual, entry_count, content_hash, closed_by)
                    VALUES (?, ?, NULL, ?, ?, NULL)""", round, t0.plusSeconds(86_400L * 14), count,
                    "9f2c" + "0".repeat(56) + Long.toHexString(round));
        }
        System.out.printf("seeded %,d entries (%,d shown questions and answers) in %.1f s%n", entries, entries * 20L,
                (System.nanoTime() - started) / 1e9);
        return contestId;
    }
}
