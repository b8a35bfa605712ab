package vn.dongnai.contest.certificate;

import io.micronaut.context.ApplicationContext;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.support.Benchmarks;
import vn.dongnai.contest.system.Sql;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;

/**
 * Not a test: fills a throw-away database with one closed round of N ranked participants
 * (Vietnamese names, units), enables participation certificates with a logo and a signature, and
 * generates every certificate into one ZIP file the way the ceremony download does (codes issued
 * in one batch, one PDF at a time into the ZIP); prints wall time, time per certificate and heap.
 * Run it with {@code -Xmx256m}; the figures go in docs/performance.md.
 *
 * <pre>
 * java -Xmx256m -cp … vn.dongnai.contest.certificate.CertificateBenchmark \
 *   jdbc:mysql://127.0.0.1:3306/contest_h4_cert_bench redis://127.0.0.1:6379/4 10000
 * </pre>
 * The database named in the URL is dropped and created again, and dropped at the end.
 */
public final class CertificateBenchmark {

    private static final String[] UNITS = {"Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tư pháp", "UBND phường Trấn Biên",
            "UBND xã Phước Thiền", "Trường THPT Ngô Quyền", "Bệnh viện Đa khoa Đồng Nai", "Công an tỉnh Đồng Nai"};

    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306/contest_h4_cert_bench";
        String redisUri = args.length > 1 ? args[1] : "redis://127.0.0.1:6379/4";
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (Benchmarks.Platform platform = Benchmarks.start(jdbcUrl, redisUri, false)) {
            long roundId = seed(platform.context, people);
            measure(platform.context, roundId, people);
        }
    }

    private static long seed(ApplicationContext context, int people) {
        Sql sql = context.getBean(Sql.class);
        PersonalData personalData = context.getBean(PersonalData.class);
        Instant now = Instant.now();
        long bankId = sql.insert("INSERT INTO bank (name, created_at) VALUES ('Ngân hàng đo hiệu năng', ?)", now);
        long contestId = sql.insert("""
                INSERT INTO contest (slug, name, organizer, bank_id, status, created_at, updated_at)
                VALUES ('bench', 'Tìm hiểu về Chuyển đổi số và Cải cách hành chính', 'UBND tỉnh Đồng Nai', ?, 'PUBLISHED', ?, ?)""",
                bankId, now, now);
        long roundId = sql.insert("""
                INSERT INTO contest_round (contest_id, seq, name, opens_at, closes_at, question_count, time_limit_seconds,
                                           attempts_allowed, counting_rule, grace_seconds, points_per_question, prediction_kind,
                                           status, created_at, updated_at)
                VALUES (?, 1, 'Đợt 1 — tuần đầu', ?, ?, 20, 900, 1, 'BEST', 5, 1, 'NONE', 'CLOSED', ?, ?)""",
                contestId, now.minusSeconds(86_400 * 7), now.minusSeconds(3600), now, now);
        sql.update("""
                INSERT INTO certificate_template (contest_id, issuer, title, body, place, signer_title, signer_name, primary_color,
                                                  accent_color, participation_enabled, logo, signature, updated_at)
                VALUES (?, ?, 'GIẤY CHỨNG NHẬN', ?, 'Đồng Nai', 'TRƯỞNG BAN TỔ CHỨC', 'Võ Tấn Đức', '#B3261E', '#B8860B', TRUE,
                        ?, ?, ?)""", contestId, "UBND TỈNH ĐỒNG NAI\nBAN TỔ CHỨC CUỘC THI",
                String.join("\n", CertificateTemplate.DEFAULT_BODY), CertificateReading.sampleLogo(),
                CertificateReading.sampleSignature(), now);
        Random random = new Random(2025);
        int batch = 5000;
        for (int from = 0; from < people; from += batch) {
            int to = Math.min(people, from + batch);
            List<Object[]> ranked = new ArrayList<>();
            for (Benchmarks.Contestant c : Benchmarks.contestants(sql, personalData, from, to, random, now,
                    i -> UNITS[i % UNITS.length])) {
                int i = c.index();
                ranked.add(new Object[]{roundId, i + 1, c.accountId(), c.accountId(), 20 - i * 20 / people, 20 - i * 20 / people, 20,
                        60_000L + i, now.minusSeconds(7200)});
            }
            sql.batch("""
                    INSERT INTO ranked_entry (round_id, rank_no, account_id, attempt_id, score, correct_count, question_count,
                                              duration_ms, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ranked);
        }
        sql.update("""
                INSERT INTO ranking_snapshot (round_id, computed_at, prediction_actual, entry_count, content_hash, closed_by)
                VALUES (?, ?, NULL, ?, ?, NULL)""", roundId, now, people, "0".repeat(64));
        return roundId;
    }

    private static void measure(ApplicationContext context, long roundId, int people) throws Exception {
        Certificates certificates = context.getBean(Certificates.class);
        CertificateTemplates templates = context.getBean(CertificateTemplates.class);
        Path file = Files.createTempFile("certificates-", ".zip");
        Benchmarks.Watch watch = Benchmarks.watch();
        long started = System.nanoTime();
        Certificates.Scope scope = certificates.round(roundId);
        List<Certificates.Issued> issued = certificates.issue(scope, CertificateKind.PARTICIPATION);
        double issueSeconds = (System.nanoTime() - started) / 1e9;
        int written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            written = certificates.writeZip(scope, issued, templates.get(scope.contestId()), out);
        }
        Benchmarks.Figures figures = watch.stop();
        double seconds = figures.seconds();
        int entries;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            entries = zip.size();
            byte[] last = zip.getInputStream(zip.getEntry(zip.stream().reduce((a, b) -> b).orElseThrow().getName())).readAllBytes();
            List<String> lines = CertificateReading.lines(last);
            if (!lines.contains("Đã tham gia") || !CertificateReading.qr(last).contains("/verify/")) {
                throw new IllegalStateException("the last certificate does not read back: " + lines);
            }
        }
        long size = Files.size(file);
        Files.delete(file);
        System.out.printf("%n%,d participation certificates into one ZIP (logo, signature, QR; Be Vietnam Pro subsets)%n", written);
        System.out.printf("  wall time                     %.1f s (codes issued in %.2f s)%n", seconds, issueSeconds);
        System.out.printf("  per certificate               %.2f ms%n", seconds * 1000 / written);
        System.out.printf("  CPU of the generating thread  %.1f s%n", figures.threadCpuSeconds());
        System.out.printf("  ZIP size                      %.1f MB (%.1f KB per certificate); entries read back %,d%n",
                size / 1e6, size / 1e3 / written, entries);
        figures.printHeap();
        if (written != people || entries != people) {
            throw new IllegalStateException("wrote " + written + ", read back " + entries + " of " + people);
        }
    }

}
