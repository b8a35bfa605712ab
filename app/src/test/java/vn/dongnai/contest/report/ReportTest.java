package vn.dongnai.contest.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.contest.ContestRound;
import vn.dongnai.contest.ranking.RoundCloser;
import vn.dongnai.contest.support.Api;
import vn.dongnai.contest.support.Fixtures;
import vn.dongnai.contest.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest with known registrations, attempts (graded, timed out, open), a regrade after a key
 * fix, a disqualification and a published prize: every figure of the workbook, the document and
 * the public results is compared with what SQL says about the same rows.
 */
@MicronautTest(transactional = false)
class ReportTest extends IntegrationTest {

    static final String KEY_FIX_REASON = "Đáp án theo Nghị định 30/2020 là phương án khác";
    static final String DISQUALIFY_REASON = "Làm bài hộ người khác, đã xác minh qua điện thoại";
    static final String COLLECTIVE_TIER = "Giải tập thể Nhất";

    ContestRound round;
    String organizer;
    String committee;
    String contestantToken;
    String bigUnit;
    String smallUnit;
    List<Person> people = new ArrayList<>();
    Person winner;
    Person disqualified;

    record Person(long id, String fullName, String citizenId, String phone) {
    }

    record Version(long questionId, long versionId, List<Long> options, int key) {
    }

    @BeforeAll
    void contestWithEverything() {
        organizer = staff.organizer();
        committee = staff.committee();
        // registered before the test's units enter the catalog, which registration then insists on
        contestantToken = fixtures.contestant().token();
        round = fixtures.openRound(new Fixtures.RoundSpec(4, 600, 2, 5, false), 4);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        bigUnit = "Sở Nội vụ " + tag;
        smallUnit = "Sở Tư pháp " + tag;
        sql.update("INSERT INTO unit (name, kind, headcount, active) VALUES (?, 'SO_NGANH', 40, TRUE)", bigUnit);
        sql.update("INSERT INTO unit (name, kind, headcount, active) VALUES (?, 'SO_NGANH', 12, TRUE)", smallUnit);
        List<Version> versions = sql.list("""
                SELECT q.id AS question_id, v.id AS version_id FROM question q JOIN question_version v ON v.question_id = q.id
                JOIN contest c ON c.bank_id = q.bank_id WHERE c.id = ? ORDER BY q.code""",
                rs -> new Version(rs.getLong("question_id"), rs.getLong("version_id"), new ArrayList<>(), 0), round.contestId());
        List<Version> withOptions = new ArrayList<>();
        for (Version v : versions) {
            List<Object[]> options = sql.list("SELECT id, correct FROM question_option WHERE version_id = ? ORDER BY position",
                    rs -> new Object[]{rs.getLong("id"), rs.getBoolean("correct")}, v.versionId());
            int key = 0;
            for (int i = 0; i < options.size(); i++) {
                if ((Boolean) options.get(i)[1]) {
                    key = i;
                }
            }
            withOptions.add(new Version(v.questionId(), v.versionId(), options.stream().map(o -> (Long) o[0]).toList(), key));
        }
        // five officials of the big unit, a resident of the small one, two without a unit
        String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Minh Dũng", "Hoàng Thu Hạnh",
                "Võ Thị Khánh", "Đặng Quốc Nam", "Bùi Ngọc Linh"};
        for (int i = 0; i < names.length; i++) {
            String unit = i < 5 ? bigUnit : i < 6 ? smallUnit : null;
            people.add(person(names[i], unit, i < 5 ? "Phường Trấn Biên" : "Xã Phước Thiền", i < 5 ? "OFFICIAL" : "RESIDENT"));
        }
        // correct answers per person (question by question); person 7 registers but never takes part
        boolean[][] right = {
                {true, true, true, true}, {true, true, true, false}, {true, false, true, false}, {true, false, false, false},
                {false, false, false, false}, {true, true, false, true}, {true, true, true, false}};
        Instant at = Instant.now().minus(Duration.ofMinutes(3));
        for (int p = 0; p < right.length; p++) {
            attempt(people.get(p), withOptions, right[p], "SUBMITTED", at.plusSeconds(p));
        }
        attempt(people.get(1), withOptions, new boolean[]{false, false, true, false}, "EXPIRED", at.plusSeconds(20));
        attempt(people.get(2), withOptions, new boolean[]{false, false, false, false}, "OPEN", at.plusSeconds(30));
        winner = people.get(0);
        disqualified = people.get(6);

        // question 2's key was wrong: fixed, then the round regraded
        Version fixed = withOptions.get(1);
        Api.Reply key = api.put("/api/admin/questions/" + fixed.questionId() + "/key",
                Map.of("correctIndex", (fixed.key() + 1) % 4, "reason", KEY_FIX_REASON), organizer);
        assertEquals(200, key.status(), key.body());
        Api.Reply regrade = api.post("/api/admin/rounds/" + round.id() + "/regrade", Map.of("versionId", fixed.versionId()),
                organizer);
        assertEquals(200, regrade.status(), regrade.body());
        Api.Reply decided = api.post("/api/admin/rounds/" + round.id() + "/review/" + disqualified.id(),
                Map.of("decision", "DISQUALIFY", "reason", DISQUALIFY_REASON), committee);
        assertEquals(200, decided.status(), decided.body());

        sql.update("UPDATE contest_round SET opens_at = ?, closes_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofMinutes(1)), round.id());
        context.getBean(RoundCloser.class).close(round.id(), null, "test");

        api.put("/api/admin/rounds/" + round.id() + "/prize-rules", Map.of("tiers", List.of(
                Map.of("name", "Giải Nhất", "count", 1, "amountVnd", 3_000_000))), organizer);
        Map<String, Object> draft = api.post("/api/admin/rounds/" + round.id() + "/awards/draft", Map.of(), committee).map();
        for (Object w : (List<?>) draft.get("winners")) {
            api.post("/api/admin/contestants/" + ((Map<?, ?>) w).get("accountId") + "/identity-verification",
                    Map.of("method", "IN_PERSON", "note", "CCCD gốc"), committee);
        }
        Api.Reply signed = api.post("/api/admin/rounds/" + round.id() + "/awards/sign", Map.of("version", draft.get("version")),
                committee);
        assertEquals(200, signed.status(), signed.body());
        Api.Reply published = api.post("/api/admin/rounds/" + round.id() + "/awards/publish", Map.of(), committee);
        assertEquals(200, published.status(), published.body());

        // a collective prize (giải tập thể) for the contest, by participation rate alone: the big unit's
        // 5 of 40 (12.5 %) beats the small one's 1 of 12; published once the round's decision is
        String contestAwards = "/api/admin/contests/" + round.contestId();
        Api.Reply collective = api.put(contestAwards + "/prize-rules", Map.of("collective", Map.of("rateWeight", 1,
                "pointsWeight", 0, "tiers", List.of(Map.of("name", COLLECTIVE_TIER, "count", 1, "amountVnd", 5_000_000)))),
                organizer);
        assertEquals(200, collective.status(), collective.body());
        Map<String, Object> contestDraft = api.post(contestAwards + "/awards/draft", Map.of(), committee).map();
        Api.Reply contestSigned = api.post(contestAwards + "/awards/sign", Map.of("version", contestDraft.get("version")),
                committee);
        assertEquals(200, contestSigned.status(), contestSigned.body());
        Api.Reply contestPublished = api.post(contestAwards + "/awards/publish", Map.of(), committee);
        assertEquals(200, contestPublished.status(), contestPublished.body());
    }

    @AfterAll
    void leaveTheCatalogAsItWas() {
        sql.update("DELETE FROM unit WHERE name IN (?, ?)", bigUnit, smallUnit);
    }

    private Person person(String fullName, String unit, String commune, String group) {
        PersonalData personalData = context.getBean(PersonalData.class);
        String citizenId = Fixtures.citizenId(1990);
        String phone = Fixtures.phone();
        long id = sql.insert("INSERT INTO account (full_name, password_hash, roles, enabled, created_at) "
                + "VALUES (?, 'x', 'CONTESTANT', TRUE, ?)", fullName, Instant.now());
        sql.update("""
                INSERT INTO participant (account_id, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, birth_date,
                                         commune, unit, participant_group, display_name, consent_version, consent_at)
                VALUES (?, ?, ?, ?, ?, '1990-05-17', ?, ?, ?, ?, '2025-11-01', ?)""",
                id, personalData.hash("cid", citizenId), personalData.encrypt(citizenId), personalData.hash("phone", phone),
                personalData.encrypt(phone), commune, unit, group, Masking.displayName(fullName), Instant.now());
        return new Person(id, fullName, citizenId, phone);
    }

    /** An attempt that showed every question and chose the key where {@code right}, another option elsewhere. */
    private void attempt(Person p, List<Version> versions, boolean[] right, String status, Instant startedAt) {
        int attemptNo = sql.one("SELECT COUNT(*) + 1 AS n FROM attempt WHERE round_id = ? AND account_id = ?",
                rs -> rs.getInt("n"), round.id(), p.id()).orElse(1);
        int correct = 0;
        for (boolean r : right) {
            correct += r ? 1 : 0;
        }
        boolean open = status.equals("OPEN");
        long id = sql.insert("""
                INSERT INTO attempt (round_id, account_id, attempt_no, status, started_at, deadline_at, submitted_at, duration_ms,
                                     question_count, correct_count, score)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                round.id(), p.id(), attemptNo, status, startedAt, startedAt.plusSeconds(600),
                open ? null : startedAt.plusSeconds(60), open ? null : 60_000L, versions.size(),
                open ? null : correct, open ? null : correct);
        for (int q = 0; q < versions.size(); q++) {
            Version v = versions.get(q);
            sql.update("INSERT INTO attempt_question (attempt_id, position, question_version_id, option_order) VALUES (?, ?, ?, ?)",
                    id, q, v.versionId(), v.options().stream().map(String::valueOf).collect(Collectors.joining(",")));
            long option = v.options().get(right[q] ? v.key() : (v.key() + 2) % 4);
            sql.update("INSERT INTO answer (attempt_id, question_version_id, option_id, saved_at, correct) VALUES (?, ?, ?, ?, ?)",
                    id, v.versionId(), option, startedAt.plusSeconds(10), open ? null : right[q]);
        }
    }

    // Downloads

    private byte[] download(String path, String token) {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
        assertEquals(200, response.code());
        return response.body();
    }

    private Map<String, List<List<String>>> workbook(byte[] bytes) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCellText(c));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    private long sqlLong(String query, Object... values) {
        return sql.one(query, rs -> rs.getLong("n"), values).orElse(0L);
    }

    private Map<String, String> overview(Map<String, List<List<String>>> book) {
        return book.get(ReportWorkbook.OVERVIEW).stream().skip(1)
                .collect(Collectors.toMap(r -> r.get(0), r -> r.size() > 1 ? r.get(1) : "", (a, b) -> a, LinkedHashMap::new));
    }

    private static String number(long value) {
        return String.valueOf(value);
    }

    // Tests

    @Test
    void theWorkbooksFiguresAreWhatTheDatabaseSays() throws IOException {
        Map<String, List<List<String>>> book = workbook(download(
                "/api/admin/contests/" + round.contestId() + "/report.xlsx", organizer));
        assertEquals(List.of(ReportWorkbook.OVERVIEW, ReportWorkbook.DAYS, ReportWorkbook.GROUPS, ReportWorkbook.UNITS,
                ReportWorkbook.COMMUNES, ReportWorkbook.SCORES, ReportWorkbook.QUESTIONS, ReportWorkbook.REGRADES,
                ReportWorkbook.DISQUALIFICATIONS, ReportWorkbook.INDIVIDUAL, ReportWorkbook.COLLECTIVE,
                ReportWorkbook.RANKINGS, "Thông tin"), List.copyOf(book.keySet()));
        Map<String, String> overview = overview(book);
        long r = round.id();
        assertEquals(number(sqlLong("SELECT COUNT(DISTINCT account_id) AS n FROM attempt WHERE round_id = ?", r)),
                overview.get("Số người dự thi"));
        assertEquals(number(sqlLong("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ?", r)), overview.get("Số lượt thi bắt đầu"));
        assertEquals(number(sqlLong("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ? AND status = 'SUBMITTED'", r)),
                overview.get("Số lượt thi đã nộp"));
        assertEquals(number(sqlLong("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ? AND status = 'EXPIRED'", r)),
                overview.get("Số lượt thi hết giờ"));
        assertEquals(number(sqlLong("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ? AND status = 'OPEN'", r)),
                overview.get("Số lượt thi đang làm"));
        assertEquals(number(sqlLong("SELECT COUNT(DISTINCT account_id) AS n FROM attempt WHERE round_id = ? AND disqualified", r)),
                overview.get("Số người bị truất quyền"));
        assertEquals(number(sqlLong("""
                SELECT COUNT(*) AS n FROM participant WHERE consent_at >= (SELECT created_at FROM contest WHERE id = ?)
                AND consent_at < (SELECT MAX(closes_at) FROM contest_round WHERE contest_id = ?)""",
                round.contestId(), round.contestId())), overview.get("Số đăng ký mới"));

        // participation per unit, against the catalog's headcount
        Map<String, List<String>> units = book.get(ReportWorkbook.UNITS).stream().skip(1)
                .collect(Collectors.toMap(row -> row.get(0), row -> row));
        for (String unit : List.of(bigUnit, smallUnit)) {
            long participants = sqlLong("""
                    SELECT COUNT(DISTINCT a.account_id) AS n FROM attempt a JOIN participant p ON p.account_id = a.account_id
                    WHERE a.round_id = ? AND p.unit = ?""", r, unit);
            long headcount = sqlLong("SELECT headcount AS n FROM unit WHERE name = ?", unit);
            assertEquals(number(participants), units.get(unit).get(1), unit);
            assertEquals(number(headcount), units.get(unit).get(2), unit);
            assertEquals(0, new BigDecimal(units.get(unit).get(3)).compareTo(BigDecimal.valueOf(participants * 100)
                    .divide(BigDecimal.valueOf(headcount), 2, RoundingMode.HALF_UP)), unit);
        }
        assertEquals(number(sqlLong("""
                SELECT COUNT(DISTINCT a.account_id) AS n FROM attempt a JOIN participant p ON p.account_id = a.account_id
                WHERE a.round_id = ? AND p.unit IS NULL""", r)), units.get(ReportQuery.UNDECLARED).get(1));

        // score distribution: graded, not disqualified attempts
        Map<String, String> scores = book.get(ReportWorkbook.SCORES).stream().skip(1)
                .collect(Collectors.toMap(row -> row.get(0), row -> row.get(1)));
        Map<String, String> expectedScores = new LinkedHashMap<>();
        sql.list("""
                SELECT score, COUNT(*) AS attempts FROM attempt WHERE round_id = ? AND status <> 'OPEN' AND NOT disqualified GROUP BY score""",
                rs -> expectedScores.put(String.valueOf(rs.getInt("score")), String.valueOf(rs.getLong("attempts"))), r);
        assertEquals(expectedScores, scores);

        // the hardest question: the lowest share of right answers among times shown, as graded after the regrade
        List<String> hardest = book.get(ReportWorkbook.QUESTIONS).get(1);
        String hardestCode = sql.one("""
                SELECT q.code FROM attempt a JOIN attempt_question aq ON aq.attempt_id = a.id
                JOIN question_version v ON v.id = aq.question_version_id JOIN question q ON q.id = v.question_id
                LEFT JOIN answer an ON an.attempt_id = a.id AND an.question_version_id = aq.question_version_id
                WHERE a.round_id = ? AND a.status <> 'OPEN' AND NOT a.disqualified
                GROUP BY q.code ORDER BY SUM(CASE WHEN an.correct THEN 1 ELSE 0 END) / COUNT(*), COUNT(*) DESC, q.code
                LIMIT 1""", rs -> rs.getString("code"), r).orElseThrow();
        assertEquals("Khó nhất", hardest.get(0));
        assertEquals(hardestCode, hardest.get(1));

        // the regrade with the key fix's reason; the disqualification with the committee's reason
        List<List<String>> regrades = book.get(ReportWorkbook.REGRADES);
        assertEquals(1 + sqlLong("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'ROUND_REGRADED' AND entity_id = ?",
                String.valueOf(r)), regrades.size());
        assertEquals(KEY_FIX_REASON, regrades.get(1).get(7));
        List<List<String>> disqualifications = book.get(ReportWorkbook.DISQUALIFICATIONS);
        assertEquals(2, disqualifications.size());
        assertEquals(Masking.displayName(disqualified.fullName()), disqualifications.get(1).get(2));
        assertEquals(sql.one("SELECT reason FROM review_decision WHERE round_id = ? AND account_id = ?",
                rs -> rs.getString("reason"), r, disqualified.id()).orElseThrow(), disqualifications.get(1).get(4));

        // the published prize and the frozen ranking's hash
        List<List<String>> prizes = book.get(ReportWorkbook.INDIVIDUAL);
        String winnerName = sql.one("""
                SELECT ac.full_name FROM award_winner w JOIN account ac ON ac.id = w.account_id WHERE w.scope_key = ?""",
                rs -> rs.getString("full_name"), "R" + r).orElseThrow();
        assertEquals(2, prizes.size());
        assertEquals(winnerName, prizes.get(1).get(4));
        assertEquals(sql.one("SELECT content_hash FROM ranking_snapshot WHERE round_id = ?", rs -> rs.getString("content_hash"), r)
                .orElseThrow(), book.get(ReportWorkbook.RANKINGS).get(1).get(4));

        // the contest's published collective prize: the big unit, its five participants of 40
        List<List<String>> collective = book.get(ReportWorkbook.COLLECTIVE);
        assertEquals(2, collective.size(), collective.toString());
        assertEquals(List.of("Toàn cuộc thi", COLLECTIVE_TIER, "5000000", bigUnit, "5"), collective.get(1).subList(0, 5));
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(collective.get(1).get(5).replace(',', '.'))), collective.toString());
    }

    @Test
    void theDocumentsTablesAndChartsCarryTheDatabasesFigures() throws IOException {
        byte[] bytes = download("/api/admin/contests/" + round.contestId() + "/report.docx", committee);
        // kept for a look at the layout: libreoffice --headless --convert-to pdf target/report/bao-cao-tong-ket.docx
        Files.createDirectories(Path.of("target/report"));
        Files.write(Path.of("target/report/bao-cao-tong-ket.docx"), bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertTrue(text.contains("BÁO CÁO"), text);
            assertTrue(text.contains("Tổng kết Cuộc thi “" + sql.one("SELECT name FROM contest WHERE id = ?",
                    rs -> rs.getString("name"), round.contestId()).orElseThrow() + "”"));

            Map<String, XWPFChart> charts = doc.getCharts().stream()
                    .collect(Collectors.toMap(c -> c.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getT(), c -> c));
            XDDFChartData.Series scores = charts.get(ReportDocument.CHART_SCORES).getChartSeries().getFirst().getSeries(0);
            Map<String, Double> plotted = new LinkedHashMap<>();
            for (int i = 0; i < scores.getCategoryData().getPointCount(); i++) {
                plotted.put(scores.getCategoryData().getPointAt(i).toString(), scores.getValuesData().getPointAt(i).doubleValue());
            }
            Map<String, Double> expected = new LinkedHashMap<>();
            sql.list("""
                    SELECT score, COUNT(*) AS attempts FROM attempt WHERE round_id = ? AND status <> 'OPEN' AND NOT disqualified
                    GROUP BY score ORDER BY score""",
                    rs -> expected.put(String.valueOf(rs.getInt("score")), (double) rs.getLong("attempts")), round.id());
            assertEquals(expected, plotted);

            XDDFChartData.Series rates = charts.get(ReportDocument.CHART_UNITS).getChartSeries().getFirst().getSeries(0);
            Map<String, Double> plottedRates = new LinkedHashMap<>();
            for (int i = 0; i < rates.getCategoryData().getPointCount(); i++) {
                plottedRates.put(rates.getCategoryData().getPointAt(i).toString(), rates.getValuesData().getPointAt(i).doubleValue());
            }
            long big = sqlLong("""
                    SELECT COUNT(DISTINCT a.account_id) AS n FROM attempt a JOIN participant p ON p.account_id = a.account_id
                    WHERE a.round_id = ? AND p.unit = ?""", round.id(), bigUnit);
            assertEquals(BigDecimal.valueOf(big * 100).divide(BigDecimal.valueOf(40), 2, RoundingMode.HALF_UP).doubleValue(),
                    plottedRates.get(bigUnit));
            assertNotNull(charts.get(ReportDocument.CHART_DAYS));

            // the prize table names the winner in full; the unit table counts as SQL does
            List<String> cells = new ArrayList<>();
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    cells.add(row.getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining("|")));
                }
            }
            assertTrue(cells.stream().anyMatch(c -> c.startsWith("Đợt 1|Giải Nhất|" + winner.fullName() + "|")), cells.toString());
            assertTrue(cells.contains(bigUnit + "|" + big + "|40|" + ReportWorkbook.decimal(
                    BigDecimal.valueOf(big * 100).divide(BigDecimal.valueOf(40), 2, RoundingMode.HALF_UP))), cells.toString());
            assertTrue(cells.contains(COLLECTIVE_TIER + "|" + bigUnit + "|5|12,50|5.000.000"), cells.toString());
            assertTrue(cells.stream().anyMatch(c -> c.contains(DISQUALIFY_REASON)));
            assertTrue(cells.stream().anyMatch(c -> c.contains(KEY_FIX_REASON)));
        }
    }

    @Test
    void publicResultsHaveTheSameFiguresAndNoPersonalData() {
        Api.Reply reply = api.get("/api/contests/" + round.contestId() + "/results", null);
        assertEquals(200, reply.status(), reply.body());
        String body = reply.body();
        for (Person p : people) {
            assertFalse(body.contains(p.citizenId()), "citizen ID in the public results");
            assertFalse(body.contains(p.phone()), "phone in the public results");
            assertFalse(body.contains(p.fullName()), "full name in the public results: " + p.fullName());
        }
        assertFalse(body.contains(DISQUALIFY_REASON));
        assertFalse(body.contains(Masking.displayName(disqualified.fullName())));
        Map<String, Object> results = reply.map();
        Map<?, ?> totals = (Map<?, ?>) results.get("totals");
        assertEquals(sqlLong("SELECT COUNT(DISTINCT account_id) AS n FROM attempt WHERE round_id = ?", round.id()),
                ((Number) totals.get("participants")).longValue());
        assertEquals(sqlLong("SELECT COUNT(*) AS n FROM attempt WHERE round_id = ? AND status = 'SUBMITTED'", round.id()),
                ((Number) totals.get("attemptsSubmitted")).longValue());
        // the big unit (5 people) is shown; the small one (1) is folded into "others"
        List<?> units = (List<?>) results.get("units");
        assertTrue(units.stream().anyMatch(u -> bigUnit.equals(((Map<?, ?>) u).get("name"))));
        assertFalse(units.stream().anyMatch(u -> smallUnit.equals(((Map<?, ?>) u).get("name"))));
        // the winner as the published winners list shows them
        Map<?, ?> prize = (Map<?, ?>) ((List<?>) results.get("individualPrizes")).getFirst();
        assertEquals(Masking.displayName(winner.fullName()), prize.get("displayName"));
        assertEquals(sql.one("SELECT content_hash FROM ranking_snapshot WHERE round_id = ?", rs -> rs.getString("content_hash"), round.id())
                .orElseThrow(), ((Map<?, ?>) ((List<?>) results.get("rankings")).getFirst()).get("hash"));
        List<?> collective = (List<?>) results.get("collectivePrizes");
        assertEquals(1, collective.size(), String.valueOf(collective));
        assertEquals(bigUnit, ((Map<?, ?>) collective.getFirst()).get("unit"));
        assertEquals(COLLECTIVE_TIER, ((Map<?, ?>) collective.getFirst()).get("tier"));
    }

    @Test
    void onlyReportingStaffGetTheReportAndEachDownloadIsAudited() {
        String base = "/api/admin/contests/" + round.contestId();
        assertEquals(403, api.get(base + "/report.xlsx", staff.member("SUPPORT").token()).status());
        assertEquals(403, api.get(base + "/report.docx", contestantToken).status());
        assertEquals(401, api.get(base + "/report", null).status());
        assertEquals(404, api.get("/api/admin/contests/999999999/report.xlsx", organizer).status());
        Api.Reply otherRound = api.get(base + "/report?roundId=999999999", organizer);
        assertEquals(404, otherRound.status());
        assertEquals("NOT_FOUND", otherRound.code());
        long before = sqlLong("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'REPORT_EXPORTED' AND entity_id = ?",
                String.valueOf(round.contestId()));
        download(base + "/report.xlsx?roundId=" + round.id(), organizer);
        assertEquals(before + 1, sqlLong("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'REPORT_EXPORTED' AND entity_id = ?",
                String.valueOf(round.contestId())));
    }

    @Test
    void anUnpublishedContestHasNoPublicResults() {
        sql.update("INSERT INTO contest (slug, name, organizer, bank_id, status, created_at, updated_at) "
                        + "SELECT CONCAT('draft-', UUID()), 'Nháp', 'Ban tổ chức', bank_id, 'DRAFT', NOW(3), NOW(3) FROM contest WHERE id = ?",
                round.contestId());
        long draft = sqlLong("SELECT MAX(id) AS n FROM contest WHERE status = 'DRAFT'");
        assertEquals(404, api.get("/api/contests/" + draft + "/results", null).status());
    }
}
